import { isValidTimeZone } from '../../../shared/scheduler/localTime';
import type { Logger } from '../logger';

/** The OS zone, asked afresh each time; an unknown one plans in UTC and is reported once, not on every plan. */
export function createTimeZoneReader(read: () => string, log: Logger): () => string {
  let reported: string | null = null;
  return () => {
    const zone = read();
    if (isValidTimeZone(zone)) return zone;
    if (reported !== zone) log.warn('Unknown time zone; planning pauses in UTC.', zone);
    reported = zone;
    return 'UTC';
  };
}

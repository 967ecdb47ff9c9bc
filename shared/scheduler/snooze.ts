import type { Settings } from '../settings/settings';
import { addDays, instantAtLocal, localParts } from './localTime';
import type { SnoozeOption } from './schedulerTypes';
import { hourMs, minuteMs } from './schedulerTiming';

/** When a snooze chosen now ends. 'rest-of-today' lasts to the end of today's active hours, or to midnight once they are over. */
export function snoozeUntil(
  option: SnoozeOption,
  now: number,
  settings: Pick<Settings, 'activeHours'>,
  timeZone: string,
): number {
  switch (option) {
    case '30m':
      return now + 30 * minuteMs;
    case '1h':
      return now + hourMs;
    case '2h':
      return now + 2 * hourMs;
    case 'rest-of-today': {
      const today = localParts(now, timeZone);
      const endOfActiveHours = instantAtLocal(today, settings.activeHours.endMinute, timeZone);
      return now < endOfActiveHours ? endOfActiveHours : instantAtLocal(addDays(today, 1), 0, timeZone);
    }
  }
}

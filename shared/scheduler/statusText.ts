import { localParts } from './localTime';
import type { SchedulerStatus } from './schedulerTypes';

export interface StatusTextOptions {
  /** BCP 47 locale for the time (the OS's, from the tray); the runtime's default otherwise. */
  locale?: string;
  /** When given, a time on another local day than now gets its weekday ("Mon 09:05"). */
  now?: number;
}

function sameLocalDay(a: number, b: number, timeZone: string): boolean {
  const [x, y] = [localParts(a, timeZone), localParts(b, timeZone)];
  return x.year === y.year && x.month === y.month && x.day === y.day;
}

/** "09:05" on a 24-hour clock, "9:05 AM" on a 12-hour one (not "09:05 AM"). */
function timeOf(instant: number, timeZone: string, locale?: string): string {
  const twelveHour = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hour12 === true;
  return new Intl.DateTimeFormat(locale, { timeZone, hour: twelveHour ? 'numeric' : '2-digit', minute: '2-digit' }).format(instant);
}

function dayAndTime(instant: number, timeZone: string, locale?: string): string {
  const weekday = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'short' }).format(instant);
  return `${weekday} ${timeOf(instant, timeZone, locale)}`;
}

/** "at 14:30" today, "Mon 09:05" on another day (or always with a day, when today is unknown and `dayByDefault`). */
function when(instant: number, timeZone: string, options: StatusTextOptions, dayByDefault: boolean): string {
  const showDay = options.now === undefined ? dayByDefault : !sameLocalDay(instant, options.now, timeZone);
  return showDay ? dayAndTime(instant, timeZone, options.locale) : `at ${timeOf(instant, timeZone, options.locale)}`;
}

/** The tray tooltip: plain, warm, and true at a glance. */
export function statusText(status: SchedulerStatus, timeZone: string, options: StatusTextOptions = {}): string {
  switch (status.kind) {
    case 'waiting': {
      const next = `Next pause ${when(status.nextAt, timeZone, options, false)}`;
      return status.backedOff ? `${next} · spaced out after a few missed ones` : next;
    }
    case 'snoozed': {
      const until = `Snoozed until ${when(status.until, timeZone, options, false).replace(/^at /, '')}`;
      // The snooze may end before the next pause is due (or after active hours): then say both.
      if (status.nextAt - status.until < 60_000) return until;
      return `${until} · next pause ${when(status.nextAt, timeZone, { ...options, now: status.until }, true)}`;
    }
    case 'outside-active-hours':
      if (status.nextAt === null) return 'No active days chosen · pauses are off';
      return `Outside your active hours · next pause ${when(status.nextAt, timeZone, options, true)}`;
    case 'deferred':
      return 'Waiting for a better moment';
  }
}

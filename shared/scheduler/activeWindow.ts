import type { Settings } from '../settings/settings';
import { addDays, instantAtLocal, localParts, weekdayOf, type LocalDate } from './localTime';

/** One day's active hours as instants: start inclusive, end exclusive. */
export interface ActiveWindow {
  start: number;
  end: number;
}

export type ActiveSchedule = Pick<Settings, 'activeHours' | 'activeDays'>;

export function activeWindowOn(date: LocalDate, schedule: ActiveSchedule, timeZone: string): ActiveWindow | null {
  if (!schedule.activeDays.includes(weekdayOf(date))) return null;
  return {
    start: instantAtLocal(date, schedule.activeHours.startMinute, timeZone),
    end: instantAtLocal(date, schedule.activeHours.endMinute, timeZone),
  };
}

/** The window that contains `from`, or else the next one to open; null when no day is active. */
export function nextActiveWindow(from: number, schedule: ActiveSchedule, timeZone: string): ActiveWindow | null {
  const today = localParts(from, timeZone);
  // Windows never cross midnight, so today and the seven days after cover every weekday once.
  for (let offset = 0; offset <= 7; offset += 1) {
    const window = activeWindowOn(addDays(today, offset), schedule, timeZone);
    if (window && window.end > from) return window;
  }
  return null;
}

export function activeWindowAt(instant: number, schedule: ActiveSchedule, timeZone: string): ActiveWindow | null {
  const window = nextActiveWindow(instant, schedule, timeZone);
  return window && window.start <= instant ? window : null;
}

export function isActiveAt(instant: number, schedule: ActiveSchedule, timeZone: string): boolean {
  return activeWindowAt(instant, schedule, timeZone) !== null;
}

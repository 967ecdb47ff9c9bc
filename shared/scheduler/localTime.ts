/**
 * Local calendar math for an IANA time zone, using only Intl, so it runs in every
 * process and follows the zone's real DST rules (no fixed offsets, no host zone).
 */

export interface LocalDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

export interface LocalParts extends LocalDate {
  /** 0 = Sunday … 6 = Saturday, as Settings.activeDays counts them. */
  weekday: number;
  /** What the local clock face reads, in ms after 00:00 (10:00 is 10 h even on a 23-hour day). */
  msOfDay: number;
}

const minuteMs = 60_000;
const dayMs = 24 * 60 * minuteMs;
const formatters = new Map<string, Intl.DateTimeFormat>();

// Building a formatter is slow and the scheduler asks many times per plan.
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

// formatToParts costs ~10 µs and a plan asks about the same few window edges again and
// again; a small per-zone memo makes re-planning (and simulated weeks) cheap.
const memo = new Map<string, Map<number, number>>();
const memoLimit = 4096;

/** The instant's local wall time written as if it were UTC: the arithmetic below is then plain UTC math. */
function wallAsUtc(instant: number, timeZone: string): number {
  let zoneMemo = memo.get(timeZone);
  if (!zoneMemo) memo.set(timeZone, (zoneMemo = new Map()));
  let wall = zoneMemo.get(instant);
  if (wall === undefined) {
    if (zoneMemo.size >= memoLimit) zoneMemo.clear();
    wall = formatWallAsUtc(instant, timeZone);
    zoneMemo.set(instant, wall);
  }
  return wall;
}

function formatWallAsUtc(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour! % 24, parts.minute!, parts.second!);
  return wall + (((instant % 1000) + 1000) % 1000);
}

/** How far the zone's clock is ahead of UTC at this instant. */
export function offsetMs(instant: number, timeZone: string): number {
  return wallAsUtc(instant, timeZone) - instant;
}

export function localParts(instant: number, timeZone: string): LocalParts {
  const wall = new Date(wallAsUtc(instant, timeZone));
  const date = { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
  return { ...date, weekday: wall.getUTCDay(), msOfDay: wall.getTime() - Date.UTC(date.year, date.month - 1, date.day) };
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

export function weekdayOf(date: LocalDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/**
 * The instant the local clock reads `minuteOfDay` on `date` (1440 = the next midnight).
 * In a DST gap the time does not exist; the clock reading it would have shown is used,
 * i.e. 01:30 on a spring-forward night becomes 02:30 summer time. In an overlap the
 * earlier of the two instants is chosen, so a day is never counted twice.
 */
export function instantAtLocal(date: LocalDate, minuteOfDay: number, timeZone: string): number {
  const wall = Date.UTC(date.year, date.month - 1, date.day) + minuteOfDay * minuteMs;
  // Zones change offset at most once in any two days, so the offsets a day either side cover both candidates.
  const before = wall - offsetMs(wall - dayMs, timeZone);
  const after = wall - offsetMs(wall + dayMs, timeZone);
  if (before === after) return before; // no change nearby: the usual case, and the cheap one
  const matches = [before, after].filter((instant) => wallAsUtc(instant, timeZone) === wall);
  return matches.length > 0 ? Math.min(...matches) : before;
}

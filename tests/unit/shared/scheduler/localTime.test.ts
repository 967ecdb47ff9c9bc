import { describe, expect, it } from 'vitest';
import { addDays, instantAtLocal, isValidTimeZone, localParts, offsetMs } from '../../../../shared/scheduler/localTime';

const hour = 3_600_000;
const iso = (instant: number) => new Date(instant).toISOString();

describe('local time in an IANA zone', () => {
  it('reads the local date, weekday and clock time of an instant', () => {
    const parts = localParts(Date.parse('2026-07-01T13:30:15.250Z'), 'Europe/London');
    expect(parts).toEqual({ year: 2026, month: 7, day: 1, weekday: 3, msOfDay: (14 * 60 + 30) * 60_000 + 15_250 });
    expect(localParts(Date.parse('2026-07-01T03:00:00Z'), 'America/New_York')).toMatchObject({ day: 30, weekday: 2 });
  });

  it('finds the instant of a local time on ordinary days, both sides of DST', () => {
    expect(iso(instantAtLocal({ year: 2026, month: 1, day: 5 }, 9 * 60, 'Europe/London'))).toBe('2026-01-05T09:00:00.000Z');
    expect(iso(instantAtLocal({ year: 2026, month: 7, day: 6 }, 9 * 60, 'Europe/London'))).toBe('2026-07-06T08:00:00.000Z');
    expect(iso(instantAtLocal({ year: 2026, month: 7, day: 6 }, 9 * 60, 'America/New_York'))).toBe('2026-07-06T13:00:00.000Z');
    expect(iso(instantAtLocal({ year: 2026, month: 7, day: 6 }, 9 * 60, 'Asia/Kolkata'))).toBe('2026-07-06T03:30:00.000Z');
  });

  it('moves a time inside a spring-forward gap on by the gap, as a wall clock would', () => {
    // London 2026-03-29: 01:00 GMT becomes 02:00 BST, so 01:30 never happens.
    expect(iso(instantAtLocal({ year: 2026, month: 3, day: 29 }, 90, 'Europe/London'))).toBe('2026-03-29T01:30:00.000Z');
    expect(localParts(Date.parse('2026-03-29T01:30:00Z'), 'Europe/London').msOfDay).toBe(150 * 60_000);
    // New York 2026-03-08: 02:30 does not exist; it reads 03:30 EDT.
    expect(iso(instantAtLocal({ year: 2026, month: 3, day: 8 }, 150, 'America/New_York'))).toBe('2026-03-08T07:30:00.000Z');
  });

  it('takes the first of the two instants in a fall-back overlap', () => {
    // London 2026-10-25: 01:30 happens at 00:30Z (BST) and again at 01:30Z (GMT).
    expect(iso(instantAtLocal({ year: 2026, month: 10, day: 25 }, 90, 'Europe/London'))).toBe('2026-10-25T00:30:00.000Z');
    expect(iso(instantAtLocal({ year: 2026, month: 11, day: 1 }, 90, 'America/New_York'))).toBe('2026-11-01T05:30:00.000Z');
  });

  it('makes DST days 23 and 25 hours long, and midnight of "day + 1" the next day', () => {
    const length = (zone: string, year: number, month: number, day: number) =>
      instantAtLocal({ year, month, day }, 24 * 60, zone) - instantAtLocal({ year, month, day }, 0, zone);
    expect(length('Europe/London', 2026, 3, 29)).toBe(23 * hour);
    expect(length('Europe/London', 2026, 10, 25)).toBe(25 * hour);
    expect(length('America/New_York', 2026, 3, 8)).toBe(23 * hour);
    expect(length('America/New_York', 2026, 11, 1)).toBe(25 * hour);
    expect(length('America/New_York', 2026, 6, 1)).toBe(24 * hour);
  });

  it('survives a zone whose midnight falls in the gap', () => {
    // Santiago springs forward at 24:00 on 2026-09-05: Sunday's day starts at 01:00.
    const start = instantAtLocal({ year: 2026, month: 9, day: 6 }, 0, 'America/Santiago');
    expect(localParts(start, 'America/Santiago')).toMatchObject({ day: 6, msOfDay: hour });
  });

  it('adds calendar days across months and years, and knows offsets', () => {
    expect(addDays({ year: 2026, month: 12, day: 31 }, 1)).toEqual({ year: 2027, month: 1, day: 1 });
    expect(addDays({ year: 2028, month: 3, day: 1 }, -1)).toEqual({ year: 2028, month: 2, day: 29 });
    expect(offsetMs(Date.parse('2026-07-01T12:00:00Z'), 'America/New_York')).toBe(-4 * hour);
    expect(isValidTimeZone('Europe/London')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { dayHeading, firstsOfDays, localDayKey } from '../../../../../renderer/journal/timeline/timelineDays';

const at = (year: number, month: number, day: number, hour: number) => new Date(year, month - 1, day, hour).toISOString();

describe('timeline days', () => {
  const now = new Date(2026, 10, 23, 9);

  it('names today and yesterday by the local calendar', () => {
    expect(dayHeading(at(2026, 11, 23, 0), now)).toBe('Today');
    expect(dayHeading(at(2026, 11, 22, 23), now)).toBe('Yesterday');
    expect(dayHeading(at(2026, 11, 22, 0), now)).toBe('Yesterday');
  });

  it('finds yesterday across a month and a year boundary', () => {
    expect(dayHeading(at(2026, 10, 31, 12), new Date(2026, 10, 1, 8))).toBe('Yesterday');
    expect(dayHeading(at(2025, 12, 31, 12), new Date(2026, 0, 1, 8))).toBe('Yesterday');
  });

  it('gives older days their full date in the runtime locale', () => {
    const expected = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(
      new Date(2026, 10, 21, 12),
    );
    expect(dayHeading(at(2026, 11, 21, 12), now)).toBe(expected);
  });

  it('marks the first entry of each day, newest first', () => {
    expect(firstsOfDays([at(2026, 11, 23, 20), at(2026, 11, 23, 7), at(2026, 11, 22, 23), at(2026, 11, 20, 1)])).toEqual([
      true,
      false,
      true,
      true,
    ]);
    expect(localDayKey(new Date(2026, 0, 5, 23))).toBe('2026-01-05');
  });
});

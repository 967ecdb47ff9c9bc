import { describe, expect, it } from 'vitest';
import { activeWindowAt, isActiveAt, nextActiveWindow } from '../../../../shared/scheduler/activeWindow';
import { defaultSettings } from '../../../../shared/settings/settings';
import { localInstant, localText } from '../../../helpers/localTimeText';

const london = 'Europe/London';
const at = (text: string, zone = london) => localInstant(text, zone);
const window = (from: number, zone = london, schedule = defaultSettings) => {
  const found = nextActiveWindow(from, schedule, zone);
  return found && [localText(found.start, zone), localText(found.end, zone)];
};

describe('active hours and days', () => {
  it('is active from the start minute up to, not including, the end minute on active days', () => {
    expect(isActiveAt(at('2026-01-05 08:59'), defaultSettings, london)).toBe(false);
    expect(isActiveAt(at('2026-01-05 09:00'), defaultSettings, london)).toBe(true);
    expect(isActiveAt(at('2026-01-05 17:59'), defaultSettings, london)).toBe(true);
    expect(isActiveAt(at('2026-01-05 18:00'), defaultSettings, london)).toBe(false);
    expect(isActiveAt(at('2026-01-10 12:00'), defaultSettings, london)).toBe(false); // Saturday
  });

  it('finds the window now, or the next one to open, skipping inactive days', () => {
    expect(window(at('2026-01-05 12:00'))).toEqual(['Mon 2026-01-05 09:00', 'Mon 2026-01-05 18:00']);
    expect(window(at('2026-01-05 18:00'))).toEqual(['Tue 2026-01-06 09:00', 'Tue 2026-01-06 18:00']);
    expect(window(at('2026-01-09 19:00'))).toEqual(['Mon 2026-01-12 09:00', 'Mon 2026-01-12 18:00']);
    const sundaysOnly = { ...defaultSettings, activeDays: [0] };
    expect(window(at('2026-01-04 18:30'), london, sundaysOnly)).toEqual(['Sun 2026-01-11 09:00', 'Sun 2026-01-11 18:00']);
    expect(activeWindowAt(at('2026-01-05 07:00'), defaultSettings, london)).toBeNull();
  });

  it('has no window when no day is active', () => {
    expect(nextActiveWindow(at('2026-01-05 12:00'), { ...defaultSettings, activeDays: [] }, london)).toBeNull();
  });

  it('keeps 09:00–18:00 local on DST days in London and New York', () => {
    const everyDay = { ...defaultSettings, activeDays: [0, 1, 2, 3, 4, 5, 6] };
    for (const [zone, day] of [
      [london, '2026-03-29'],
      [london, '2026-10-25'],
      ['America/New_York', '2026-03-08'],
      ['America/New_York', '2026-11-01'],
    ] as const) {
      const found = nextActiveWindow(at(`${day} 00:00`, zone), everyDay, zone)!;
      expect([localText(found.start, zone).slice(4), localText(found.end, zone).slice(4)]).toEqual([`${day} 09:00`, `${day} 18:00`]);
      expect(found.end - found.start).toBe(9 * 3_600_000);
    }
  });

  it('counts a whole-day window over a DST night once, with its real length', () => {
    const allDay = { activeDays: [0], activeHours: { startMinute: 0, endMinute: 24 * 60 } };
    const springDay = nextActiveWindow(at('2026-03-29 00:00'), allDay, london)!;
    expect(springDay.end - springDay.start).toBe(23 * 3_600_000);
    const autumnDay = nextActiveWindow(at('2026-10-25 00:00'), allDay, london)!;
    expect(autumnDay.end - autumnDay.start).toBe(25 * 3_600_000);
    // An hour inside the repeated 01:00–02:00 is inside the one window, not a second one.
    expect(activeWindowAt(Date.parse('2026-10-25T01:30:00Z'), allDay, london)).toEqual(autumnDay);
  });
});

import { describe, expect, it } from 'vitest';
import { snoozeUntil } from '../../../../shared/scheduler/snooze';
import { defaultSettings } from '../../../../shared/settings/settings';
import { localInstant, localText } from '../../../helpers/localTimeText';

const london = 'Europe/London';
const until = (option: Parameters<typeof snoozeUntil>[0], now: string, zone = london) =>
  localText(snoozeUntil(option, localInstant(now, zone), defaultSettings, zone), zone);

describe('snooze', () => {
  it('lasts 30 minutes, one hour or two', () => {
    expect(until('30m', '2026-01-05 10:20')).toBe('Mon 2026-01-05 10:50');
    expect(until('1h', '2026-01-05 10:20')).toBe('Mon 2026-01-05 11:20');
    expect(until('2h', '2026-01-05 17:30')).toBe('Mon 2026-01-05 19:30');
  });

  it('for the rest of today ends with active hours, or at midnight once they are over', () => {
    expect(until('rest-of-today', '2026-01-05 10:20')).toBe('Mon 2026-01-05 18:00');
    expect(until('rest-of-today', '2026-01-05 07:00')).toBe('Mon 2026-01-05 18:00');
    expect(until('rest-of-today', '2026-01-05 19:00')).toBe('Tue 2026-01-06 00:00');
  });

  it('counts "two hours" as real time across a DST change, and today in local time', () => {
    expect(until('2h', '2026-03-29 00:30')).toBe('Sun 2026-03-29 03:30');
    expect(until('rest-of-today', '2026-11-01 08:00', 'America/New_York')).toBe('Sun 2026-11-01 18:00');
  });
});

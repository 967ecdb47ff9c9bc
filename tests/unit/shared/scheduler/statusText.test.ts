import { describe, expect, it } from 'vitest';
import { statusText } from '../../../../shared/scheduler/statusText';
import { localInstant } from '../../../helpers/localTimeText';

const london = 'Europe/London';
const at = (text: string) => localInstant(text, london);
const text = (status: Parameters<typeof statusText>[0], now?: string) =>
  statusText(status, london, { locale: 'en-GB', now: now === undefined ? undefined : at(now) });

describe('the tray tooltip', () => {
  it('tells the next pause, with its day only when it is not today', () => {
    expect(text({ kind: 'waiting', nextAt: at('2026-01-05 14:30'), backedOff: false })).toBe('Next pause at 14:30');
    expect(text({ kind: 'waiting', nextAt: at('2026-01-05 14:30'), backedOff: false }, '2026-01-05 13:00')).toBe('Next pause at 14:30');
    expect(text({ kind: 'waiting', nextAt: at('2026-01-06 09:05'), backedOff: false }, '2026-01-05 17:00')).toBe('Next pause Tue 09:05');
  });

  it('says kindly when pauses have been spaced out', () => {
    expect(text({ kind: 'waiting', nextAt: at('2026-01-05 16:00'), backedOff: true })).toBe(
      'Next pause at 16:00 · spaced out after a few missed ones',
    );
  });

  it('shows a snooze, and the next pause when that is later or on another day', () => {
    expect(text({ kind: 'snoozed', until: at('2026-01-05 15:00'), nextAt: at('2026-01-05 15:00') })).toBe('Snoozed until 15:00');
    expect(text({ kind: 'snoozed', until: at('2026-01-05 10:50'), nextAt: at('2026-01-05 11:20') })).toBe(
      'Snoozed until 10:50 · next pause at 11:20',
    );
    expect(text({ kind: 'snoozed', until: at('2026-01-05 18:00'), nextAt: at('2026-01-06 09:05') })).toBe(
      'Snoozed until 18:00 · next pause Tue 09:05',
    );
  });

  it('explains the quiet outside active hours', () => {
    expect(text({ kind: 'outside-active-hours', nextAt: at('2026-01-12 09:05') })).toBe('Outside your active hours · next pause Mon 09:05');
    expect(text({ kind: 'outside-active-hours', nextAt: at('2026-01-12 09:05') }, '2026-01-12 07:00')).toBe(
      'Outside your active hours · next pause at 09:05',
    );
    expect(text({ kind: 'outside-active-hours', nextAt: null })).toBe('No active days chosen · pauses are off');
  });

  it('waits for a better moment without saying why', () => {
    expect(text({ kind: 'deferred', reason: 'typing', since: at('2026-01-05 10:35') })).toBe('Waiting for a better moment');
  });

  it('writes the time the way the locale does', () => {
    const status = { kind: 'waiting', nextAt: at('2026-01-05 14:30'), backedOff: false } as const;
    expect(statusText(status, london, { locale: 'en-US' })).toBe('Next pause at 2:30 PM');
    expect(statusText(status, 'America/New_York', { locale: 'en-GB' })).toBe('Next pause at 09:30');
  });
});

import { describe, expect, it } from 'vitest';
import { statusText } from '../../../../../shared/scheduler/statusText';
import { createSchedulerHarness } from '../../../../helpers/schedulerHarness';

describe('backing off when invitations are ignored', () => {
  it('spaces invitations out after three ignored in a row (×2, then ×4) and tells whoever is listening', async () => {
    const harness = createSchedulerHarness({ start: '2026-01-05 08:00', respond: 'ignore' });
    harness.start();
    await harness.advanceToLocal('2026-01-06 18:00');
    expect(harness.invitationsLocal()).toEqual([
      'Mon 2026-01-05 09:05',
      'Mon 2026-01-05 10:35',
      'Mon 2026-01-05 12:05', // third unanswered: the next waits 3 h
      'Mon 2026-01-05 15:05', // fourth: 6 h, so tomorrow
      'Tue 2026-01-06 09:05',
      'Tue 2026-01-06 15:05',
    ]);
    expect(harness.ignored).toEqual(harness.invitations.slice(0, -1));
    expect(harness.stored.memory.consecutiveIgnored).toBe(5);
    const status = harness.statuses.find((s) => s.kind === 'waiting' && s.backedOff)!;
    expect(statusText(status, harness.timeZone, { locale: 'en-GB' })).toBe('Next pause at 15:05 · spaced out after a few missed ones');
  });

  it('returns to the chosen interval as soon as the person engages again', async () => {
    const harness = createSchedulerHarness({ start: '2026-01-05 08:00', respond: 'ignore' });
    harness.start();
    await harness.advanceToLocal('2026-01-05 15:10');
    await harness.runtime.recordResponse('taken');
    expect(harness.stored.memory.consecutiveIgnored).toBe(0);
    expect(harness.runtime.status()).toEqual({ kind: 'waiting', nextAt: harness.at('2026-01-05 16:35'), backedOff: false });

    harness.respondWith('closed');
    await harness.advanceToLocal('2026-01-05 18:00');
    expect(harness.invitationsLocal().slice(-1)).toEqual(['Mon 2026-01-05 16:35']);
  });

  it('counts a closed invitation as answered, and a journal entry as engagement', async () => {
    const harness = createSchedulerHarness({ start: '2026-01-05 08:00', respond: 'closed' });
    harness.start();
    await harness.advanceToLocal('2026-01-05 18:00');
    expect(harness.invitations).toHaveLength(6);
    expect(harness.ignored).toEqual([]);

    harness.respondWith('ignore');
    await harness.advanceToLocal('2026-01-06 12:10');
    expect(harness.stored.memory.consecutiveIgnored).toBe(2);
    await harness.runtime.recordActivity();
    expect(harness.stored.memory).toMatchObject({ consecutiveIgnored: 0, awaitingResponseSince: null });
  });

  it('never backs off when the setting is off', async () => {
    const harness = createSchedulerHarness({ start: '2026-01-05 08:00', respond: 'ignore', settings: { backOffWhenIgnored: false } });
    harness.start();
    await harness.advanceToLocal('2026-01-05 18:00');
    expect(harness.invitations).toHaveLength(6);
    expect(harness.ignored).toHaveLength(5);
  });
});

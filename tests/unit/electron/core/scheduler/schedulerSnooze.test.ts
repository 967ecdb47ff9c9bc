import { describe, expect, it } from 'vitest';
import type { SnoozeOption } from '../../../../../shared/scheduler/schedulerTypes';
import { createSchedulerHarness } from '../../../../helpers/schedulerHarness';

async function snoozedAt(option: SnoozeOption) {
  const harness = createSchedulerHarness({ start: '2026-01-05 08:00' });
  harness.start();
  await harness.advanceToLocal('2026-01-05 10:20');
  const status = await harness.runtime.snooze(option);
  return { harness, status };
}

describe('snooze and resume', () => {
  it.each([
    ['30m', '10:50'],
    ['1h', '11:20'],
    ['2h', '12:20'],
  ] as const)('snoozing for %s holds the next invitation until %s', async (option, until) => {
    const { harness, status } = await snoozedAt(option);
    const end = harness.at(`2026-01-05 ${until}`);
    expect(status).toEqual({ kind: 'snoozed', until: end, nextAt: Math.max(end, harness.at('2026-01-05 10:35')) });
    expect(harness.stored.memory.snoozedUntil).toBe(end);
    await harness.advanceToLocal('2026-01-05 13:00');
    expect(harness.invitations.filter((at) => at > harness.at('2026-01-05 10:20'))[0]).toBe(Math.max(end, harness.at('2026-01-05 10:35')));
    expect(harness.invitations.every((at) => at <= harness.at('2026-01-05 10:20') || at >= end)).toBe(true);
  });

  it('the rest of today lasts until active hours end; pauses come back tomorrow', async () => {
    const { harness, status } = await snoozedAt('rest-of-today');
    expect(status).toEqual({ kind: 'snoozed', until: harness.at('2026-01-05 18:00'), nextAt: harness.at('2026-01-06 09:05') });
    await harness.advanceToLocal('2026-01-06 10:00');
    expect(harness.invitationsLocal()).toEqual(['Mon 2026-01-05 09:05', 'Tue 2026-01-06 09:05']);
    // When the snooze ends, the tray stops saying "snoozed".
    expect(harness.statuses).toContainEqual({ kind: 'outside-active-hours', nextAt: harness.at('2026-01-06 09:05') });
  });

  it('resume ends a snooze: the missed invitation comes once, a short grace later', async () => {
    const { harness } = await snoozedAt('rest-of-today');
    await harness.advanceToLocal('2026-01-05 11:00');
    const status = await harness.runtime.resume();
    expect(status).toEqual({ kind: 'waiting', nextAt: harness.at('2026-01-05 11:03'), backedOff: false });
    expect(harness.stored.memory.snoozedUntil).toBeNull();
    await harness.advanceToLocal('2026-01-05 13:00');
    expect(harness.invitationsLocal()).toEqual(['Mon 2026-01-05 09:05', 'Mon 2026-01-05 11:03', 'Mon 2026-01-05 12:33']);
  });

  it('a snooze survives a restart of the app', async () => {
    const { harness } = await snoozedAt('2h');
    await harness.advanceToLocal('2026-01-05 10:30');
    harness.restart();
    expect(harness.runtime.status()).toEqual({ kind: 'snoozed', until: harness.at('2026-01-05 12:20'), nextAt: harness.at('2026-01-05 12:20') });
    await harness.advanceToLocal('2026-01-05 12:30');
    expect(harness.invitationsLocal()).toEqual(['Mon 2026-01-05 09:05', 'Mon 2026-01-05 12:20']);
    expect(harness.sim.mostArmedAtOnce()).toBe(1);
  });

  it('snoozing answers the invitation on screen, so it does not count as ignored', async () => {
    const harness = createSchedulerHarness({ start: '2026-01-05 08:00', respond: 'ignore' });
    harness.start();
    await harness.advanceToLocal('2026-01-05 09:06');
    expect(harness.stored.memory.awaitingResponseSince).toBe(harness.at('2026-01-05 09:05'));
    await harness.runtime.snooze('30m');
    expect(harness.stored.memory.awaitingResponseSince).toBeNull();
    await harness.advanceToLocal('2026-01-05 11:00');
    expect(harness.ignored).toEqual([]);
  });
});

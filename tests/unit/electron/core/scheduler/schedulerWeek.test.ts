import { describe, expect, it } from 'vitest';
import { isActiveAt } from '../../../../../shared/scheduler/activeWindow';
import { createSchedulerHarness, seededRandom } from '../../../../helpers/schedulerHarness';

const minute = 60_000;
const times = ['09:05', '10:35', '12:05', '13:35', '15:05', '16:35'];

describe('a week with the default settings', () => {
  it('invites six times each weekday at the expected local times, and never at the weekend', async () => {
    const harness = createSchedulerHarness({ start: '2026-01-05 08:00', respond: 'taken' });
    harness.start();
    expect(harness.runtime.status()).toEqual({ kind: 'outside-active-hours', nextAt: harness.at('2026-01-05 09:05') });
    await harness.advanceToLocal('2026-01-12 08:00');

    const expected = ['Mon 2026-01-05', 'Tue 2026-01-06', 'Wed 2026-01-07', 'Thu 2026-01-08', 'Fri 2026-01-09'].flatMap((day) =>
      times.map((time) => `${day} ${time}`),
    );
    expect(harness.invitationsLocal()).toEqual(expected);
    // One wake-up per invitation and one as each active day ends (for the tray): no polling, no ticks.
    expect(harness.runtime.wakeUps()).toBe(35);
    expect(harness.sim.mostArmedAtOnce()).toBe(1);
    expect(harness.sim.armedCount()).toBe(1);
    expect(harness.runtime.status()).toEqual({ kind: 'outside-active-hours', nextAt: harness.at('2026-01-12 09:05') });
    expect(harness.problems).toEqual([]);
  });

  it('keeps exactly one timer armed at every moment of the day', async () => {
    const harness = createSchedulerHarness({ start: '2026-01-05 08:00' });
    harness.start();
    for (let step = 0; step < 24 * 12; step += 1) {
      await harness.sim.advance(5 * minute);
      expect(harness.sim.armedCount()).toBe(1);
    }
    expect(harness.sim.mostArmedAtOnce()).toBe(1);
  });

  it('respects chosen days and hours', async () => {
    const settings = { activeDays: [2, 4], activeHours: { startMinute: 10 * 60, endMinute: 12 * 60 + 30 }, pauseIntervalMinutes: 45 };
    const harness = createSchedulerHarness({ start: '2026-01-05 08:00', settings });
    harness.start();
    await harness.advanceToLocal('2026-01-12 08:00');
    expect(harness.invitationsLocal()).toEqual([
      'Tue 2026-01-06 10:05',
      'Tue 2026-01-06 10:50',
      'Tue 2026-01-06 11:35',
      'Tue 2026-01-06 12:20',
      'Thu 2026-01-08 10:05',
      'Thu 2026-01-08 10:50',
      'Thu 2026-01-08 11:35',
      'Thu 2026-01-08 12:20',
    ]);
  });

  it('jitters within ± jitterMinutes, the same way for the same seed', async () => {
    const run = async (seed: number) => {
      const harness = createSchedulerHarness({ start: '2026-01-05 08:00', settings: { jitterMinutes: 5 }, random: seededRandom(seed) });
      harness.start();
      await harness.advanceToLocal('2026-01-10 08:00');
      return harness;
    };
    const first = await run(42);
    expect((await run(42)).invitations).toEqual(first.invitations);
    expect((await run(7)).invitations).not.toEqual(first.invitations);

    const gaps = first.invitations.slice(1).map((at, i) => (at - first.invitations[i]!) / minute);
    const sameDayGaps = gaps.filter((gap) => gap < 12 * 60);
    expect(sameDayGaps.length).toBeGreaterThanOrEqual(20);
    expect(Math.min(...sameDayGaps)).toBeGreaterThanOrEqual(85);
    expect(Math.max(...sameDayGaps)).toBeLessThanOrEqual(95);
    expect(new Set(sameDayGaps).size).toBeGreaterThan(5);
    for (const at of first.invitations) expect(isActiveAt(at, first.settings, first.timeZone)).toBe(true);
  });

  it('waits out the quiet stretch after a journal entry, then keeps its rhythm from the last invitation', async () => {
    const harness = createSchedulerHarness({ start: '2026-01-05 08:00' });
    harness.start();
    await harness.advanceToLocal('2026-01-05 10:30');
    await harness.runtime.recordActivity();
    expect(harness.runtime.status()).toMatchObject({ kind: 'waiting', nextAt: harness.at('2026-01-05 10:50') });
    await harness.advanceToLocal('2026-01-05 13:00');
    expect(harness.invitationsLocal()).toEqual(['Mon 2026-01-05 09:05', 'Mon 2026-01-05 10:50', 'Mon 2026-01-05 12:20']);
  });

  it('says nothing and arms nothing when no day is active, until the settings change', async () => {
    const harness = createSchedulerHarness({ start: '2026-01-05 08:00', settings: { activeDays: [] } });
    harness.start();
    expect(harness.runtime.status()).toEqual({ kind: 'outside-active-hours', nextAt: null });
    expect(harness.sim.armedCount()).toBe(0);
    await harness.sim.advance(3 * 24 * 60 * minute);
    harness.changeSettings({ activeDays: [4] });
    await harness.advanceToLocal('2026-01-08 09:10');
    expect(harness.invitationsLocal()).toEqual(['Thu 2026-01-08 09:05']);
    expect(harness.runtime.wakeUps()).toBe(1);
  });
});

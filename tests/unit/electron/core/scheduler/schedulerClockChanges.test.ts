import { describe, expect, it } from 'vitest';
import { createSchedulerHarness } from '../../../../helpers/schedulerHarness';

const minute = 60_000;
const hour = 60 * minute;

async function sleptAtTen(how: Parameters<ReturnType<typeof createSchedulerHarness>['sleepFor']>[1]) {
  const harness = createSchedulerHarness({ start: '2026-01-05 08:00' });
  harness.start();
  await harness.advanceToLocal('2026-01-05 10:00');
  await harness.sleepFor(6 * hour, how);
  await harness.advanceToLocal('2026-01-05 18:00');
  return harness;
}

describe('sleep, clock changes and time zones', () => {
  it.each([
    ['suspend and resume reported, timers counting the sleep', {}],
    ['timers fire before the resume event arrives', { timersFirst: true }],
    ['neither event reported, overdue timers fire on wake', { reported: false }],
  ])('after six hours asleep invites once, a short grace after waking, not a burst (%s)', async (_, how) => {
    const harness = await sleptAtTen(how);
    expect(harness.invitationsLocal()).toEqual(['Mon 2026-01-05 09:05', 'Mon 2026-01-05 16:03', 'Mon 2026-01-05 17:33']);
    expect(harness.sim.mostArmedAtOnce()).toBe(1);
  });

  it('with a monotonic clock that stops during sleep (Linux, macOS) and no events reported, still invites once', async () => {
    const harness = await sleptAtTen({ reported: false, timersCount: false });
    // The 10:35 timer had 35 minutes to go; it fires at 16:35, late by the wall clock, so it re-plans with the grace.
    expect(harness.invitationsLocal()).toEqual(['Mon 2026-01-05 09:05', 'Mon 2026-01-05 16:38']);
  });

  it('a wall clock set back two hours keeps the plan: the remainder is re-armed, nothing fires early', async () => {
    const harness = createSchedulerHarness({ start: '2026-01-05 08:00' });
    harness.start();
    await harness.advanceToLocal('2026-01-05 10:40');
    harness.sim.jumpWallClock(-2 * hour);
    await harness.advanceToLocal('2026-01-05 12:10');
    expect(harness.invitationsLocal()).toEqual(['Mon 2026-01-05 09:05', 'Mon 2026-01-05 10:35', 'Mon 2026-01-05 12:05']);
    // The timer woke at 10:05 by the new clock, found 12:05 still ahead, and waited the rest.
    expect(harness.runtime.wakeUps()).toBe(4);
    expect(harness.sim.mostArmedAtOnce()).toBe(1);
  });

  it('a wall clock set forward five hours gives one invitation, not the three it skipped', async () => {
    const harness = createSchedulerHarness({ start: '2026-01-05 08:00' });
    harness.start();
    await harness.advanceToLocal('2026-01-05 10:40');
    harness.sim.jumpWallClock(5 * hour);
    expect(harness.local(harness.sim.now())).toBe('Mon 2026-01-05 15:40');
    harness.unlock(); // any event re-plans from the new now
    await harness.advanceToLocal('2026-01-05 18:00');
    expect(harness.invitationsLocal()).toEqual(['Mon 2026-01-05 09:05', 'Mon 2026-01-05 10:35', 'Mon 2026-01-05 15:43', 'Mon 2026-01-05 17:13']);
  });

  it('a wall clock set forward with no event to notice it still fires at most one', async () => {
    const harness = createSchedulerHarness({ start: '2026-01-05 08:00' });
    harness.start();
    await harness.advanceToLocal('2026-01-05 10:40');
    harness.sim.jumpWallClock(5 * hour);
    await harness.advanceToLocal('2026-01-05 18:00');
    // The 12:05 timer wakes at 17:05 by the new clock: late, so one invitation a grace later.
    expect(harness.invitationsLocal().slice(2)).toEqual(['Mon 2026-01-05 17:08']);
  });

  it.each([
    ['Europe/London', '2026-03-28', '2026-03-29', '2026-03-30'],
    ['Europe/London', '2026-10-24', '2026-10-25', '2026-10-26'],
    ['America/New_York', '2026-03-07', '2026-03-08', '2026-03-09'],
    ['America/New_York', '2026-10-31', '2026-11-01', '2026-11-02'],
  ])('keeps 09:00–18:00 local through the DST change in %s on %s → %s', async (timeZone, before, change, after) => {
    const everyDay = { activeDays: [0, 1, 2, 3, 4, 5, 6] };
    const harness = createSchedulerHarness({ start: `${before} 08:00`, timeZone, settings: everyDay });
    harness.start();
    await harness.advanceToLocal(`${after} 23:00`);
    const expected = [before, change, after].flatMap((day) =>
      ['09:05', '10:35', '12:05', '13:35', '15:05', '16:35'].map((time) => `${day} ${time}`),
    );
    expect(harness.invitationsLocal().map((text) => text.slice(4))).toEqual(expected);
  });

  it('keeps the interval in real time when the clock face repeats an hour', async () => {
    const lateHours = { activeDays: [0, 1, 2, 3, 4, 5, 6], activeHours: { startMinute: 0, endMinute: 3 * 60 }, pauseIntervalMinutes: 60 };
    const harness = createSchedulerHarness({ start: '2026-10-24 23:00', settings: lateHours });
    harness.start();
    await harness.advanceToLocal('2026-10-25 04:00');
    // The window 00:00 BST–03:00 GMT lasts four hours; the invitations are an hour apart, so 01:05 shows twice.
    expect(harness.invitations.map((at) => new Date(at).toISOString().slice(11, 16))).toEqual(['23:05', '00:05', '01:05', '02:05']);
    expect(harness.invitationsLocal().map((text) => text.slice(15))).toEqual(['00:05', '01:05', '01:05', '02:05']);
  });

  it('a new time zone is used from the next plan on', async () => {
    const harness = createSchedulerHarness({ start: '2026-01-05 08:00' });
    harness.start();
    await harness.advanceToLocal('2026-01-05 17:00');
    harness.moveTo('America/New_York'); // 12:00 in New York, and the last pause was 11:35 there
    harness.unlock();
    expect(harness.runtime.status()).toEqual({ kind: 'waiting', nextAt: harness.at('2026-01-05 13:05'), backedOff: false });
    await harness.advanceToLocal('2026-01-06 10:00');
    expect(harness.invitationsLocal()).toEqual([
      'Mon 2026-01-05 04:05',
      'Mon 2026-01-05 05:35',
      'Mon 2026-01-05 07:05',
      'Mon 2026-01-05 08:35',
      'Mon 2026-01-05 10:05',
      'Mon 2026-01-05 11:35',
      'Mon 2026-01-05 13:05',
      'Mon 2026-01-05 14:35',
      'Mon 2026-01-05 16:05',
      'Mon 2026-01-05 17:35',
      'Tue 2026-01-06 09:05',
    ]);
  });

  it('a new time zone noticed only at wake-up moves the invitation into the new active hours', async () => {
    const harness = createSchedulerHarness({ start: '2026-01-05 08:00' });
    harness.start();
    await harness.advanceToLocal('2026-01-05 10:00');
    harness.moveTo('Asia/Tokyo'); // 19:00 there: outside active hours
    await harness.sim.advance(8 * hour);
    expect(harness.invitations).toHaveLength(1);
    expect(harness.runtime.status()).toEqual({ kind: 'outside-active-hours', nextAt: harness.at('2026-01-06 09:05') });
  });

  it('falls back to UTC, and says so, when the zone is unknown', async () => {
    const harness = createSchedulerHarness({ start: '2026-01-05 08:00' });
    harness.moveTo('Nowhere/Special');
    harness.start();
    expect(harness.problems).toContain('Unknown time zone; planning pauses in UTC.');
    expect(harness.runtime.status()).toEqual({ kind: 'outside-active-hours', nextAt: Date.parse('2026-01-05T09:05:00Z') });
  });
});

import { describe, expect, it } from 'vitest';
import { createSchedulerHarness } from '../../../../helpers/schedulerHarness';

const second = 1000;
const minute = 60 * second;

async function atFirstInvitation(settings = {}) {
  const harness = createSchedulerHarness({ start: '2026-01-05 08:00', settings });
  harness.start();
  await harness.advanceToLocal('2026-01-05 09:04');
  return harness;
}

describe('deferring an invitation that would interrupt', () => {
  it('waits while the screen is locked and invites a short grace after unlock', async () => {
    const harness = await atFirstInvitation();
    harness.lock();
    await harness.advanceToLocal('2026-01-05 09:50');
    expect(harness.invitations).toEqual([]);
    expect(harness.runtime.status()).toEqual({ kind: 'deferred', reason: 'locked', since: harness.at('2026-01-05 09:05') });
    expect(harness.sim.armedCount()).toBe(1); // the hourly safety re-check, in case the unlock is never reported
    harness.unlock();
    await harness.advanceToLocal('2026-01-05 12:00');
    expect(harness.invitationsLocal()).toEqual(['Mon 2026-01-05 09:53', 'Mon 2026-01-05 11:23']);
    expect(harness.person.doNotDisturbReads).toBe(2);
  });

  it('does not fire while locked even if the unlock is never reported, and gives up only when the day ends', async () => {
    const harness = await atFirstInvitation();
    harness.person.locked = true; // no event
    await harness.advanceToLocal('2026-01-05 18:30');
    expect(harness.invitations).toEqual([]);
    // 09:05, then hourly re-checks, the last cut short by the end of active hours.
    expect(harness.runtime.wakeUps()).toBe(10);
    expect(harness.runtime.status()).toEqual({ kind: 'outside-active-hours', nextAt: harness.at('2026-01-06 09:05') });
    harness.person.locked = false;
    await harness.advanceToLocal('2026-01-06 09:10');
    expect(harness.invitationsLocal()).toEqual(['Tue 2026-01-06 09:05']);
  });

  it('waits while the person is away, re-checking after 5, 10, then every 20 minutes', async () => {
    const harness = await atFirstInvitation();
    harness.person.idleSeconds = 10 * 60;
    await harness.advanceToLocal('2026-01-05 09:50');
    expect(harness.runtime.status()).toMatchObject({ kind: 'deferred', reason: 'away' });
    // 09:05, 09:10, 09:20, 09:40 → next 10:00
    expect(harness.runtime.wakeUps()).toBe(4);
    harness.person.idleSeconds = 30;
    await harness.advanceToLocal('2026-01-05 10:05');
    expect(harness.invitationsLocal()).toEqual(['Mon 2026-01-05 10:00']);
    expect(harness.person.doNotDisturbReads).toBe(1);
  });

  it('waits through do-not-disturb, asking the desktop only when an invitation is due', async () => {
    const harness = await atFirstInvitation();
    harness.person.doNotDisturb = true;
    await harness.advanceToLocal('2026-01-05 09:30');
    harness.runtime.settingsChanged();
    harness.runtime.status();
    await harness.advanceToLocal('2026-01-05 09:38');
    expect(harness.runtime.status()).toMatchObject({ kind: 'deferred', reason: 'do-not-disturb' });
    harness.person.doNotDisturb = false;
    await harness.advanceToLocal('2026-01-05 10:00');
    // Attempts: 09:05 and 09:20 (DND), 09:33 after the re-plan at 09:30 (DND), 09:48 (clear).
    expect(harness.invitationsLocal()).toEqual(['Mon 2026-01-05 09:48']);
    expect(harness.runtime.wakeUps()).toBe(4);
    // Every wake-up was an attempt, and only attempts asked: the re-plan and status() did not.
    expect(harness.person.doNotDisturbReads).toBe(harness.runtime.wakeUps());
  });

  it.each([null, 'fails'] as const)('invites when the desktop cannot tell (%s)', async (answer) => {
    const harness = await atFirstInvitation();
    harness.person.doNotDisturb = answer;
    await harness.advanceToLocal('2026-01-05 09:06');
    expect(harness.invitationsLocal()).toEqual(['Mon 2026-01-05 09:05']);
  });

  it('invites when the desktop does not answer within 5 s, keeping its one timer as the watchdog', async () => {
    const harness = await atFirstInvitation();
    harness.person.doNotDisturb = 'hangs';
    await harness.advanceToLocal('2026-01-05 09:05');
    expect(harness.invitations).toEqual([]);
    expect(harness.sim.armedCount()).toBe(1);
    await harness.sim.advance(5 * second);
    expect(harness.invitations.map((at) => at - harness.at('2026-01-05 09:05'))).toEqual([5 * second]);
    expect(harness.problems).toContain('The desktop did not say whether do-not-disturb is on; inviting as if it were off.');
  });

  it('drops a late answer once something else has re-planned', async () => {
    const harness = await atFirstInvitation();
    harness.person.doNotDisturb = 'hangs';
    await harness.advanceToLocal('2026-01-05 09:05');
    await harness.runtime.snooze('1h');
    await harness.sim.advance(10 * second);
    expect(harness.invitations).toEqual([]);
    expect(harness.runtime.status()).toMatchObject({ kind: 'snoozed' });
  });

  it('waits for a lull in typing, checking every 2 s, and invites at the first one', async () => {
    const harness = await atFirstInvitation();
    harness.person.idleSeconds = 0;
    await harness.advanceToLocal('2026-01-05 09:06');
    expect(harness.runtime.status()).toEqual({ kind: 'deferred', reason: 'typing', since: harness.at('2026-01-05 09:05') });
    harness.person.idleSeconds = 4;
    await harness.sim.advance(2 * second);
    expect(harness.invitations.map((at) => at - harness.at('2026-01-05 09:05'))).toEqual([62 * second]);
    // Read when the invitation fell due, and again once the sentence was finished.
    expect(harness.person.doNotDisturbReads).toBe(2);
  });

  it('holds back an invitation when do-not-disturb began while it waited for a lull', async () => {
    const harness = await atFirstInvitation();
    harness.person.idleSeconds = 0;
    await harness.advanceToLocal('2026-01-05 09:06');
    harness.person.doNotDisturb = true;
    harness.person.idleSeconds = 4;
    await harness.sim.advance(2 * second);
    expect(harness.invitations).toEqual([]);
    expect(harness.runtime.status()).toMatchObject({ kind: 'deferred', reason: 'do-not-disturb' });
  });

  it('invites anyway after three minutes of typing, with bounded wake-ups', async () => {
    const harness = await atFirstInvitation();
    harness.person.idleSeconds = 0;
    await harness.advanceToLocal('2026-01-05 09:10');
    expect(harness.invitations.map((at) => at - harness.at('2026-01-05 09:05'))).toEqual([3 * minute]);
    expect(harness.runtime.wakeUps()).toBe(91);
    expect(harness.sim.mostArmedAtOnce()).toBe(1);
  });

  it('switches to waiting for the unlock if the screen locks during the lull', async () => {
    const harness = await atFirstInvitation();
    harness.person.idleSeconds = 0;
    await harness.advanceToLocal('2026-01-05 09:06');
    harness.lock();
    harness.person.idleSeconds = 100;
    await harness.advanceToLocal('2026-01-05 09:30');
    expect(harness.invitations).toEqual([]);
    expect(harness.runtime.status()).toMatchObject({ kind: 'deferred', reason: 'locked' });
  });

  it('invites on time when the person chose not to defer (still letting a sentence finish)', async () => {
    const harness = await atFirstInvitation({ deferWhenBusy: false });
    Object.assign(harness.person, { locked: true, doNotDisturb: true, idleSeconds: 3600 });
    await harness.advanceToLocal('2026-01-05 09:06');
    expect(harness.invitationsLocal()).toEqual(['Mon 2026-01-05 09:05']);
    expect(harness.person.doNotDisturbReads).toBe(0);
  });

  it('drops a deferred invitation only when active hours end, planning the next day instead', async () => {
    const harness = createSchedulerHarness({ start: '2026-01-05 08:00' });
    harness.start();
    await harness.advanceToLocal('2026-01-05 16:30');
    harness.person.doNotDisturb = true;
    const readsBefore = harness.person.doNotDisturbReads;
    await harness.advanceToLocal('2026-01-05 18:30');
    // Asked at 16:35, 16:50, 17:05, 17:20, 17:35 and 17:50; at 18:00 the day is over.
    expect(harness.person.doNotDisturbReads - readsBefore).toBe(6);
    expect(harness.runtime.status()).toEqual({ kind: 'outside-active-hours', nextAt: harness.at('2026-01-06 09:05') });
    harness.person.doNotDisturb = false;
    await harness.advanceToLocal('2026-01-06 09:10');
    expect(harness.invitationsLocal().slice(-1)).toEqual(['Tue 2026-01-06 09:05']);
  });
});

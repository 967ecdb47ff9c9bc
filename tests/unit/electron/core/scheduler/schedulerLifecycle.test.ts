import { describe, expect, it } from 'vitest';
import { createSchedulerRuntime } from '../../../../../electron/core/scheduler/schedulerRuntime';
import { emptySchedulerMemory } from '../../../../../shared/scheduler/schedulerTypes';
import { defaultSettings } from '../../../../../shared/settings/settings';
import { createSchedulerHarness } from '../../../../helpers/schedulerHarness';
import { localInstant } from '../../../../helpers/localTimeText';
import { createSimulatedTime } from '../../../../helpers/simulatedTime';

describe('the scheduler runtime lifecycle', () => {
  it('reports each status change once, in order', async () => {
    const harness = createSchedulerHarness({ start: '2026-01-05 08:00' });
    harness.start();
    await harness.advanceToLocal('2026-01-05 10:40');
    harness.runtime.settingsChanged();
    harness.unlock();
    expect(harness.statuses).toEqual([
      { kind: 'outside-active-hours', nextAt: harness.at('2026-01-05 09:05') },
      { kind: 'waiting', nextAt: harness.at('2026-01-05 10:35'), backedOff: false },
      { kind: 'waiting', nextAt: harness.at('2026-01-05 12:05'), backedOff: false },
    ]);
  });

  it('arms nothing while stopped or suspended, and plans afresh on start and resume', async () => {
    const harness = createSchedulerHarness({ start: '2026-01-05 08:00' });
    expect(harness.runtime.status()).toEqual({ kind: 'outside-active-hours', nextAt: harness.at('2026-01-05 09:05') });
    harness.unlock();
    harness.runtime.settingsChanged();
    expect(harness.sim.armedCount()).toBe(0);
    harness.start();
    expect(harness.sim.armedCount()).toBe(1);
    harness.runtime.powerEvent('suspend');
    expect(harness.sim.armedCount()).toBe(0);
    harness.runtime.powerEvent('resume');
    expect(harness.sim.armedCount()).toBe(1);
    harness.runtime.stop();
    harness.runtime.powerEvent('resume');
    expect(harness.sim.armedCount()).toBe(0);
  });

  it('remembers across a restart that the last invitation went unanswered', async () => {
    const harness = createSchedulerHarness({ start: '2026-01-05 08:00', respond: 'ignore' });
    harness.start();
    await harness.advanceToLocal('2026-01-05 09:10');
    harness.restart();
    await harness.advanceToLocal('2026-01-05 10:40');
    expect(harness.ignored).toEqual([harness.at('2026-01-05 09:05')]);
    expect(harness.stored.memory).toMatchObject({
      lastInvitationAt: harness.at('2026-01-05 10:35'),
      awaitingResponseSince: harness.at('2026-01-05 10:35'),
      consecutiveIgnored: 1,
    });
  });

  it('keeps its rhythm when showing an invitation fails, and says so', async () => {
    const sim = createSimulatedTime(localInstant('2026-01-05 08:00', 'Europe/London'));
    const problems: string[] = [];
    let memory = emptySchedulerMemory;
    const runtime = createSchedulerRuntime({
      clock: sim,
      timers: sim,
      signals: { isScreenLocked: () => false, idleSeconds: () => 60, isDoNotDisturb: async () => false },
      timeZone: () => 'Europe/London',
      getSettings: () => ({ ...defaultSettings, jitterMinutes: 0 }),
      memory: { read: () => memory, write: async (next) => void (memory = next) },
      random: () => 0.5,
      invite: () => Promise.reject(new Error('no notification daemon')),
      onIgnored: () => {
        throw new Error('listener bug');
      },
      onStatusChange: () => {},
      log: { info: () => {}, warn: () => {}, error: (message) => problems.push(message) },
    });
    runtime.start();
    await sim.advanceTo(localInstant('2026-01-05 12:10', 'Europe/London'));
    expect(memory.lastInvitationAt).toBe(localInstant('2026-01-05 12:05', 'Europe/London'));
    expect(problems).toContain('Could not show the pause invitation.');
    expect(problems).toContain("The scheduler's onIgnored callback failed.");
    expect(sim.armedCount()).toBe(1);
  });
});

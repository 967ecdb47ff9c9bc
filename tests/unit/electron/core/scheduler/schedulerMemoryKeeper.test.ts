import { describe, expect, it } from 'vitest';
import { createSchedulerMemoryKeeper } from '../../../../../electron/core/scheduler/schedulerMemoryKeeper';
import { emptySchedulerMemory, type SchedulerMemory } from '../../../../../shared/scheduler/schedulerTypes';

function recorder() {
  const problems: string[] = [];
  return { problems, log: { info: () => {}, warn: () => {}, error: (message: string) => problems.push(message) } };
}

describe('the scheduler memory keeper', () => {
  it('writes every change, in order, and skips changes that change nothing', async () => {
    const written: SchedulerMemory[] = [];
    let release: () => void = () => {};
    const slowFirst = new Promise<void>((resolve) => (release = resolve));
    const keeper = createSchedulerMemoryKeeper(
      { read: () => emptySchedulerMemory, write: (next) => (written.push(next), written.length === 1 ? slowFirst : Promise.resolve()) },
      recorder().log,
    );
    keeper.update({ lastInvitationAt: 1 });
    keeper.update({ lastInvitationAt: 1 });
    keeper.update({ consecutiveIgnored: 2 });
    expect(keeper.current()).toMatchObject({ lastInvitationAt: 1, consecutiveIgnored: 2 });
    release();
    await keeper.saved();
    expect(written.map((memory) => [memory.lastInvitationAt, memory.consecutiveIgnored])).toEqual([
      [1, 0],
      [1, 2],
    ]);
  });

  it('logs a failed write and keeps going', async () => {
    const { problems, log } = recorder();
    let calls = 0;
    const keeper = createSchedulerMemoryKeeper(
      {
        read: () => emptySchedulerMemory,
        write: async () => {
          calls += 1;
          if (calls === 1) throw new Error('disk full');
        },
      },
      log,
    );
    keeper.update({ snoozedUntil: 5 });
    keeper.update({ snoozedUntil: null });
    await keeper.saved();
    expect(calls).toBe(2);
    expect(problems).toEqual(['Could not save the pause schedule; it will be saved with the next change.']);
  });
});

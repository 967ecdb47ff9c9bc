import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { snoozeOptions } from '../../../../../shared/scheduler/schedulerTypes';
import { createSchedulerHarness, seededRandom, type SchedulerHarness } from '../../../../helpers/schedulerHarness';
import { createInvariantChecker } from './schedulerInvariants';

const minute = 60_000;
const intervals = [10, 30, 45, 60, 90, 120, 240];
const zones = ['Europe/London', 'America/New_York', 'Asia/Tokyo', 'Australia/Sydney'];

const action = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('advance' as const), minutes: fc.integer({ min: 1, max: 600 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('jump' as const), minutes: fc.integer({ min: -360, max: 360 }) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('sleep' as const),
      minutes: fc.integer({ min: 5, max: 900 }),
      reported: fc.boolean(),
      timersCount: fc.boolean(),
      timersFirst: fc.boolean(),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('screen' as const), locked: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('snooze' as const), option: fc.constantFrom(...snoozeOptions) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('resume' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('activity' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('respond' as const), response: fc.constantFrom('taken' as const, 'closed' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('interval' as const), minutes: fc.constantFrom(...intervals) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('idle' as const), seconds: fc.constantFrom(0, 2, 30, 200, 400, 3600) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('dnd' as const), on: fc.constantFrom(true, false, null) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('zone' as const), zone: fc.constantFrom(...zones) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restart' as const) }) },
);
type Action = typeof action extends fc.Arbitrary<infer T> ? T : never;

async function perform(harness: SchedulerHarness, checker: ReturnType<typeof createInvariantChecker>, step: Action) {
  const { runtime, sim } = harness;
  switch (step.kind) {
    case 'advance':
      return sim.advance(step.minutes * minute);
    case 'jump':
      checker.jumped(step.minutes * minute);
      return sim.jumpWallClock(step.minutes * minute);
    case 'sleep':
      return harness.sleepFor(step.minutes * minute, step);
    case 'screen':
      return step.locked ? harness.lock() : harness.unlock();
    case 'snooze':
      await runtime.snooze(step.option);
      return checker.snoozed(harness.stored.memory.snoozedUntil);
    case 'resume':
      await runtime.resume();
      return checker.snoozed(null);
    case 'activity':
      await runtime.recordActivity();
      return checker.engaged(sim.now());
    case 'respond':
      await runtime.recordResponse(step.response);
      return step.response === 'taken' ? checker.engaged(sim.now()) : undefined;
    case 'interval':
      checker.intervalChanged(step.minutes);
      return harness.changeSettings({ pauseIntervalMinutes: step.minutes });
    case 'idle':
      harness.person.idleSeconds = step.seconds;
      return;
    case 'dnd':
      harness.person.doNotDisturb = step.on;
      return;
    case 'zone':
      return harness.moveTo(step.zone);
    case 'restart':
      return harness.restart();
  }
}

describe('scheduler properties over random days', () => {
  it('never invites out of hours, while busy or snoozed, in a burst, and keeps one timer', async () => {
    const scenario = fc.record({
      startDay: fc.integer({ min: 0, max: 364 }),
      seed: fc.integer(),
      jitterMinutes: fc.constantFrom(0, 5, 15),
      quietAfterActivityMinutes: fc.constantFrom(0, 20, 60),
      pauseIntervalMinutes: fc.constantFrom(...intervals),
      actions: fc.array(action, { minLength: 5, maxLength: 50 }),
    });
    await fc.assert(
      fc.asyncProperty(scenario, async ({ startDay, seed, actions, ...settings }) => {
        const start = new Date(Date.UTC(2026, 0, 1 + startDay)).toISOString().slice(0, 10);
        const harness = createSchedulerHarness({ start: `${start} 07:00`, settings, random: seededRandom(seed), respond: 'ignore' });
        const checker = createInvariantChecker(harness);
        harness.start();
        for (const step of actions) {
          await perform(harness, checker, step);
          await harness.sim.settle();
          expect(checker.afterStep()).toBeNull();
          expect(harness.sim.armedCount()).toBe(1);
        }
        expect(harness.sim.mostArmedAtOnce()).toBe(1);
        expect(Math.max(...harness.sim.requestedDelays())).toBeLessThan(2 ** 31);

        // However the days went, once the person is back and free the invitations resume.
        const before = harness.invitations.length;
        Object.assign(harness.person, { locked: false, doNotDisturb: false, idleSeconds: 60 });
        harness.unlock();
        await harness.runtime.resume();
        checker.snoozed(null);
        await harness.sim.advance(8 * 24 * 60 * minute);
        expect(checker.afterStep()).toBeNull();
        expect(harness.invitations.length - before).toBeGreaterThanOrEqual(5);
      }),
      {
        numRuns: 300,
        // Found by this property: do-not-disturb began while an invitation waited for a lull in typing.
        examples: [
          [
            {
              startDay: 0,
              seed: 2079698809,
              jitterMinutes: 5,
              quietAfterActivityMinutes: 0,
              pauseIntervalMinutes: 10,
              actions: [
                { kind: 'interval', minutes: 60 },
                { kind: 'idle', seconds: 0 },
                { kind: 'advance', minutes: 8 },
                { kind: 'advance', minutes: 221 },
                { kind: 'zone', zone: 'America/New_York' },
                { kind: 'advance', minutes: 322 },
                { kind: 'dnd', on: true },
                { kind: 'advance', minutes: 3 },
                { kind: 'sleep', minutes: 5, reported: false, timersCount: false, timersFirst: false },
              ],
            },
          ],
        ],
      },
    );
    // About 1 s on an idle machine; the margin is for busy shared CI runners.
  }, 20_000);
});

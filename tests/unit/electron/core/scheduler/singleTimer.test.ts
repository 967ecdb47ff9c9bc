import { describe, expect, it } from 'vitest';
import { createSingleTimer, longestTimerMs } from '../../../../../electron/core/scheduler/singleTimer';
import { createSimulatedTime } from '../../../../helpers/simulatedTime';

const day = 24 * 3_600_000;

describe('the single timer', () => {
  it('replaces what was armed, so only one is ever pending', async () => {
    const sim = createSimulatedTime(0);
    const timer = createSingleTimer(sim);
    const fired: string[] = [];
    timer.arm(1000, () => fired.push('first'));
    timer.arm(2000, () => fired.push('second'));
    expect(sim.armedCount()).toBe(1);
    await sim.advance(5000);
    expect(fired).toEqual(['second']);
    expect(sim.mostArmedAtOnce()).toBe(1);
    expect(timer.wakeUps()).toBe(1);
    expect(timer.isArmed()).toBe(false);
  });

  it('caps a long wait below what setTimeout can hold (2^31 − 1 ms, about 24.8 days)', () => {
    const sim = createSimulatedTime(0);
    createSingleTimer(sim).arm(40 * day, () => {});
    expect(sim.requestedDelays()).toEqual([longestTimerMs]);
    expect(longestTimerMs).toBeLessThan(2 ** 31 - 1);
  });

  it('disarms only the arming it was asked about', () => {
    const sim = createSimulatedTime(0);
    const timer = createSingleTimer(sim);
    const watchdog = timer.arm(1000, () => {});
    timer.arm(2000, () => {});
    timer.disarm(watchdog);
    expect(sim.armedCount()).toBe(1);
    timer.disarm();
    expect(sim.armedCount()).toBe(0);
  });

  it('ignores a callback the host fires after it was cleared', () => {
    const callbacks: Array<() => void> = [];
    const timer = createSingleTimer({ setTimeout: (callback) => callbacks.push(callback), clearTimeout: () => {} });
    let fired = 0;
    timer.arm(1000, () => (fired += 1));
    timer.arm(1000, () => (fired += 10));
    callbacks[0]!();
    callbacks[1]!();
    expect(fired).toBe(10);
    expect(timer.wakeUps()).toBe(2);
  });
});

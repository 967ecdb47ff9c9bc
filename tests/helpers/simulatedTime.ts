import { setImmediate as nextMacrotask } from 'node:timers/promises';
import type { Timers } from '../../electron/core/desktopPorts';
import type { Clock } from '../../shared/clock';

/**
 * A laptop's two clocks, simulated: the wall clock (Clock.now) that people and plans read,
 * and the monotonic clock that timers count on. They drift apart exactly as on a real
 * machine: the wall clock can be set (jumpWallClock) without any timer noticing, and
 * during sleep the wall clock runs on while timers are frozen or become overdue.
 */
export interface SimulatedTime extends Clock, Timers {
  /** Monotonic ms since the simulation started. */
  monotonicNow(): number;
  /** Lets time pass awake: due timers fire in order, each seeing its own wall time. */
  advance(ms: number): Promise<void>;
  /** Advances to the given wall-clock instant (which must not be in the past). */
  advanceTo(wall: number): Promise<void>;
  /** Someone (or NTP) sets the wall clock; no timer fires or moves. */
  jumpWallClock(ms: number): void;
  /**
   * The machine sleeps for `ms` of wall time; nothing fires. With `timersCount` (Windows-like)
   * the monotonic clock counts the sleep too, so timers that came due fire together at `wake()`;
   * without it (Linux/macOS CLOCK_MONOTONIC) they simply resume counting after the wake.
   */
  sleep(ms: number, options?: { timersCount?: boolean }): void;
  /** The machine is awake again: overdue timers fire now, late. */
  wake(): Promise<void>;
  /** Lets pending promise callbacks run (writes, the do-not-disturb answer). */
  settle(): Promise<void>;
  armedCount(): number;
  /** The most timers ever pending at the same moment. */
  mostArmedAtOnce(): number;
  /** Every delay ever requested, to check none overflows setTimeout. */
  requestedDelays(): readonly number[];
  /** Monotonic ms until the next timer fires; null when none is armed. */
  nextTimerIn(): number | null;
}

interface PendingTimer {
  id: number;
  due: number;
  callback: () => void;
}

export function createSimulatedTime(startWall: number): SimulatedTime {
  let monotonic = 0;
  let wallOffset = startWall;
  let nextId = 1;
  let mostAtOnce = 0;
  const pending = new Map<number, PendingTimer>();
  const delays: number[] = [];

  const settle = () => nextMacrotask().then(() => undefined);

  function earliestDueBy(limit: number): PendingTimer | undefined {
    let earliest: PendingTimer | undefined;
    for (const timer of pending.values()) {
      if (timer.due > limit) continue;
      if (!earliest || timer.due < earliest.due || (timer.due === earliest.due && timer.id < earliest.id)) earliest = timer;
    }
    return earliest;
  }

  async function runUntil(limit: number): Promise<void> {
    let fired = 0;
    for (let timer = earliestDueBy(limit); timer; timer = earliestDueBy(limit)) {
      // A timer that keeps re-arming itself for "now" would hang the test instead of failing it.
      if (++fired > 100_000) throw new Error('More than 100,000 timer callbacks in one advance: a wake-up loop.');
      pending.delete(timer.id);
      monotonic = Math.max(monotonic, timer.due);
      timer.callback();
      await settle();
    }
    monotonic = Math.max(monotonic, limit);
  }

  return {
    now: () => monotonic + wallOffset,
    monotonicNow: () => monotonic,
    setTimeout(callback, delayMs) {
      delays.push(delayMs);
      const id = nextId++;
      pending.set(id, { id, due: monotonic + Math.max(0, delayMs), callback });
      mostAtOnce = Math.max(mostAtOnce, pending.size);
      return id;
    },
    clearTimeout(handle) {
      pending.delete(handle as number);
    },
    advance: (ms) => runUntil(monotonic + ms),
    advanceTo(wall) {
      if (wall < monotonic + wallOffset) throw new Error('advanceTo cannot go back in time; use jumpWallClock.');
      return runUntil(wall - wallOffset);
    },
    jumpWallClock(ms) {
      wallOffset += ms;
    },
    sleep(ms, options = {}) {
      // Either way the wall clock moves on by ms; what differs is whether timers count the sleep.
      if (options.timersCount ?? true) monotonic += ms;
      else wallOffset += ms;
    },
    wake: () => runUntil(monotonic),
    settle,
    armedCount: () => pending.size,
    mostArmedAtOnce: () => mostAtOnce,
    requestedDelays: () => delays,
    nextTimerIn() {
      const next = earliestDueBy(Infinity);
      return next ? Math.max(0, next.due - monotonic) : null;
    },
  };
}

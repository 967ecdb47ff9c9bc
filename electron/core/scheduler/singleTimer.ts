import { dayMs } from '../../../shared/scheduler/schedulerTiming';
import type { Timers } from '../desktopPorts';

/** setTimeout takes a signed 32-bit delay (about 24.8 days); a longer wait wakes early and plans again. */
export const longestTimerMs = 24 * dayMs;

/**
 * The scheduler's only timer. Arming always replaces what was armed, so two can never
 * be pending at once, and every callback is counted: wake-ups are what cost battery.
 */
export interface SingleTimer {
  /** Returns a token that `disarm` can use to clear only this arming. */
  arm(delayMs: number, onFire: () => void): number;
  /** Clears the armed timer, or only the arming with this token if one is given. */
  disarm(token?: number): void;
  isArmed(): boolean;
  wakeUps(): number;
}

export function createSingleTimer(timers: Timers): SingleTimer {
  let handle: unknown = null;
  let latestToken = 0;
  let wakeUps = 0;

  function clear(): void {
    if (handle === null) return;
    timers.clearTimeout(handle);
    handle = null;
  }

  return {
    arm(delayMs, onFire) {
      clear();
      const token = ++latestToken;
      const delay = Math.min(Math.max(0, Math.ceil(delayMs)), longestTimerMs);
      handle = timers.setTimeout(() => {
        wakeUps += 1;
        // A host that fires a cleared timer anyway must not run a superseded plan.
        if (token !== latestToken || handle === null) return;
        handle = null;
        onFire();
      }, delay);
      return token;
    },
    disarm(token) {
      if (token === undefined || token === latestToken) clear();
    },
    isArmed: () => handle !== null,
    wakeUps: () => wakeUps,
  };
}

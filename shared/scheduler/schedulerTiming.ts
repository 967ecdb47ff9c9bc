/** The scheduler's fixed timings, in one place so the planner, the runtime and the tests agree. */

export const secondMs = 1000;
export const minuteMs = 60 * secondMs;
export const hourMs = 60 * minuteMs;
export const dayMs = 24 * hourMs;

/**
 * An invitation whose time has passed (after sleep, a lock, a restart) comes this long after now:
 * one invitation, once the person has had a moment to settle, never a catch-up burst.
 */
export const overdueGraceMs = 3 * minuteMs;

/** The first pause of an active window waits this long after it opens, not on the stroke of the hour. */
export const windowStartOffsetMs = 5 * minuteMs;

/**
 * A remembered time further ahead than this can only come from a clock that was set back since
 * (the longest snooze, rest of today, is under a day): it is treated as now, so a clock reset
 * cannot silence the scheduler for the length of the reset.
 */
export const clockResetToleranceMs = 2 * dayMs;

/** A timer may wake a hair before the wall clock agrees (clock slewing); that still counts as on time. */
export const dueToleranceMs = secondMs;

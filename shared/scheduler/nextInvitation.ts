import type { Settings } from '../settings/settings';
import { activeWindowAt, nextActiveWindow } from './activeWindow';
import { backOffFactor } from './backOff';
import type { SchedulerMemory, SchedulerStatus } from './schedulerTypes';
import { clockResetToleranceMs, dueToleranceMs, minuteMs, overdueGraceMs, windowStartOffsetMs } from './schedulerTiming';

export interface PlanInput {
  settings: Settings;
  memory: SchedulerMemory;
  /** Wall clock, epoch ms. */
  now: number;
  timeZone: string;
  /**
   * A draw in [0, 1) made once per invitation and passed again on every recompute, so
   * re-planning (on unlock, a settings change…) never moves the invitation by re-rolling jitter.
   */
  jitterDraw: number;
}

export interface InvitationPlan {
  /** When to invite, always in the future; null when no day is active. */
  at: number | null;
  /** The invitation's time has come, inside active hours, with no snooze in force: invite now. */
  due: boolean;
  status: SchedulerStatus;
  /**
   * When the status next changes on its own: the invitation, or before it the end of
   * today's active hours or of a snooze, so the tray never shows a stale state.
   */
  wakeAt: number | null;
}

/** Whole seconds, within ± jitterMinutes (a draw of 0.5 is no jitter). */
export function jitterMs(jitterMinutes: number, jitterDraw: number): number {
  return Math.round((2 * jitterDraw - 1) * jitterMinutes * 60) * 1000;
}

function notFarAhead(time: number | null, now: number): number | null {
  if (time === null) return null;
  return time - now > clockResetToleranceMs ? now : time;
}

/** The earliest moment the rules allow: one (backed-off) interval after the last invitation, the quiet after activity, the snooze. */
function earliestAllowed({ settings, memory, now, jitterDraw }: PlanInput) {
  const factor = backOffFactor(settings, memory);
  const jitter = jitterMs(settings.jitterMinutes, jitterDraw);
  const lastInvitation = notFarAhead(memory.lastInvitationAt, now);
  const lastActivity = notFarAhead(memory.lastActivityAt, now);
  const snoozeEnd = notFarAhead(memory.snoozedUntil, now);
  const snoozedUntil = snoozeEnd !== null && snoozeEnd > now ? snoozeEnd : null;
  let target = lastInvitation === null ? -Infinity : lastInvitation + settings.pauseIntervalMinutes * minuteMs * factor + jitter;
  if (lastActivity !== null) target = Math.max(target, lastActivity + settings.quietAfterActivityMinutes * minuteMs);
  if (snoozedUntil !== null) target = Math.max(target, snoozedUntil);
  return { target, snoozedUntil, factor, jitter };
}

/** Moves a moment outside active hours to shortly after the next window opens. */
function placeInActiveHours(wanted: number, jitter: number, input: PlanInput): number | null {
  const window = nextActiveWindow(wanted, input.settings, input.timeZone);
  if (!window) return null;
  if (wanted >= window.start) return wanted;
  // Half the window at most, so a very short window still gets its pause inside it.
  return window.start + Math.min(windowStartOffsetMs + Math.max(0, jitter), (window.end - window.start) / 2);
}

export function planNextInvitation(input: PlanInput): InvitationPlan {
  const { now, settings, timeZone } = input;
  const { target, snoozedUntil, factor, jitter } = earliestAllowed(input);
  const window = activeWindowAt(now, settings, timeZone);
  const activeNow = window !== null;
  const due = target <= now + dueToleranceMs && activeNow && snoozedUntil === null;
  // Missed (asleep, locked, closed): one invitation a short grace from now, never a catch-up burst.
  const at = placeInActiveHours(target < now ? now + overdueGraceMs : target, jitter, input);
  const wakeAt = at === null ? null : Math.min(at, window?.end ?? Infinity, snoozedUntil ?? Infinity);
  return { at, due, status: statusOf(at, snoozedUntil, activeNow, factor), wakeAt };
}

function statusOf(at: number | null, snoozedUntil: number | null, activeNow: boolean, factor: number): SchedulerStatus {
  if (at === null) return { kind: 'outside-active-hours', nextAt: null };
  if (snoozedUntil !== null) return { kind: 'snoozed', until: snoozedUntil, nextAt: at };
  if (!activeNow) return { kind: 'outside-active-hours', nextAt: at };
  return { kind: 'waiting', nextAt: at, backedOff: factor > 1 };
}

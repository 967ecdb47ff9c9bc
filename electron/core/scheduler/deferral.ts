// When an invitation is due but the moment is wrong: how to tell, and how long to hold it back.
import { hourMs, minuteMs, secondMs } from '../../../shared/scheduler/schedulerTiming';
import type { DeferReason } from '../../../shared/scheduler/schedulerTypes';
import type { AttentionSignals } from '../desktopPorts';

/** No input for this long means the person has stepped away. */
export const awayIdleSeconds = 5 * 60;
/** Input within this long means they are mid-sentence: wait for a lull (Iqbal & Bailey, 2008). */
export const typingIdleSeconds = 3;
export const lullCheckMs = 2 * secondMs;
/** 90 checks of 2 s: after three minutes without a lull, invite anyway rather than never. */
export const lullChecks = 90;
/** Re-checks while away grow, so a long absence costs a handful of wake-ups, not one a minute. */
export const awayRecheckMs = [5 * minuteMs, 10 * minuteMs, 20 * minuteMs] as const;
/** A meeting, a film, a presentation: look again in a quarter of an hour. */
export const doNotDisturbRecheckMs = 15 * minuteMs;
/** Unlock re-plans at once; this only guards against an unlock event that never arrives. */
export const lockedSafetyRecheckMs = hourMs;
/** A desktop query that hangs must not stall the scheduler: no answer counts as "cannot tell". */
export const doNotDisturbAnswerTimeoutMs = 5 * secondMs;

/** A wake-up later than this (by the wall clock) was delayed by sleep or a clock change, not by a busy event loop. */
export const lateWakeToleranceMs = minuteMs;

export interface Deferral {
  reason: DeferReason;
  /** When this invitation was first held back. */
  since: number;
  /** How many times in a row the person was found away. */
  awayChecks: number;
  /** Lull checks left before inviting anyway. */
  lullChecksLeft: number;
}

export function recheckDelayMs(deferral: Deferral): number {
  switch (deferral.reason) {
    case 'locked':
      return lockedSafetyRecheckMs;
    case 'away':
      return awayRecheckMs[Math.min(deferral.awayChecks, awayRecheckMs.length) - 1]!;
    case 'do-not-disturb':
      return doNotDisturbRecheckMs;
    case 'typing':
      return lullCheckMs;
  }
}

/** The next deferral for `reason`, carrying on the count and the start of the one before it. */
export function deferAgain(previous: Deferral | null, reason: DeferReason, now: number): Deferral {
  return {
    reason,
    since: previous?.since ?? now,
    awayChecks: reason === 'away' ? (previous?.reason === 'away' ? previous.awayChecks : 0) + 1 : 0,
    lullChecksLeft: reason === 'typing' ? (previous?.reason === 'typing' ? previous.lullChecksLeft : lullChecks) : 0,
  };
}

/** 'invite', or why to wait. */
export type AttentionVerdict = 'invite' | DeferReason;

/**
 * Asked only when an invitation is due. Cheapest first: do-not-disturb (a desktop query) is
 * read only when nothing local already says wait. Typing is always respected, even with
 * deferWhenBusy off: letting a sentence finish costs seconds and the interruption far more.
 */
export async function checkAttention(
  signals: AttentionSignals,
  deferWhenBusy: boolean,
  readDoNotDisturb: () => Promise<boolean | null>,
): Promise<AttentionVerdict> {
  if (deferWhenBusy) {
    if (signals.isScreenLocked()) return 'locked';
    if (signals.idleSeconds() >= awayIdleSeconds) return 'away';
    if ((await readDoNotDisturb()) === true) return 'do-not-disturb';
  }
  return signals.idleSeconds() < typingIdleSeconds ? 'typing' : 'invite';
}

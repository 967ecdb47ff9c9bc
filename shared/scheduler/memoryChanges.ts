import type { SchedulerMemory } from './schedulerTypes';

/**
 * How the remembered state moves when an invitation goes out: an invitation still
 * awaiting an answer when the next one fires was ignored, and counts toward back-off.
 */
export function afterInvitation(memory: SchedulerMemory, now: number): { change: Partial<SchedulerMemory>; ignoredSince: number | null } {
  const ignoredSince = memory.awaitingResponseSince;
  return {
    ignoredSince,
    change: {
      lastInvitationAt: now,
      awaitingResponseSince: now,
      snoozedUntil: null,
      consecutiveIgnored: memory.consecutiveIgnored + (ignoredSince === null ? 0 : 1),
    },
  };
}

/** A pause taken or an entry written: the quiet stretch starts now and any back-off ends. */
export function afterEngagement(now: number): Partial<SchedulerMemory> {
  return { lastActivityAt: now, consecutiveIgnored: 0, awaitingResponseSince: null };
}

/** Closing or snoozing an invitation answers it without counting as engagement. */
export const afterDismissal: Partial<SchedulerMemory> = { awaitingResponseSince: null };

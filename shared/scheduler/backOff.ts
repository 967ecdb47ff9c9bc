import type { Settings } from '../settings/settings';
import type { SchedulerMemory } from './schedulerTypes';

/** Back-off starts once this many invitations in a row went unanswered. */
export const ignoredBeforeBackOff = 3;
export const maxBackOffFactor = 4;

/**
 * Unanswered invitations in a row, counting the one still on screen: the plan for the next
 * invitation is made while it waits, and if it is answered the runtime plans again anyway.
 */
export function ignoredInARow(memory: SchedulerMemory): number {
  return memory.consecutiveIgnored + (memory.awaitingResponseSince === null ? 0 : 1);
}

/** ×2 at three ignored, ×4 from four on: fewer knocks on a closed door, never silence. */
export function backOffFactor(settings: Pick<Settings, 'backOffWhenIgnored'>, memory: SchedulerMemory): number {
  const ignored = ignoredInARow(memory);
  if (!settings.backOffWhenIgnored || ignored < ignoredBeforeBackOff) return 1;
  return Math.min(maxBackOffFactor, 2 ** (ignored - ignoredBeforeBackOff + 1));
}

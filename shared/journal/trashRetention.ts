import type { JournalEntry } from './entry';

/** An entry stays in the trash this long, then it is removed for good. */
export const trashRetentionDays = 30;

const dayMs = 24 * 60 * 60 * 1000;

/**
 * When a trashed entry is removed for good (ms since the epoch), or null for a live entry.
 * Thirty days of elapsed time, not calendar days, so a clock change never shortens the wait.
 */
export function purgeTime(entry: Pick<JournalEntry, 'deletedAt'>): number | null {
  return entry.deletedAt === null ? null : Date.parse(entry.deletedAt) + trashRetentionDays * dayMs;
}

/** `now` in ms since the epoch (Clock.now()). */
export function isDueForPurge(entry: Pick<JournalEntry, 'deletedAt'>, now: number): boolean {
  const due = purgeTime(entry);
  return due !== null && now >= due;
}

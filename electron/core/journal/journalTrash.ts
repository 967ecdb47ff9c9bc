import { compareNewestFirst, type JournalEntry } from '../../../shared/journal/entry';
import { isDueForPurge } from '../../../shared/journal/trashRetention';
import { PresenceError } from '../../../shared/ipc/result';
import type { StoreContext } from '../store/storeContext';
import { changeEntry, type JournalMonths } from './journalMonths';

/** Deleting is undoable: an entry waits in the trash, then is removed for good after the retention period. */
export interface JournalTrash {
  moveToTrash(id: string): Promise<{ id: string; deletedAt: string }>;
  restore(id: string): Promise<JournalEntry>;
  /** The trash, most recently deleted first. */
  trashed(): JournalEntry[];
  /** Only for an entry already in the trash, so nothing is ever lost in one step. */
  deleteForever(id: string): Promise<void>;
  /** Removes what has been in the trash too long; returns how many entries went. */
  purgeExpired(): Promise<number>;
}

const isTrashed = (entry: JournalEntry) => entry.deletedAt !== null;

/** A trashed entry is as good as gone for the timeline: reading, editing and trashing it again all say so. */
export const notInTimeline = () =>
  new PresenceError('not_found', 'That entry no longer exists. It may have been deleted in another window.');
const notInTrash = () =>
  new PresenceError('not_found', 'That entry is no longer in the trash. It may have been restored or removed for good in another window.');

/** Most recently deleted first; entries deleted at the same moment keep timeline order. */
function compareRecentlyDeletedFirst(a: JournalEntry, b: JournalEntry): number {
  if (a.deletedAt !== b.deletedAt) return a.deletedAt! < b.deletedAt! ? 1 : -1;
  return compareNewestFirst(a, b);
}

export function createJournalTrash(months: JournalMonths, context: StoreContext): JournalTrash {
  const { clock, log } = context;

  async function moveToTrash(id: string): Promise<{ id: string; deletedAt: string }> {
    const deletedAt = new Date(clock.now()).toISOString();
    // updatedAt stays: being trashed is not an edit, and a restored entry should read as it did.
    await changeEntry(months, id, notInTimeline, (entry) => {
      if (isTrashed(entry)) throw notInTimeline();
      return { ...entry, deletedAt };
    });
    return { id, deletedAt };
  }

  function restore(id: string): Promise<JournalEntry> {
    return changeEntry(months, id, notInTrash, (entry) => {
      if (!isTrashed(entry)) throw notInTrash();
      return { ...entry, deletedAt: null };
    });
  }

  function trashed(): JournalEntry[] {
    return months
      .newestFirst()
      .flatMap((month) => month.data.entries.filter(isTrashed))
      .sort(compareRecentlyDeletedFirst);
  }

  async function deleteForever(id: string): Promise<void> {
    const found = months.find(id);
    if (!found) throw notInTrash();
    await found.month.update((draft) => {
      const entry = draft.entries.find((candidate) => candidate.id === id);
      if (!entry) throw notInTrash();
      // Well-formed but not allowed in this state (the entry was restored meanwhile, or never trashed): a conflict.
      if (!isTrashed(entry)) {
        throw new PresenceError(
          'conflict',
          'Only an entry in the trash can be deleted for good, and this one is in your journal. Nothing was changed.',
        );
      }
      draft.entries = draft.entries.filter((candidate) => candidate.id !== id);
    });
  }

  async function purgeExpired(): Promise<number> {
    const now = clock.now();
    let purged = 0;
    for (const month of months.newestFirst()) {
      const isDue = (entry: JournalEntry) => isDueForPurge(entry, now);
      // Only a month that changes is rewritten; a read-only one is left exactly as it is.
      if (!month.data.entries.some(isDue) || month.readOnlyReason !== null) continue;
      try {
        let removed = 0;
        await month.update((draft) => {
          const kept = draft.entries.filter((entry) => !isDue(entry));
          removed = draft.entries.length - kept.length;
          draft.entries = kept;
        });
        purged += removed;
      } catch (error) {
        // The entries stay in the trash and the next purge tries again; the journal itself still works.
        log.warn(`could not empty old entries from the trash: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return purged;
  }

  return { moveToTrash, restore, trashed, deleteForever, purgeExpired };
}

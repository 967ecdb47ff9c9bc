import type { JournalEntry } from '../../../shared/journal/entry';
import type { ImportPlan } from '../../../shared/journal/journalImport';
import { PresenceError } from '../../../shared/ipc/result';
import { monthFileNameFor } from './journalMonthDocument';
import type { JournalMonths, MonthDocument } from './journalMonths';

/** The whole journal at once, for export and import. */
export interface JournalMerge {
  /** Every entry, the trash included, in no particular order. */
  allEntries(): JournalEntry[];
  /**
   * Writes an import plan (shared/journal/journalImport.ts) month by month: only months that
   * change are rewritten, each once. Calls `onMonthWritten` after each, so a caller can tell
   * windows about a partial import if a later month fails.
   */
  applyImport(plan: Pick<ImportPlan, 'toAdd' | 'toUpdate'>, onMonthWritten?: () => void): Promise<void>;
}

interface MonthChanges {
  upsert: JournalEntry[];
  /** Ids that move to another month because the file gives them another creation time. */
  removeIds: string[];
}

export function createJournalMerge(months: JournalMonths): JournalMerge {
  function allEntries(): JournalEntry[] {
    return months.newestFirst().flatMap((month) => month.data.entries);
  }

  async function applyImport(plan: Pick<ImportPlan, 'toAdd' | 'toUpdate'>, onMonthWritten = () => {}): Promise<void> {
    const changes = new Map<MonthDocument, MonthChanges>();
    const changesOf = (month: MonthDocument) => {
      let found = changes.get(month);
      if (!found) changes.set(month, (found = { upsert: [], removeIds: [] }));
      return found;
    };
    for (const entry of [...plan.toAdd, ...plan.toUpdate]) {
      const target = await months.monthNamed(monthFileNameFor(entry.createdAt));
      changesOf(target).upsert.push(entry);
      const current = months.find(entry.id);
      if (current && current.month !== target) changesOf(current.month).removeIds.push(entry.id);
    }

    // Checked before anything is written, so a read-only month stops the import while nothing has changed.
    for (const month of changes.keys()) {
      if (month.readOnlyReason !== null) throw new PresenceError('data_unavailable', `${month.readOnlyReason} Nothing was imported.`);
    }
    // Months that gain entries go first: if a write fails, an entry moving between months is
    // at worst in both, never in neither.
    const ordered = [...changes].sort(([, a], [, b]) => Number(a.upsert.length === 0) - Number(b.upsert.length === 0));
    for (const [month, { upsert, removeIds }] of ordered) {
      await month.update((draft) => {
        draft.entries = draft.entries.filter((entry) => !removeIds.includes(entry.id));
        for (const incoming of upsert) upsertInto(draft.entries, incoming);
      });
      onMonthWritten();
    }
  }

  return { allEntries, applyImport };
}

/**
 * Applies one planned entry to the month as it is now. The plan was made a moment earlier:
 * if the entry was edited or trashed since, the person's later change wins, as planImport's rules say.
 */
function upsertInto(entries: JournalEntry[], incoming: JournalEntry): void {
  const index = entries.findIndex((entry) => entry.id === incoming.id);
  if (index === -1) {
    entries.push(incoming);
    return;
  }
  const current = entries[index]!;
  if (current.updatedAt >= incoming.updatedAt) return;
  entries[index] = { ...incoming, deletedAt: current.deletedAt };
}

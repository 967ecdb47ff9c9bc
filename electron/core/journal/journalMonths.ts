import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { JournalEntry } from '../../../shared/journal/entry';
import { openStoredDocument, type StoredDocument } from '../store/storedDocument';
import type { StoreContext } from '../store/storeContext';
import { isMonthFileName, journalMonthDocument, type JournalMonth } from './journalMonthDocument';

export const journalFolderName = 'journal';

export type MonthDocument = StoredDocument<JournalMonth>;

/** Every month file of the journal, opened once; the timeline and the trash both work on these. */
export interface JournalMonths {
  /** Newest month first, so the timeline can stop reading as soon as a page is full. */
  newestFirst(): MonthDocument[];
  /** The month's file, created on first use. */
  monthNamed(fileName: string): Promise<MonthDocument>;
  /** Where an entry lives, trashed or not; null when no month holds it. */
  find(id: string): { month: MonthDocument; entry: JournalEntry } | null;
}

/**
 * Changes one entry inside its month's own write, so the check and the change
 * see the same data even when two calls race. `change` may throw to refuse.
 */
export async function changeEntry(
  months: JournalMonths,
  id: string,
  missing: () => Error,
  change: (entry: JournalEntry) => JournalEntry,
): Promise<JournalEntry> {
  const found = months.find(id);
  if (!found) throw missing();
  // Assigned inside the write, which has finished (or thrown) by the time it is returned.
  let changed!: JournalEntry;
  await found.month.update((draft) => {
    const index = draft.entries.findIndex((candidate) => candidate.id === id);
    if (index === -1) throw missing();
    changed = change(draft.entries[index]!);
    draft.entries[index] = changed;
  });
  return changed;
}

/** Opens (and so checks, migrates or repairs) every month file at start-up. */
export async function openJournalMonths(context: StoreContext): Promise<JournalMonths> {
  const folder = path.join(context.dataDir, journalFolderName);
  await mkdir(folder, { recursive: true });
  const months = new Map<string, MonthDocument>();
  const open = (name: string) => openStoredDocument(journalMonthDocument, path.join(journalFolderName, name), context);
  for (const name of (await readdir(folder)).filter(isMonthFileName).sort()) {
    months.set(name, await open(name));
  }

  return {
    newestFirst: () =>
      [...months.keys()]
        .sort()
        .reverse()
        .map((name) => months.get(name)!),
    async monthNamed(name) {
      let month = months.get(name);
      if (!month) {
        month = await open(name);
        months.set(name, month);
      }
      return month;
    },
    find(id) {
      for (const month of months.values()) {
        const entry = month.data.entries.find((candidate) => candidate.id === id);
        if (entry) return { month, entry };
      }
      return null;
    },
  };
}

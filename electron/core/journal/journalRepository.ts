import { randomUUID } from 'node:crypto';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import {
  compareNewestFirst,
  type JournalEntry,
  type JournalPage,
} from '../../../shared/journal/entry';
import { PresenceError } from '../../../shared/ipc/result';
import { openStoredDocument, type StoredDocument } from '../store/storedDocument';
import type { StoreContext } from '../store/storeContext';
import { isMonthFileName, journalMonthDocument, monthFileNameFor, type JournalMonth } from './journalMonthDocument';

export const journalFolderName = 'journal';

/** Everything about an entry except what the repository assigns: id and times. */
export type EntryDraft = Omit<JournalEntry, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>;

/** A free entry: words only, none of the structured parts of a pause or a reset. */
export function freeEntryDraft(input: { title: string; text: string }): EntryDraft {
  return { kind: 'free', title: input.title, text: input.text, feeling: null, prompt: null, shift: null, reset: null, tags: [], values: [] };
}

export interface JournalRepository {
  page(limit: number, after: string | null): JournalPage;
  get(id: string): JournalEntry;
  create(draft: EntryDraft): Promise<JournalEntry>;
  update(changes: { id: string; title: string; text: string }): Promise<JournalEntry>;
  remove(id: string): Promise<void>;
}

function cursorOf(entry: JournalEntry): string {
  return `${entry.createdAt}|${entry.id}`;
}

/**
 * The journal, one file per month, so saving an entry rewrites one month and
 * never the whole history. Every month is opened (and checked) at start-up.
 */
export async function openJournalRepository(context: StoreContext): Promise<JournalRepository> {
  const folder = path.join(context.dataDir, journalFolderName);
  await mkdir(folder, { recursive: true });
  const months = new Map<string, StoredDocument<JournalMonth>>();
  for (const name of (await readdir(folder)).filter(isMonthFileName).sort()) {
    months.set(name, await openStoredDocument(journalMonthDocument, path.join(journalFolderName, name), context));
  }

  async function monthFor(name: string): Promise<StoredDocument<JournalMonth>> {
    let month = months.get(name);
    if (!month) {
      month = await openStoredDocument(journalMonthDocument, path.join(journalFolderName, name), context);
      months.set(name, month);
    }
    return month;
  }

  function locate(id: string): { month: StoredDocument<JournalMonth>; entry: JournalEntry } {
    for (const month of months.values()) {
      const entry = month.data.entries.find((candidate) => candidate.id === id);
      if (entry) return { month, entry };
    }
    throw new PresenceError('not_found', 'That entry no longer exists. It may have been deleted in another window.');
  }

  function page(limit: number, after: string | null): JournalPage {
    const entries: JournalEntry[] = [];
    const newestMonthsFirst = [...months.keys()].sort().reverse();
    for (const name of newestMonthsFirst) {
      const sorted = [...months.get(name)!.data.entries].sort(compareNewestFirst);
      for (const entry of sorted) {
        if (after !== null && cursorOf(entry) >= after) continue;
        entries.push(entry);
        if (entries.length > limit) break;
      }
      if (entries.length > limit) break;
    }
    const hasMore = entries.length > limit;
    const pageEntries = entries.slice(0, limit);
    return { entries: pageEntries, nextCursor: hasMore ? cursorOf(pageEntries[pageEntries.length - 1]!) : null };
  }

  async function create(draft: EntryDraft): Promise<JournalEntry> {
    const now = new Date(context.clock.now()).toISOString();
    const entry: JournalEntry = { ...draft, id: randomUUID(), createdAt: now, updatedAt: now, deletedAt: null };
    const month = await monthFor(monthFileNameFor(entry.createdAt));
    await month.update((draft) => {
      draft.entries.push(entry);
    });
    return entry;
  }

  async function update(changes: { id: string; title: string; text: string }): Promise<JournalEntry> {
    const { month, entry } = locate(changes.id);
    const updated: JournalEntry = {
      ...entry,
      title: changes.title,
      text: changes.text,
      updatedAt: new Date(context.clock.now()).toISOString(),
    };
    await month.update((draft) => {
      const index = draft.entries.findIndex((candidate) => candidate.id === changes.id);
      draft.entries[index] = updated;
    });
    return updated;
  }

  async function remove(id: string): Promise<void> {
    const { month } = locate(id);
    await month.update((draft) => {
      draft.entries = draft.entries.filter((candidate) => candidate.id !== id);
    });
  }

  return { page, get: (id) => locate(id).entry, create, update, remove };
}

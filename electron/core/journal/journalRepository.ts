import { randomUUID } from 'node:crypto';
import { promptById } from '../../../shared/content/prompts';
import { PresenceError } from '../../../shared/ipc/result';
import { compareNewestFirst, type EntryChanges, type Feeling, type JournalEntry, type JournalPage } from '../../../shared/journal/entry';
import type { StoreContext } from '../store/storeContext';
import { createJournalMerge, type JournalMerge } from './journalMerge';
import { monthFileNameFor } from './journalMonthDocument';
import { changeEntry, openJournalMonths } from './journalMonths';
import { createJournalTrash, notInTimeline, type JournalTrash } from './journalTrash';

/** Everything about an entry except what the repository assigns: id and times. */
export type EntryDraft = Omit<JournalEntry, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>;

/** A free entry: words, and perhaps a feeling, but none of the other structured parts of a pause or a reset. */
export function freeEntryDraft(input: {
  title: string;
  text: string;
  tags?: string[];
  values?: string[];
  feeling?: Feeling | null;
  /** A journal question the entry was written from; refused unless it is one Presence knows. */
  promptId?: string;
}): EntryDraft {
  const { title, text, tags = [], values = [], feeling = null, promptId } = input;
  let prompt: EntryDraft['prompt'] = null;
  if (promptId !== undefined) {
    const known = promptById(promptId);
    if (!known || known.surface !== 'journal') {
      throw new PresenceError('invalid_input', 'That question is not one Presence knows, so the entry was not saved.');
    }
    prompt = { id: known.id, text: known.text };
  }
  return { kind: 'free', title, text, feeling, prompt, shift: null, reset: null, tags, values };
}

/** The timeline (entries not in the trash) and the trash. */
export interface JournalRepository extends JournalTrash, JournalMerge {
  page(limit: number, after: string | null): JournalPage;
  get(id: string): JournalEntry;
  create(draft: EntryDraft): Promise<JournalEntry>;
  /** Tags, values and the feeling left undefined keep what the entry has. */
  update(changes: EntryChanges): Promise<JournalEntry>;
}

function cursorOf(entry: JournalEntry): string {
  return `${entry.createdAt}|${entry.id}`;
}

const isInTimeline = (entry: JournalEntry) => entry.deletedAt === null;

/**
 * The journal, one file per month, so saving an entry rewrites one month and
 * never the whole history. Every month is opened (and checked) at start-up.
 */
export async function openJournalRepository(context: StoreContext): Promise<JournalRepository> {
  const months = await openJournalMonths(context);
  const nowIso = () => new Date(context.clock.now()).toISOString();

  function page(limit: number, after: string | null): JournalPage {
    const entries: JournalEntry[] = [];
    for (const month of months.newestFirst()) {
      const sorted = month.data.entries.filter(isInTimeline).sort(compareNewestFirst);
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

  function get(id: string): JournalEntry {
    const found = months.find(id);
    if (!found || !isInTimeline(found.entry)) throw notInTimeline();
    return found.entry;
  }

  async function create(draft: EntryDraft): Promise<JournalEntry> {
    const now = nowIso();
    const entry: JournalEntry = { ...draft, id: randomUUID(), createdAt: now, updatedAt: now, deletedAt: null };
    const month = await months.monthNamed(monthFileNameFor(entry.createdAt));
    await month.update((draft) => {
      draft.entries.push(entry);
    });
    return entry;
  }

  function update(changes: EntryChanges): Promise<JournalEntry> {
    return changeEntry(months, changes.id, notInTimeline, (entry) => {
      if (!isInTimeline(entry)) throw notInTimeline();
      const { title, text, tags = entry.tags, values = entry.values, feeling = entry.feeling } = changes;
      return { ...entry, title, text, tags, values, feeling, updatedAt: nowIso() };
    });
  }

  return { page, get, create, update, ...createJournalTrash(months, context), ...createJournalMerge(months) };
}

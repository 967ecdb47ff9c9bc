import { compareNewestFirst, type JournalEntry, type JournalPage } from '../../shared/journal/entry';

export interface JournalState {
  /** Newest first, as the backend pages them. */
  entries: readonly JournalEntry[];
  /** Where the next older page starts; null when everything is loaded. */
  nextCursor: string | null;
  phase: 'loading' | 'ready' | 'failed';
  /** Why the first page could not be loaded, in plain words. */
  problem: string | null;
}

export type JournalAction =
  | { type: 'loadStarted' }
  | { type: 'loadFailed'; problem: string }
  | { type: 'firstPageLoaded'; page: JournalPage }
  | { type: 'olderPageLoaded'; page: JournalPage }
  | { type: 'entryCreated'; entry: JournalEntry }
  | { type: 'entryUpdated'; entry: JournalEntry }
  | { type: 'entryMovedToTrash'; id: string }
  | { type: 'entryRestored'; entry: JournalEntry };

export const initialJournalState: JournalState = { entries: [], nextCursor: null, phase: 'loading', problem: null };

function withoutDuplicates(entries: readonly JournalEntry[]): JournalEntry[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    if (seen.has(entry.id)) return false;
    seen.add(entry.id);
    return true;
  });
}

/**
 * A restored entry goes back where it was written. One older than everything
 * loaded so far waits for "Show older entries", so paging never skips or repeats it.
 */
function belongsInLoadedRange(state: JournalState, entry: JournalEntry): boolean {
  if (state.nextCursor === null) return true;
  const oldestLoaded = state.entries[state.entries.length - 1];
  return oldestLoaded !== undefined && compareNewestFirst(entry, oldestLoaded) < 0;
}

export function journalReducer(state: JournalState, action: JournalAction): JournalState {
  switch (action.type) {
    case 'loadStarted':
      return { ...state, phase: 'loading', problem: null };
    case 'loadFailed':
      return { ...state, phase: 'failed', problem: action.problem };
    case 'firstPageLoaded':
      return { entries: action.page.entries, nextCursor: action.page.nextCursor, phase: 'ready', problem: null };
    case 'olderPageLoaded':
      return {
        ...state,
        entries: withoutDuplicates([...state.entries, ...action.page.entries]),
        nextCursor: action.page.nextCursor,
      };
    case 'entryCreated':
      // A new entry is the newest one there is.
      return { ...state, entries: withoutDuplicates([action.entry, ...state.entries]) };
    case 'entryUpdated':
      return {
        ...state,
        entries: state.entries.map((entry) => (entry.id === action.entry.id ? action.entry : entry)),
      };
    case 'entryMovedToTrash':
      return { ...state, entries: state.entries.filter((entry) => entry.id !== action.id) };
    case 'entryRestored':
      return belongsInLoadedRange(state, action.entry)
        ? { ...state, entries: withoutDuplicates([...state.entries, action.entry]).sort(compareNewestFirst) }
        : state;
  }
}

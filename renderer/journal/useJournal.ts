import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { Feeling, JournalEntry } from '../../shared/journal/entry';
import type { Result } from '../../shared/ipc/result';
import { describeFailure } from '../ipc/describeFailure';
import { presence } from '../presenceApi';
import { initialJournalState, journalReducer, type JournalState } from './journalState';

const pageSize = 50;

export interface EntryDraft {
  title: string;
  text: string;
  tags: string[];
  values: string[];
  /** The check-in, or null for none; left undefined (an entry that is not free) it stays as it is. */
  feeling?: Feeling | null;
  /** The journal question a new entry was written from, if any. */
  promptId?: string;
}

export interface Journal extends JournalState {
  reload(): void;
  loadOlder(): Promise<Result<readonly JournalEntry[]>>;
  create(draft: EntryDraft): Promise<Result<JournalEntry>>;
  update(id: string, draft: EntryDraft): Promise<Result<JournalEntry>>;
  /** Deleting is undoable: the entry goes to the trash, and `restore` brings it back to its place. */
  moveToTrash(id: string): Promise<Result<{ id: string; deletedAt: string }>>;
  restore(id: string): Promise<Result<JournalEntry>>;
}

/** The journal's entries as loaded so far, and the calls that change them. */
export function useJournal(): Journal {
  const [state, dispatch] = useReducer(journalReducer, initialJournalState);

  const loadFirstPage = useCallback((isCurrent: () => boolean) => {
    dispatch({ type: 'loadStarted' });
    void presence()
      .listEntries({ limit: pageSize, after: null })
      .then((result) => {
        if (!isCurrent()) return;
        if (result.ok) dispatch({ type: 'firstPageLoaded', page: result.value });
        else dispatch({ type: 'loadFailed', problem: describeFailure(result.error) });
      });
  }, []);

  useEffect(() => {
    let current = true;
    loadFirstPage(() => current);
    return () => {
      current = false;
    };
  }, [loadFirstPage]);

  // A pause or reset saved in its own window (or a change in another journal window)
  // shows up here at once: reload as many entries as are on screen, quietly.
  const loadedCount = useRef(0);
  useEffect(() => {
    loadedCount.current = state.entries.length;
  }, [state.entries.length]);
  useEffect(
    () =>
      presence().onEvent((event) => {
        if (event.type !== 'journal-changed') return;
        const limit = Math.min(500, Math.max(pageSize, loadedCount.current));
        void presence()
          .listEntries({ limit, after: null })
          .then((result) => {
            if (result.ok) dispatch({ type: 'firstPageLoaded', page: result.value });
          });
      }),
    [],
  );

  async function loadOlder(): Promise<Result<readonly JournalEntry[]>> {
    const result = await presence().listEntries({ limit: pageSize, after: state.nextCursor });
    if (!result.ok) return result;
    dispatch({ type: 'olderPageLoaded', page: result.value });
    return { ok: true, value: result.value.entries };
  }

  async function create(draft: EntryDraft): Promise<Result<JournalEntry>> {
    const result = await presence().createEntry(draft);
    if (result.ok) dispatch({ type: 'entryCreated', entry: result.value });
    return result;
  }

  async function update(id: string, draft: EntryDraft): Promise<Result<JournalEntry>> {
    const result = await presence().updateEntry({ id, ...draft });
    if (result.ok) dispatch({ type: 'entryUpdated', entry: result.value });
    return result;
  }

  async function moveToTrash(id: string): Promise<Result<{ id: string; deletedAt: string }>> {
    const result = await presence().deleteEntry({ id });
    if (result.ok) dispatch({ type: 'entryMovedToTrash', id });
    return result;
  }

  async function restore(id: string): Promise<Result<JournalEntry>> {
    const result = await presence().restoreEntry({ id });
    if (result.ok) dispatch({ type: 'entryRestored', entry: result.value });
    return result;
  }

  return { ...state, reload: () => loadFirstPage(() => true), loadOlder, create, update, moveToTrash, restore };
}

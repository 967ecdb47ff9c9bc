import { useCallback, useEffect, useState } from 'react';
import type { JournalEntry } from '../../../shared/journal/entry';
import type { Result } from '../../../shared/ipc/result';
import { describeFailure } from '../../ipc/describeFailure';
import { presence } from '../../presenceApi';

export type TrashState =
  | { phase: 'loading'; entries: readonly JournalEntry[] }
  | { phase: 'ready'; entries: readonly JournalEntry[] }
  | { phase: 'failed'; entries: readonly JournalEntry[]; problem: string };

export interface Trash {
  state: TrashState;
  reload(): void;
  restore(id: string): Promise<Result<JournalEntry>>;
  deleteForever(id: string): Promise<Result<{ id: string }>>;
}

/** The entries in the trash, most recently deleted first, kept current with changes made in any window. */
export function useTrash(): Trash {
  const [state, setState] = useState<TrashState>({ phase: 'loading', entries: [] });

  const load = useCallback((isCurrent: () => boolean) => {
    void presence()
      .listTrash()
      .then((result) => {
        if (!isCurrent()) return;
        setState((previous) =>
          result.ok
            ? { phase: 'ready', entries: result.value.entries }
            : { phase: 'failed', entries: previous.entries, problem: describeFailure(result.error) },
        );
      });
  }, []);

  useEffect(() => {
    let current = true;
    load(() => current);
    // A delete in the journal (or a restore in another window) shows up here at once.
    const stopListening = presence().onEvent((event) => {
      if (event.type === 'journal-changed') load(() => current);
    });
    return () => {
      current = false;
      stopListening();
    };
  }, [load]);

  const without = (id: string) =>
    setState((previous) => ({ ...previous, entries: previous.entries.filter((entry) => entry.id !== id) }));

  async function restore(id: string): Promise<Result<JournalEntry>> {
    const result = await presence().restoreEntry({ id });
    if (result.ok) without(id);
    return result;
  }

  async function deleteForever(id: string): Promise<Result<{ id: string }>> {
    const result = await presence().deleteForever({ id });
    if (result.ok) without(id);
    return result;
  }

  function reload(): void {
    setState((previous) => ({ phase: 'loading', entries: previous.entries }));
    load(() => true);
  }

  return { state, reload, restore, deleteForever };
}

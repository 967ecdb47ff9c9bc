import { useCallback, useEffect, useRef, useState } from 'react';
import type { Draft, DraftKey } from '../../shared/drafts/draft';
import { presence } from '../presenceApi';
import { createDraftAutosaver, type DraftAutosaver, type DraftFields, type DraftSaveState } from './draftAutosaver';

export type { DraftFields, DraftSaveStatus } from './draftAutosaver';

export interface AutosavedDraft extends DraftSaveState {
  /** The draft kept for this key from an earlier session (e.g. before a crash), once it has been read; null if none. */
  restored: Draft | null;
  /** Saves now: call it on the editor's blur, and before closing it on purpose. */
  flush: () => Promise<void>;
  /** Throws the draft away, e.g. once the entry is saved or the person chooses to start again. */
  discard: () => Promise<void>;
}

/**
 * Keeps an editor's words safe while they are typed: saved about 600 ms after the
 * last change, at once on `flush()` (the editor's blur), and when the page is
 * hidden or goes away (pagehide, visibilitychange → hidden), so closing the window,
 * quitting from the tray or a crash loses at most a moment of typing.
 *
 * `fields` is what the editor holds now; the fields it first renders with are
 * taken as a starting point, not a change. When the editor takes up `restored`,
 * that is not saved again either, so the draft keeps the time it was written.
 * Changing `key` saves what is pending under the old key first.
 */
export function useAutosavedDraft(key: DraftKey, fields: DraftFields): AutosavedDraft {
  const [state, setState] = useState<DraftSaveState>({ status: 'saved', problem: null });
  // Tagged with its key, so a draft read for the previous editor is never offered to this one.
  const [restoredFor, setRestoredFor] = useState<{ key: DraftKey; draft: Draft | null } | null>(null);
  const autosaver = useRef<DraftAutosaver | null>(null);

  useEffect(() => {
    const current = autosaver.current;
    if (current !== null && current.key === key) {
      current.change(fields);
      return;
    }
    current?.dispose();
    const next = createDraftAutosaver({
      key,
      initial: fields,
      api: presence(),
      onState: setState,
      page: { window, document },
    });
    autosaver.current = next;
    void presence()
      .getDraft({ key })
      .then((result) => {
        if (autosaver.current !== next) return;
        const draft = result.ok ? result.value : null;
        if (draft) next.adopt(draft);
        setRestoredFor({ key, draft });
      });
  }, [key, fields]);

  // Unmounting (the editor closed) saves what is pending.
  useEffect(
    () => () => {
      autosaver.current?.dispose();
      autosaver.current = null;
    },
    [],
  );

  const flush = useCallback(() => autosaver.current?.flush() ?? Promise.resolve(), []);
  const discard = useCallback(async () => {
    const current = autosaver.current;
    if (!current) return;
    setRestoredFor({ key: current.key, draft: null });
    await current.discard();
  }, []);

  return { ...state, restored: restoredFor?.key === key ? restoredFor.draft : null, flush, discard };
}

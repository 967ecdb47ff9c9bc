import type { DraftKey } from '../../shared/drafts/draft';
import type { PresenceApi } from '../../shared/ipc/bridge';
import type { IpcError } from '../../shared/ipc/result';
import { describeFailure } from '../ipc/describeFailure';

/** What an editor holds that is worth keeping. */
export interface DraftFields {
  title: string;
  text: string;
  templateId: string | null;
  answers: Record<string, string>;
}

/**
 * - saved: everything typed is on disk (or nothing has been typed yet);
 * - unsaved: typed since the last save, which will follow shortly;
 * - saving: a save is on its way;
 * - failed: the newest words could not be kept; they are still in the editor, and the next change or flush tries again.
 */
export type DraftSaveStatus = 'saved' | 'saving' | 'unsaved' | 'failed';

export interface DraftSaveState {
  status: DraftSaveStatus;
  /** Why the last save failed, in words for the person; null unless `status` is 'failed'. */
  problem: string | null;
}

/** Long enough not to write on every keystroke, short enough that a crash loses at most a moment of typing. */
export const autosaveDelayMs = 600;

/** The page events after which there may be no chance to save: the window closing, or being hidden. */
export interface PageLifecycle {
  window: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  document: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> & { readonly visibilityState: DocumentVisibilityState };
}

export interface DraftAutosaverOptions {
  key: DraftKey;
  /** What the editor opened with: not a change, so it is not saved. */
  initial: DraftFields;
  api: Pick<PresenceApi, 'saveDraft' | 'discardDraft'>;
  onState: (state: DraftSaveState) => void;
  delayMs?: number;
  page?: PageLifecycle;
}

export interface DraftAutosaver {
  readonly key: DraftKey;
  /** The editor's fields now; saved `delayMs` after the last change. */
  change(fields: DraftFields): void;
  /** These fields are what the store holds (a restored draft): an editor taking them up is not a change to save. Ignored once typing is under way. */
  adopt(fields: DraftFields): void;
  /** Saves now if anything is unsaved. The call is sent before this returns; the promise settles with the answer. */
  flush(): Promise<void>;
  /** Forgets the draft: nothing waiting is saved, and the stored draft is removed. */
  discard(): Promise<void>;
  /** Saves what is unsaved and stops listening. */
  dispose(): void;
}

/** Equal fields give equal prints, whatever order the answers were typed in. */
function fingerprint(fields: DraftFields): string {
  const answers = Object.entries(fields.answers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([fields.title, fields.text, fields.templateId, answers]);
}

export function createDraftAutosaver(options: DraftAutosaverOptions): DraftAutosaver {
  const { key, api, onState, delayMs = autosaveDelayMs, page } = options;
  let latest = options.initial;
  let latestPrint = fingerprint(latest);
  /** The print of what the store holds, or is about to: the newest fields sent, or a draft adopted from it. */
  let sentPrint = latestPrint;
  /** Whether the editor was changed since then and not yet sent. Only a real change sets it, never a re-render. */
  let pending = false;
  let lastSent = 0;
  let inFlight = 0;
  let problem: string | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let disposed = false;
  let lastState = '';

  function report(): void {
    if (disposed) return;
    const status: DraftSaveStatus =
      problem !== null && inFlight === 0 ? 'failed' : pending ? 'unsaved' : inFlight > 0 ? 'saving' : 'saved';
    const state = { status, problem: status === 'failed' ? problem : null };
    const print = JSON.stringify(state);
    if (print !== lastState) {
      lastState = print;
      onState(state);
    }
  }

  function cancelTimer(): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }

  function answered(sequence: number, error: IpcError | null): void {
    inFlight -= 1;
    // An older save's answer says nothing about the newest words; only the newest one's does.
    if (sequence === lastSent) {
      problem = error ? describeFailure(error) : null;
      // Not kept, so the newest words count as unsaved again: the next change or flush retries.
      if (error) pending = true;
    }
    report();
  }

  function flush(): Promise<void> {
    cancelTimer();
    if (!pending) return Promise.resolve();
    const sequence = ++lastSent;
    sentPrint = latestPrint;
    pending = false;
    inFlight += 1;
    // Called synchronously, so the request leaves the page even when it is closing right now.
    const sending = api.saveDraft({ key, ...latest });
    report();
    return sending.then(
      (result) => answered(sequence, result.ok ? null : result.error),
      (error: unknown) => answered(sequence, { code: 'transport_failed', message: `Presence could not keep this draft (${String(error)}).` }),
    );
  }

  function change(fields: DraftFields): void {
    const print = fingerprint(fields);
    if (print === latestPrint) return;
    latest = fields;
    latestPrint = print;
    pending = print !== sentPrint;
    cancelTimer();
    if (pending) timer = setTimeout(() => void flush(), delayMs);
    report();
  }

  const onPageHide = () => void flush();
  const onVisibilityChange = () => {
    if (page?.document.visibilityState === 'hidden') void flush();
  };
  page?.window.addEventListener('pagehide', onPageHide);
  page?.document.addEventListener('visibilitychange', onVisibilityChange);

  return {
    key,
    change,
    adopt: (fields) => {
      // Typing already under way wins: it is newer than anything read back.
      if (pending || inFlight > 0) return;
      sentPrint = fingerprint(fields);
    },
    flush,
    discard: async () => {
      cancelTimer();
      // What the editor holds now is what the person chose to throw away: nothing is left to save.
      sentPrint = latestPrint;
      pending = false;
      problem = null;
      report();
      const result = await api.discardDraft({ key });
      if (!result.ok) {
        problem = describeFailure(result.error);
        report();
      }
    },
    dispose: () => {
      void flush();
      disposed = true;
      cancelTimer();
      page?.window.removeEventListener('pagehide', onPageHide);
      page?.document.removeEventListener('visibilitychange', onVisibilityChange);
    },
  };
}

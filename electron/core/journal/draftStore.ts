import { isBlankDraft, type Draft, type DraftInput, type DraftKey } from '../../../shared/drafts/draft';
import { openStoredDocument, type StoredDocument } from '../store/storedDocument';
import type { StoreContext } from '../store/storeContext';
import { draftsDocument, draftsFile, type DraftsData } from './draftsDocument';

export interface DraftStore {
  /** Resolves once these words (or newer ones for the same key) are durably on disk. */
  save(input: DraftInput): Promise<{ savedAt: string }>;
  get(key: DraftKey): Promise<Draft | null>;
  discard(key: DraftKey): Promise<{ key: DraftKey }>;
  /** Newest first: what the Journal can offer to pick up again after a crash. */
  list(): Promise<Draft[]>;
  /** Settles once every write asked for so far has reached the disk (or failed): quitting waits for it. */
  idle(): Promise<void>;
}

type Change = { kind: 'save'; input: DraftInput } | { kind: 'discard' };

interface Waiter {
  resolve(savedAt: string): void;
  reject(error: unknown): void;
}

/** The newest change waiting for one key, and every caller waiting for it to reach the disk. */
interface Queued {
  change: Change;
  waiters: Waiter[];
}

function applyChange(data: DraftsData, key: DraftKey, change: Change, savedAt: string): void {
  data.drafts = data.drafts.filter((draft) => draft.key !== key);
  // An emptied editor leaves nothing to keep, and nothing to mention after a crash.
  if (change.kind === 'save' && !isBlankDraft(change.input)) data.drafts.push({ ...change.input, savedAt });
}

export async function openDraftStore(context: StoreContext): Promise<DraftStore> {
  return createDraftStore(await openStoredDocument(draftsDocument, draftsFile, context), () => context.clock.now());
}

/**
 * Keystrokes arrive far faster than durable writes finish (temp file, fsync, rename,
 * fsync). So while one write is on its way to disk, the next change for each key
 * waits here, and a newer change replaces it: the queue never holds more than one
 * change per key, and whatever is written next is always the newest text.
 */
export function createDraftStore(document: StoredDocument<DraftsData>, now: () => number): DraftStore {
  const queued = new Map<DraftKey, Queued>();
  let writing: Promise<void> | null = null;

  async function writeQueued(): Promise<void> {
    try {
      while (queued.size > 0) {
        const batch = [...queued.entries()];
        queued.clear();
        const savedAt = new Date(now()).toISOString();
        try {
          await document.update((data) => {
            for (const [key, { change }] of batch) applyChange(data, key, change, savedAt);
          });
          for (const [, { waiters }] of batch) for (const waiter of waiters) waiter.resolve(savedAt);
        } catch (error) {
          // The store kept the file and its data as they were, so the drafts saved before are intact.
          for (const [, { waiters }] of batch) for (const waiter of waiters) waiter.reject(error);
        }
      }
    } finally {
      writing = null;
    }
  }

  function enqueue(key: DraftKey, change: Change): Promise<string> {
    return new Promise((resolve, reject) => {
      const earlier = queued.get(key)?.waiters ?? [];
      queued.set(key, { change, waiters: [...earlier, { resolve, reject }] });
      writing ??= writeQueued();
    });
  }

  async function idle(): Promise<void> {
    while (writing) await writing;
  }

  /** Reads wait for the writes already asked for, so a caller always reads its own words back. */
  async function settled(): Promise<DraftsData> {
    await idle();
    return document.data;
  }

  return {
    save: async (input) => ({ savedAt: await enqueue(input.key, { kind: 'save', input }) }),
    get: async (key) => (await settled()).drafts.find((draft) => draft.key === key) ?? null,
    discard: async (key) => {
      await enqueue(key, { kind: 'discard' });
      return { key };
    },
    list: async () =>
      [...(await settled()).drafts].sort((a, b) => (a.savedAt === b.savedAt ? 0 : a.savedAt < b.savedAt ? 1 : -1)),
    idle,
  };
}

import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../../../electron/core/backend';
import { createDraftStore } from '../../../../../electron/core/journal/draftStore';
import type { DraftsData } from '../../../../../electron/core/journal/draftsDocument';
import type { StoredDocument } from '../../../../../electron/core/store/storedDocument';
import { maxEntryTextLength } from '../../../../../shared/journal/entry';
import { fakeDesktop } from '../../../../helpers/fakeDesktop';
import { ipcCaller } from '../../../../helpers/ipcCaller';
import { fakeClock, makeTempDir, recordingLogger, testOrigin } from '../../../../helpers/testBackend';

const entryId = '6f1c1d9e-8a7b-4c3d-9e2f-1a2b3c4d5e6f';

function draft(text: string, key = 'new') {
  return { key, title: '', text, templateId: null, answers: {} };
}

describe('journal drafts', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let clock: ReturnType<typeof fakeClock>;
  let log: ReturnType<typeof recordingLogger>;
  let backend: Backend;

  async function start(): Promise<void> {
    log = recordingLogger();
    backend = await createBackend({ dataDir: temp.dir, clock, allowedOrigins: [testOrigin], log, desktop: fakeDesktop() });
  }

  async function restart(): Promise<void> {
    await backend.close();
    await start();
  }

  beforeEach(async () => {
    temp = await makeTempDir();
    clock = fakeClock();
    await start();
  });
  afterEach(async () => {
    await backend.close();
    await temp.remove();
  });

  const { attempt, call } = ipcCaller(() => backend);
  const onDisk = async () => JSON.parse(await readFile(path.join(temp.dir, 'drafts.json'), 'utf8'));

  it('keeps a draft across a restart, with its template answers and when it was saved', async () => {
    const guided = {
      key: 'new',
      title: 'After the meeting',
      text: '',
      templateId: 'boundaries',
      answers: { 'yes-meant-no': 'I said yes to the Friday call.' },
    };
    expect(await call('saveDraft', guided)).toEqual({ savedAt: '2026-11-25T09:00:00.000Z' });

    await restart();

    expect(await call('getDraft', { key: 'new' })).toEqual({ ...guided, savedAt: '2026-11-25T09:00:00.000Z' });
    expect(await call('getDraft', { key: entryId })).toBeNull();
  });

  it('finishes writing a draft sent just before quitting', async () => {
    void call('saveDraft', draft('typed right before Quit'));
    await backend.close();
    // Once closing is done the app may exit at once: the words must be on disk by then.
    expect((await onDisk()).data.drafts.map((kept: { text: string }) => kept.text)).toEqual(['typed right before Quit']);
    await start();
  });

  it('keeps one draft per editor and lists them newest first', async () => {
    await call('saveDraft', draft('a new thought'));
    clock.advance(60_000);
    await call('saveDraft', draft('an edit to an old entry', entryId));
    clock.advance(60_000);
    await call('saveDraft', draft('a new thought, longer now'));

    const { drafts } = await call('listDrafts');
    expect(drafts.map((kept) => [kept.key, kept.text])).toEqual([
      ['new', 'a new thought, longer now'],
      [entryId, 'an edit to an old entry'],
    ]);
  });

  it('ends many rapid saves with the last words on disk, without writing each one', async () => {
    const saves = Array.from({ length: 50 }, (_, i) => call('saveDraft', draft(`typed ${i + 1} characters`)));
    await Promise.all(saves);

    expect((await onDisk()).data.drafts).toEqual([{ ...draft('typed 50 characters'), savedAt: '2026-11-25T09:00:00.000Z' }]);
    expect((await call('getDraft', { key: 'new' }))?.text).toBe('typed 50 characters');
  });

  it('refuses a draft larger than an entry may be, says why, and keeps the one before', async () => {
    await call('saveDraft', draft('the words that fit'));

    const tooLarge = await attempt('saveDraft', draft('x'.repeat(maxEntryTextLength + 1)));
    expect(tooLarge.ok).toBe(false);
    if (tooLarge.ok) return;
    expect(tooLarge.error.code).toBe('invalid_input');
    expect(tooLarge.error.message).toContain('A draft can be at most 200,000 characters');
    expect(tooLarge.error.message).toContain('the draft saved before it is still there');

    // Text and answers count together, so the limit cannot be slipped past through the answers.
    const splitUp = await attempt('saveDraft', {
      ...draft('x'.repeat(maxEntryTextLength - 10)),
      templateId: 'self-check',
      answers: { 'same-care': 'y'.repeat(11) },
    });
    expect(splitUp.ok).toBe(false);

    expect((await call('getDraft', { key: 'new' }))?.text).toBe('the words that fit');
  });

  it('refuses a key that is neither "new" nor an entry id', async () => {
    const result = await attempt('saveDraft', draft('words', '../settings'));
    expect(result.ok).toBe(false);
  });

  it('removes a discarded draft, and a discard wins over a save queued before it', async () => {
    await call('saveDraft', draft('first'));
    expect(await call('discardDraft', { key: 'new' })).toEqual({ key: 'new' });
    expect(await call('getDraft', { key: 'new' })).toBeNull();

    const saving = call('saveDraft', draft('typed'));
    const queuedSave = call('saveDraft', draft('typed more'));
    const discarding = call('discardDraft', { key: 'new' });
    await Promise.all([saving, queuedSave, discarding]);

    await restart();
    expect((await call('listDrafts')).drafts).toEqual([]);
  });

  it('keeps nothing for an emptied editor', async () => {
    await call('saveDraft', draft('something'));
    await call('saveDraft', { ...draft('   '), templateId: 'reconnect', answers: { 'matters-most': '' } });
    expect(await call('getDraft', { key: 'new' })).toBeNull();
  });

  it('sets a damaged drafts.json aside and still starts', async () => {
    await call('saveDraft', draft('lost to the damage'));
    await backend.close();
    await writeFile(path.join(temp.dir, 'drafts.json'), '{"kind":"journal-drafts","schemaVersion":1,"da');

    await start();

    expect((await call('listDrafts')).drafts).toEqual([]);
    const notices = (await call('getStartupReport')).notices;
    expect(notices.map((notice) => notice.kind)).toContain('started_fresh');
    expect(notices.find((notice) => notice.file?.endsWith('drafts.json'))?.message).toContain('Your unfinished journal entries');
    expect((await readdir(temp.dir)).some((name) => name.startsWith('drafts.json.corrupt-'))).toBe(true);
    expect(await call('saveDraft', draft('writing again'))).toHaveProperty('savedAt');
  });
});

describe('draft writes while one is on its way to disk', () => {
  /** A document whose writes finish only when the test says so. */
  function slowDocument() {
    let data: DraftsData = { drafts: [] };
    const finishers: Array<() => void> = [];
    const document: StoredDocument<DraftsData> = {
      get data() {
        return data;
      },
      readOnlyReason: null,
      update: (change) => {
        const next = structuredClone(data);
        change(next);
        return new Promise<void>((resolve) =>
          finishers.push(() => {
            data = next;
            resolve();
          }),
        );
      },
    };
    return { document, finishers };
  }

  it('holds only the newest text per key, so typing never builds a queue', async () => {
    const { document, finishers } = slowDocument();
    const store = createDraftStore(document, () => Date.parse('2026-11-25T09:00:00.000Z'));

    const saves = Array.from({ length: 50 }, (_, i) => store.save(draft(`version ${i + 1}`)));
    expect(finishers).toHaveLength(1); // the first is being written; the other 49 wait as one
    finishers[0]?.();
    await Promise.resolve();
    await new Promise((resolve) => setImmediate(resolve));
    expect(finishers).toHaveLength(2);
    finishers[1]?.();

    await Promise.all(saves);
    expect(document.data.drafts.map((kept) => kept.text)).toEqual(['version 50']);
  });

  it('is idle only once every write asked for is on disk, which quitting waits for', async () => {
    const { document, finishers } = slowDocument();
    const store = createDraftStore(document, () => 0);
    void store.save(draft('last words'));
    let idle = false;
    void store.idle().then(() => (idle = true));

    await new Promise((resolve) => setImmediate(resolve));
    expect(idle).toBe(false);
    finishers[0]?.();
    await new Promise((resolve) => setImmediate(resolve));
    expect(idle).toBe(true);
  });

  it('tells every waiting caller when a write fails, and keeps what was saved before', async () => {
    const { document } = slowDocument();
    const failing: StoredDocument<DraftsData> = { ...document, data: document.data, update: () => Promise.reject(new Error('disk full')) };
    const store = createDraftStore(failing, () => 0);

    await expect(store.save(draft('words'))).rejects.toThrow('disk full');
    expect(await store.list()).toEqual([]);
  });
});

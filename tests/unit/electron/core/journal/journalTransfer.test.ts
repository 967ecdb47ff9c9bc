import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../../../electron/core/backend';
import type { PresenceEvent } from '../../../../../shared/ipc/events';
import type { JournalEntry } from '../../../../../shared/journal/entry';
import { fakeDesktop, type FakeDesktop } from '../../../../helpers/fakeDesktop';
import { sampleEntry } from '../../../../helpers/sampleEntry';
import { fakeClock, makeTempDir, recordingLogger, testOrigin } from '../../../../helpers/testBackend';
import { readFrontMatter } from '../../../shared/journal/frontMatterReader';
import { ipcCaller } from '../../../../helpers/ipcCaller';

const minute = 60_000;
const id = (n: number) => `a1c2e3f4-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** One of each kind of entry a journal can hold, spread over three months, one in the trash. */
const variedEntries: Record<string, JournalEntry[]> = {
  '2026-09.json': [
    sampleEntry({ id: id(1), createdAt: '2026-09-02T08:00:00.000Z', updatedAt: '2026-09-03T10:15:00.000Z', title: 'First light', tags: ['morning', 'body'], values: ['Health'] }),
    sampleEntry({
      id: id(2),
      kind: 'pause',
      createdAt: '2026-09-30T23:30:00.000Z',
      updatedAt: '2026-09-30T23:30:00.000Z',
      text: 'Breathed with the kettle. 🌿👩🏽‍💻',
      feeling: { pleasantness: 2, energy: -3, word: 'calm' },
      prompt: { id: 'presence-1', text: 'What is here right now?' },
      shift: 'Look up from the screen once an hour.',
    }),
  ],
  '2026-10.json': [
    sampleEntry({
      id: id(3),
      kind: 'reset',
      createdAt: '2026-10-12T17:45:00.000Z',
      updatedAt: '2026-10-12T17:45:00.000Z',
      text: '',
      feeling: { pleasantness: -3, energy: 4, word: null },
      reset: { myFeeling: 'Stung.', theirFeeling: 'Worried, maybe.', curiousReply: 'What made it feel urgent?' },
      tags: ['work'],
    }),
    sampleEntry({ id: id(4), createdAt: '2026-10-20T06:00:00.000Z', updatedAt: '2026-10-20T06:00:00.000Z', title: 'שלום', text: 'كنت هنا. Ich war hier.\n\n—— second paragraph' }),
  ],
  '2026-11.json': [
    sampleEntry({
      id: id(5),
      createdAt: '2026-11-20T08:00:00.000Z',
      updatedAt: '2026-11-20T08:00:00.000Z',
      text: 'Put away for now.',
      deletedAt: '2026-11-21T09:00:00.000Z',
    }),
  ],
};

async function seedJournal(dataDir: string, months: Record<string, JournalEntry[]>): Promise<void> {
  await mkdir(path.join(dataDir, 'journal'), { recursive: true });
  for (const [name, entries] of Object.entries(months)) {
    await writeFile(path.join(dataDir, 'journal', name), JSON.stringify({ kind: 'journal-month', schemaVersion: 4, data: { entries } }));
  }
}

/** Every entry in the store, month by month, in id order; empty months left out. */
async function storedEntries(dataDir: string): Promise<Record<string, JournalEntry[]>> {
  const folder = path.join(dataDir, 'journal');
  const months: Record<string, JournalEntry[]> = {};
  for (const name of (await readdir(folder)).filter((file) => /^\d{4}-\d{2}\.json$/.test(file)).sort()) {
    const entries: JournalEntry[] = JSON.parse(await readFile(path.join(folder, name), 'utf8')).data.entries;
    if (entries.length > 0) months[name] = [...entries].sort((a, b) => (a.id < b.id ? -1 : 1));
  }
  return months;
}

/** The exact bytes of every file in the journal folder, to prove a refused import touched nothing. */
async function journalBytes(dataDir: string): Promise<Record<string, string>> {
  const folder = path.join(dataDir, 'journal');
  const names = (await readdir(folder)).sort();
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await readFile(path.join(folder, name), 'utf8')])));
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

describe('journal export and import', () => {
  let home: Awaited<ReturnType<typeof makeTempDir>>;
  let clock: ReturnType<typeof fakeClock>;
  let backend: Backend;
  let desktop: FakeDesktop;
  let events: PresenceEvent[];
  let dataDir: string;
  /** Outside every data folder, as a person's Documents would be. */
  let documents: string;

  async function start(folder: string): Promise<void> {
    dataDir = folder;
    desktop = fakeDesktop();
    backend = await createBackend({ dataDir, clock, allowedOrigins: [testOrigin], log: recordingLogger(), desktop });
    events = [];
    backend.onEvent((event) => events.push(event));
  }

  beforeEach(async () => {
    home = await makeTempDir();
    clock = fakeClock();
    documents = path.join(home.dir, 'Documents');
    await mkdir(documents);
    await seedJournal(path.join(home.dir, 'first'), variedEntries);
    await start(path.join(home.dir, 'first'));
  });
  afterEach(async () => {
    await backend.close();
    await home.remove();
  });

  const { attempt, call } = ipcCaller(() => backend);

  const journalChanges = () => events.filter((event) => event.type === 'journal-changed').length;

  /** Adds entries the way the app does, so the round trip covers what the store itself writes. */
  async function writeThroughTheApp(): Promise<void> {
    await call('createEntry', { title: 'Written today', text: 'Tea, then the hard email. 日本語も。' });
    clock.advance(minute);
    await call('saveReset', { feeling: { pleasantness: -1, energy: 2, word: null }, answers: { myFeeling: 'Rushed', theirFeeling: '', curiousReply: '' } });
    clock.advance(minute);
    const thrownAway = await call('createEntry', { text: 'Not this one.' });
    await call('deleteEntry', { id: thrownAway.id });
    clock.advance(minute);
  }

  async function exportJson(name = 'backup.json'): Promise<string> {
    desktop.files.exportDestination = path.join(documents, name);
    const outcome = await call('exportJournal', { format: 'json' });
    if (outcome.cancelled) throw new Error('the export was cancelled');
    return outcome.path;
  }

  async function importFile(filePath: string) {
    desktop.files.importFile = filePath;
    return attempt('importJournal');
  }

  it('round trip: export as JSON, start on an empty data folder, import, and the store is identical, trash and all', async () => {
    await writeThroughTheApp();
    const original = await storedEntries(dataDir);
    const timeline = await call('listEntries', { limit: 500 });
    const trash = await call('listTrash');

    desktop.files.exportDestination = path.join(documents, 'backup.json');
    expect(await call('exportJournal', { format: 'json' })).toEqual({
      cancelled: false,
      path: path.join(documents, 'backup.json'),
      count: 8,
      inTrash: 2,
    });
    expect(desktop.files.asked.at(-1)).toEqual({ dialog: 'export', format: 'json', suggestedName: 'Presence journal 2026-11-25.json' });

    await backend.close();
    await start(path.join(home.dir, 'second'));
    expect(await call('listEntries', {})).toEqual({ entries: [], nextCursor: null });

    const imported = await importFile(path.join(documents, 'backup.json'));
    expect(imported).toEqual({
      ok: true,
      value: { cancelled: false, added: 8, addedToTrash: 2, updated: 0, skipped: 0, keptYours: 0, skippedDetails: [] },
    });
    expect(journalChanges()).toBe(1);
    expect(await storedEntries(dataDir)).toEqual(original);
    expect(await call('listEntries', { limit: 500 })).toEqual(timeline);
    expect(await call('listTrash')).toEqual(trash);

    // And it stays so across a restart, read back from disk.
    await backend.close();
    await start(dataDir);
    expect(await call('listEntries', { limit: 500 })).toEqual(timeline);
    expect(await call('listTrash')).toEqual(trash);
  });

  it('adds nothing when the same file is imported twice', async () => {
    const backup = await exportJson();
    const before = await journalBytes(dataDir);
    const again = await importFile(backup);
    expect(again).toMatchObject({ ok: true, value: { added: 0, updated: 0, skipped: 5, keptYours: 0 } });
    if (!again.ok || again.value.cancelled) throw new Error('unreachable');
    expect(again.value.skippedDetails).toHaveLength(5);
    expect(again.value.skippedDetails.every((skip) => skip.reason === 'unchanged')).toBe(true);
    expect(await journalBytes(dataDir)).toEqual(before);
    expect(journalChanges()).toBe(0);
  });

  it('brings newer words from the file, keeps newer words here, and rewrites only the months that change', async () => {
    const backup = await exportJson();
    const file = JSON.parse(await readFile(backup, 'utf8'));
    const first = file.entries.find((entry: JournalEntry) => entry.id === id(1));
    Object.assign(first, { text: 'Edited on the other computer.', updatedAt: '2026-11-24T12:00:00.000Z' });
    const fourth = file.entries.find((entry: JournalEntry) => entry.id === id(4));
    Object.assign(fourth, { text: 'An older edit.', updatedAt: '2026-10-19T06:00:00.000Z' });
    await writeFile(backup, JSON.stringify(file));
    const before = await journalBytes(dataDir);

    const result = await importFile(backup);
    expect(result).toMatchObject({ ok: true, value: { added: 0, updated: 1, skipped: 4, keptYours: 1 } });
    if (!result.ok || result.value.cancelled) throw new Error('unreachable');
    expect(result.value.skippedDetails[0]).toEqual({ id: id(4), reason: 'yours is newer' });

    const after = await journalBytes(dataDir);
    expect(after['2026-10.json']).toBe(before['2026-10.json']);
    expect(after['2026-11.json']).toBe(before['2026-11.json']);
    expect((await storedEntries(dataDir))['2026-09.json']![0]!.text).toBe('Edited on the other computer.');
    expect(journalChanges()).toBe(1);
  });

  it('files an entry whose creation time the file changed in its new month, and only there', async () => {
    const backup = await exportJson();
    const file = JSON.parse(await readFile(backup, 'utf8'));
    const moved = file.entries.find((entry: JournalEntry) => entry.id === id(4));
    Object.assign(moved, { createdAt: '2026-11-02T06:00:00.000Z', updatedAt: '2026-11-24T12:00:00.000Z' });
    await writeFile(backup, JSON.stringify(file));

    expect(await importFile(backup)).toMatchObject({ ok: true, value: { updated: 1 } });
    const months = await storedEntries(dataDir);
    expect(months['2026-10.json']!.map((entry) => entry.id)).toEqual([id(3)]);
    expect(months['2026-11.json']!.map((entry) => entry.id)).toEqual([id(4), id(5)]);
    expect((await call('getEntry', { id: id(4) })).createdAt).toBe('2026-11-02T06:00:00.000Z');
  });

  describe('a file it cannot use changes nothing and says why', () => {
    const cases: Array<[string, string, RegExp]> = [
      ['malformed JSON', '{"format": "presence-journal", "version": 1, "entries": [', /it is not JSON\. Nothing was imported\.$/],
      ['a foreign JSON file', JSON.stringify({ name: 'my-app', version: '1.0.0' }), /not a Presence journal export \(it has no "format": "presence-journal"\)/],
      [
        'an export from a newer Presence',
        JSON.stringify({ format: 'presence-journal', version: 2, exportedAt: '2027-01-01T00:00:00.000Z', entries: [] }),
        /made by a newer version of Presence.*Update Presence, then import it again\. Nothing was imported\.$/,
      ],
      [
        'an export with one damaged entry among good ones',
        JSON.stringify({
          format: 'presence-journal',
          version: 1,
          exportedAt: '2026-11-25T09:00:00.000Z',
          entries: [sampleEntry({ id: id(90) }), { ...sampleEntry({ id: id(91) }), kind: 'poem' }],
        }),
        /^Entry 2 of 2 \(id a1c2e3f4-0000-4000-8000-000000000091\) is not valid: kind: .*Nothing was imported\.$/,
      ],
    ];

    it.each(cases)('%s', async (_name, content, message) => {
      const before = await journalBytes(dataDir);
      const bad = path.join(documents, 'import.json');
      await writeFile(bad, content);
      const result = await importFile(bad);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(message) } });
      expect(await journalBytes(dataDir)).toEqual(before);
      expect(journalChanges()).toBe(0);
    });

    it('a file that is not text at all', async () => {
      const before = await journalBytes(dataDir);
      const binary = path.join(documents, 'photo.json');
      await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00, 0xc3]));
      expect(await importFile(binary)).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/it is not text/) } });
      expect(await journalBytes(dataDir)).toEqual(before);
    });

    it('a file that has gone since it was chosen', async () => {
      expect(await importFile(path.join(documents, 'gone.json'))).toMatchObject({
        ok: false,
        error: { code: 'data_unavailable', message: 'That file is no longer there. Nothing was imported.' },
      });
    });

    it('a month saved by a newer Presence, before anything else is written', async () => {
      const backup = await exportJson();
      await backend.close();
      const second = path.join(home.dir, 'second');
      await seedJournal(second, { '2026-11.json': [] });
      await writeFile(path.join(second, 'journal', '2026-11.json'), JSON.stringify({ kind: 'journal-month', schemaVersion: 99, data: { entries: [] } }));
      await start(second);
      const before = await journalBytes(dataDir);

      const result = await importFile(backup);
      expect(result).toMatchObject({ ok: false, error: { code: 'data_unavailable', message: expect.stringMatching(/newer version of Presence.*Nothing was imported\.$/) } });
      expect(await journalBytes(dataDir)).toEqual(before);
      expect(journalChanges()).toBe(0);
    });
  });

  it('does nothing when a dialog is cancelled', async () => {
    const before = await journalBytes(dataDir);
    expect(await call('exportJournal', { format: 'json' })).toEqual({ cancelled: true });
    expect(await call('exportJournal', { format: 'markdown' })).toEqual({ cancelled: true });
    expect(await call('importJournal')).toEqual({ cancelled: true });
    expect(desktop.files.asked.map((asked) => asked.dialog)).toEqual(['export', 'export', 'import']);
    expect(await readdir(documents)).toEqual([]);
    expect(await journalBytes(dataDir)).toEqual(before);
    expect(journalChanges()).toBe(0);
  });

  it('says there is nothing to export from an empty journal, without asking where', async () => {
    await backend.close();
    await start(path.join(home.dir, 'empty'));
    expect(await attempt('exportJournal', { format: 'json' })).toMatchObject({ ok: false, error: { code: 'conflict', message: 'Your journal has no entries yet, so there is nothing to export.' } });
    expect(desktop.files.asked).toEqual([]);
  });

  it('refuses an export request for a format it does not know', async () => {
    expect(await attempt('exportJournal', { format: 'pdf' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(desktop.files.asked).toEqual([]);
  });

  describe('Markdown export', () => {
    it('writes one file per entry in the timeline, each with front matter, in a new folder by local month', async () => {
      desktop.files.exportDestination = documents;
      const outcome = await call('exportJournal', { format: 'markdown' });
      const folder = path.join(documents, 'Presence journal 2026-11-25');
      expect(outcome).toEqual({ cancelled: false, path: folder, count: 4, inTrash: 0 });
      expect(desktop.files.asked).toEqual([{ dialog: 'export', format: 'markdown', suggestedName: 'Presence journal 2026-11-25' }]);

      const files = await filesUnder(folder);
      // 23:30 UTC on 30 September is 00:30 on 1 October in London, so that pause is filed in October.
      expect(files).toEqual([
        '2026-09/2026-09-02 09.00 First light (a1c2e3f4).md',
        '2026-10/2026-10-01 00.30 Breathed with the kettle. 🌿👩🏽‍💻 (a1c2e3f4).md',
        '2026-10/2026-10-12 18.45 Reset before responding (a1c2e3f4).md',
        '2026-10/2026-10-20 07.00 שלום (a1c2e3f4).md',
      ]);
      const ids = await Promise.all(files.map(async (file) => readFrontMatter(await readFile(path.join(folder, file), 'utf8')).data.id));
      expect(ids).toEqual([id(1), id(2), id(3), id(4)]);
      const first = readFrontMatter(await readFile(path.join(folder, files[0]!), 'utf8'));
      expect(first.data).toMatchObject({ title: 'First light', tags: ['morning', 'body'], values: ['Health'] });
      expect(journalChanges()).toBe(0);
    });

    it('never writes into a folder that already exists: a second export gets a folder of its own', async () => {
      const taken = path.join(documents, 'Presence journal 2026-11-25');
      await mkdir(taken);
      await writeFile(path.join(taken, 'notes.md'), 'mine');
      desktop.files.exportDestination = documents;

      expect(await call('exportJournal', { format: 'markdown' })).toMatchObject({ path: `${taken} (2)` });
      expect(await call('exportJournal', { format: 'markdown' })).toMatchObject({ path: `${taken} (3)` });
      expect(await filesUnder(taken)).toEqual(['notes.md']);
      expect(await readFile(path.join(taken, 'notes.md'), 'utf8')).toBe('mine');
      expect(await filesUnder(`${taken} (3)`)).toEqual(await filesUnder(`${taken} (2)`));
    });

    it('says which folder it could not write into, and leaves the journal alone', async () => {
      desktop.files.exportDestination = path.join(documents, 'not-there', 'deeper');
      expect(await attempt('exportJournal', { format: 'markdown' })).toMatchObject({
        ok: false,
        error: { code: 'data_unavailable', message: expect.stringMatching(/could not create a folder in .*deeper \(ENOENT\)\. Your journal itself was not changed\.$/) },
      });
    });
  });
});

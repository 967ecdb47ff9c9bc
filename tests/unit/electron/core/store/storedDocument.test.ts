import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { journalMonthDocument } from '../../../../../electron/core/journal/journalMonthDocument';
import { createBackups } from '../../../../../electron/core/store/backups';
import type { StoreContext } from '../../../../../electron/core/store/storeContext';
import { openStoredDocument } from '../../../../../electron/core/store/storedDocument';
import { sampleEntry } from '../../../../helpers/sampleEntry';
import { fakeClock, makeTempDir, recordingLogger } from '../../../../helpers/testBackend';

const monthFile = path.join('journal', '2026-11.json');

const goodEntry = sampleEntry({ title: 'Morning' });

const current = journalMonthDocument.version;

function envelope(schemaVersion: number, data: unknown, kind = 'journal-month') {
  return `${JSON.stringify({ kind, schemaVersion, data })}\n`;
}

describe('openStoredDocument', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let context: StoreContext;
  const clock = fakeClock();

  beforeEach(async () => {
    temp = await makeTempDir();
    await mkdir(path.join(temp.dir, 'journal'));
    const log = recordingLogger();
    context = {
      dataDir: temp.dir,
      clock,
      log,
      backups: createBackups({ dataDir: temp.dir, clock, keep: 14, log }),
      notices: [],
    };
  });
  afterEach(() => temp.remove());

  const filePath = () => path.join(temp.dir, monthFile);
  const writeMonth = (contents: string | Buffer) => writeFile(filePath(), contents);
  const setAsideFiles = async () => (await readdir(path.join(temp.dir, 'journal'))).filter((name) => name.includes('.corrupt-'));

  async function makeBackupWith(contents: string, day: string) {
    const folder = path.join(temp.dir, 'backups', day, 'journal');
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, '2026-11.json'), contents);
  }

  it('reads a good file as it is', async () => {
    await writeMonth(envelope(current, { entries: [goodEntry] }));
    const doc = await openStoredDocument(journalMonthDocument, monthFile, context);
    expect(doc.data.entries).toEqual([goodEntry]);
    expect(context.notices).toEqual([]);
  });

  it('sets a truncated file aside and restores the newest good backup, keeping the damaged bytes', async () => {
    const truncated = envelope(current, { entries: [goodEntry] }).slice(0, 70);
    await writeMonth(truncated);
    await makeBackupWith(envelope(current, { entries: [] }), '2026-11-10');
    await makeBackupWith(envelope(current, { entries: [goodEntry] }), '2026-11-19');
    await makeBackupWith('{"kind": "journal-mo', '2026-11-24'); // newest backup is itself damaged

    const doc = await openStoredDocument(journalMonthDocument, monthFile, context);

    expect(doc.data.entries).toEqual([goodEntry]);
    const [keptName] = await setAsideFiles();
    expect(keptName).toMatch(/^2026-11\.json\.corrupt-2026-11-25T09-00-00-000Z$/);
    expect(await readFile(path.join(temp.dir, 'journal', keptName!), 'utf8')).toBe(truncated);
    expect(JSON.parse(await readFile(filePath(), 'utf8')).data.entries).toEqual([goodEntry]);
    expect(context.notices).toHaveLength(1);
    expect(context.notices[0]!.kind).toBe('restored_from_backup');
    expect(context.notices[0]!.message).toContain('2026-11-19');
    expect(context.notices[0]!.message).toContain(keptName);
  });

  it('sets binary garbage aside and starts afresh when no backup exists, saying so', async () => {
    const garbage = Buffer.from([0x00, 0xff, 0x13, 0x37, 0xde, 0xad, 0xbe, 0xef, 0x7b]);
    await writeMonth(garbage);
    const doc = await openStoredDocument(journalMonthDocument, monthFile, context);
    expect(doc.data.entries).toEqual([]);
    const [keptName] = await setAsideFiles();
    expect(await readFile(path.join(temp.dir, 'journal', keptName!))).toEqual(garbage);
    expect(context.notices[0]).toMatchObject({ kind: 'started_fresh' });
    expect(context.notices[0]!.message).toMatch(/^Your journal for November 2026 could not be read and there was no good backup/);
    expect(context.notices[0]!.detail).toMatch(/not valid JSON/);
  });

  it('treats valid JSON of the wrong shape as damaged', async () => {
    await writeMonth(envelope(current, { entries: [{ ...goodEntry, createdAt: 'yesterday' }] }));
    const doc = await openStoredDocument(journalMonthDocument, monthFile, context);
    expect(doc.data.entries).toEqual([]);
    expect(await setAsideFiles()).toHaveLength(1);
    expect(context.notices[0]!.detail).toMatch(/expected shape/);
  });

  it('treats a file of another kind as damaged rather than reading it as a journal', async () => {
    await writeMonth(envelope(current, { entries: [] }, 'settings'));
    await openStoredDocument(journalMonthDocument, monthFile, context);
    expect(context.notices[0]!.detail).toMatch(/"settings" data/);
  });

  it('never overwrites a file written by a newer version, and refuses changes with the reason', async () => {
    const fromTheFuture = envelope(current + 1, { entries: [{ id: 'x', mood: 'new field' }] });
    await writeMonth(fromTheFuture);
    const doc = await openStoredDocument(journalMonthDocument, monthFile, context);

    expect(doc.readOnlyReason).toMatch(/^Your journal for November 2026 was saved by a newer version of Presence/);
    await expect(doc.update((draft) => draft.entries.push(goodEntry as never))).rejects.toMatchObject({
      code: 'data_unavailable',
      message: expect.stringMatching(/newer version/),
    });
    expect(await readFile(filePath(), 'utf8')).toBe(fromTheFuture);
    expect(await setAsideFiles()).toEqual([]);
    expect(context.notices[0]).toMatchObject({ kind: 'newer_version' });
    expect(context.notices[0]!.detail).toMatch(/format 5; this version reads up to format 4/);
  });

  it('upgrades a format 1 journal month through every format to the current one and saves the upgrade', async () => {
    await writeMonth(
      envelope(1, { entries: [{ id: goodEntry.id, createdAt: goodEntry.createdAt, text: goodEntry.text }] }),
    );
    const doc = await openStoredDocument(journalMonthDocument, monthFile, context);
    const upgraded = { ...goodEntry, title: '' };
    expect(doc.data.entries).toEqual([upgraded]);
    const onDisk = JSON.parse(await readFile(filePath(), 'utf8'));
    expect(onDisk.schemaVersion).toBe(current);
    expect(onDisk.data.entries).toEqual([upgraded]);
    expect(context.notices).toEqual([]);
  });

  it('upgrades a format 2 journal month: free entries gain empty structured parts, tags, values and no trash date', async () => {
    const { feeling: _f, prompt: _p, shift: _s, reset: _r, tags: _t, values: _v, deletedAt: _d, ...formatTwoEntry } = goodEntry;
    await writeMonth(envelope(2, { entries: [formatTwoEntry] }));
    const doc = await openStoredDocument(journalMonthDocument, monthFile, context);
    expect(doc.data.entries).toEqual([goodEntry]);
    expect(JSON.parse(await readFile(filePath(), 'utf8')).schemaVersion).toBe(current);
  });

  it('changes neither the file nor the data in memory when a save fails', async () => {
    await writeMonth(envelope(current, { entries: [goodEntry] }));
    const doc = await openStoredDocument(journalMonthDocument, monthFile, context);
    await rm(path.join(temp.dir, 'journal'), { recursive: true });

    await expect(doc.update((draft) => draft.entries.splice(0))).rejects.toMatchObject({
      code: 'data_unavailable',
      message: expect.stringMatching(/could not save this just now \(ENOENT on journal.2026-11\.json\)/),
    });
    expect(doc.data.entries).toEqual([goodEntry]);
  });

  it('refuses a change that would make the file invalid, keeping the saved data', async () => {
    await writeMonth(envelope(current, { entries: [goodEntry] }));
    const doc = await openStoredDocument(journalMonthDocument, monthFile, context);
    await expect(doc.update((draft) => draft.entries.push({ id: 'not-a-uuid' } as never))).rejects.toThrow();
    expect(doc.data.entries).toEqual([goodEntry]);
    expect(JSON.parse(await readFile(filePath(), 'utf8')).data.entries).toEqual([goodEntry]);
  });
});

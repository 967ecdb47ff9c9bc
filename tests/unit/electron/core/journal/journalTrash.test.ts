import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../../../electron/core/backend';
import type { PresenceEvent } from '../../../../../shared/ipc/events';
import type { JournalEntry } from '../../../../../shared/journal/entry';
import { trashRetentionDays } from '../../../../../shared/journal/trashRetention';
import { fakeDesktop } from '../../../../helpers/fakeDesktop';
import { sampleEntry } from '../../../../helpers/sampleEntry';
import { fakeClock, makeTempDir, recordingLogger, testOrigin } from '../../../../helpers/testBackend';
import { ipcCaller } from '../../../../helpers/ipcCaller';

const minute = 60_000;
const retention = trashRetentionDays * 24 * 60 * minute;

describe('the journal trash', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let clock: ReturnType<typeof fakeClock>;
  let backend: Backend;
  let events: PresenceEvent[];

  async function start(): Promise<void> {
    backend = await createBackend({
      dataDir: temp.dir,
      clock,
      allowedOrigins: [testOrigin],
      log: recordingLogger(),
      desktop: fakeDesktop(),
    });
    events = [];
    backend.onEvent((event) => events.push(event));
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

  async function write(text: string): Promise<JournalEntry> {
    const entry = await call('createEntry', { text });
    clock.advance(minute);
    return entry;
  }

  const timeline = async () => (await call('listEntries', {})).entries.map((entry) => entry.text);
  const trash = async () => (await call('listTrash')).entries.map((entry) => entry.text);
  const journalChanges = () => events.filter((event) => event.type === 'journal-changed').length;

  it('moves a deleted entry to the trash, and restores it to the same place in the timeline', async () => {
    await write('morning');
    const middle = await write('noon');
    await write('evening');

    const deleted = await call('deleteEntry', { id: middle.id });
    expect(deleted).toEqual({ id: middle.id, deletedAt: new Date(clock.now()).toISOString() });
    expect(await timeline()).toEqual(['evening', 'morning']);
    expect(await attempt('getEntry', { id: middle.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });

    const [inTrash] = (await call('listTrash')).entries;
    // Being trashed is not an edit: the entry reads exactly as it did.
    expect(inTrash).toEqual({ ...middle, deletedAt: deleted.deletedAt });

    clock.advance(minute);
    expect(await call('restoreEntry', { id: middle.id })).toEqual(middle);
    expect(await timeline()).toEqual(['evening', 'noon', 'morning']);
    expect(await trash()).toEqual([]);
    expect(journalChanges()).toBe(5); // three written, one deleted, one restored
  });

  it('lists the trash most recently deleted first', async () => {
    const first = await write('first written');
    const second = await write('second written');
    await call('deleteEntry', { id: second.id });
    clock.advance(minute);
    await call('deleteEntry', { id: first.id });
    expect(await trash()).toEqual(['first written', 'second written']);
  });

  it('does not let a trashed entry be edited or trashed again, nor a live one be restored', async () => {
    const entry = await write('just once');
    expect(await attempt('restoreEntry', { id: entry.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await call('deleteEntry', { id: entry.id });
    expect(await attempt('deleteEntry', { id: entry.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await attempt('updateEntry', { id: entry.id, title: '', text: 'changed' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect((await call('listTrash')).entries[0]!.text).toBe('just once');
  });

  it('removes an entry for good only from the trash', async () => {
    const entry = await write('let go');
    const live = await attempt('deleteForever', { id: entry.id });
    expect(live).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/Nothing was changed/) } });
    expect(await timeline()).toEqual(['let go']);

    await call('deleteEntry', { id: entry.id });
    const before = journalChanges();
    expect(await call('deleteForever', { id: entry.id })).toEqual({ id: entry.id });
    expect(journalChanges()).toBe(before + 1);
    expect(await trash()).toEqual([]);
    expect(await attempt('restoreEntry', { id: entry.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await attempt('deleteForever', { id: entry.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });

    await restart();
    expect(await timeline()).toEqual([]);
    expect(await trash()).toEqual([]);
  });

  it('keeps the trash, with its dates, across a restart', async () => {
    const entry = await write('still in the trash');
    const { deletedAt } = await call('deleteEntry', { id: entry.id });
    await restart();
    expect(await timeline()).toEqual([]);
    expect((await call('listTrash')).entries).toEqual([{ ...entry, deletedAt }]);
  });

  it(`empties the trash of entries deleted more than ${trashRetentionDays} days ago when it is listed`, async () => {
    const entry = await write('fading');
    await call('deleteEntry', { id: entry.id });

    clock.advance(retention - 1);
    expect(await trash()).toEqual(['fading']);
    const before = journalChanges();

    clock.advance(2);
    expect(await trash()).toEqual([]);
    expect(journalChanges()).toBe(before + 1);
    await restart();
    expect(await trash()).toEqual([]);
  });

  it('empties the trash of old entries at start-up', async () => {
    const old = await write('deleted long ago');
    const recent = await write('deleted lately');
    await call('deleteEntry', { id: old.id });
    clock.advance(10 * 24 * 60 * minute);
    await call('deleteEntry', { id: recent.id });
    await backend.close();

    clock.advance(retention - 10 * 24 * 60 * minute + 1);
    await start();
    const month = JSON.parse(await readFile(path.join(temp.dir, 'journal', '2026-11.json'), 'utf8'));
    expect(month.data.entries.map((entry: JournalEntry) => entry.text)).toEqual(['deleted lately']);
  });

  it('rewrites only the months whose trash changes', async () => {
    await backend.close();
    const day = 24 * 60 * minute;
    const longAgo = new Date(clock.now() - retention - day).toISOString();
    const lately = new Date(clock.now() - day).toISOString();
    // Written compactly: the store indents what it writes, so an untouched file keeps these exact bytes.
    const months = {
      '2026-09.json': [sampleEntry({ id: 'a1c2e3f4-0000-4000-8000-000000000001', createdAt: '2026-09-02T08:00:00.000Z', deletedAt: longAgo })],
      '2026-10.json': [sampleEntry({ id: 'a1c2e3f4-0000-4000-8000-000000000002', createdAt: '2026-10-02T08:00:00.000Z', deletedAt: lately })],
      '2026-11.json': [sampleEntry({ id: 'a1c2e3f4-0000-4000-8000-000000000003', createdAt: '2026-11-02T08:00:00.000Z' })],
    };
    await mkdir(path.join(temp.dir, 'journal'), { recursive: true });
    for (const [name, entries] of Object.entries(months)) {
      await writeFile(path.join(temp.dir, 'journal', name), JSON.stringify({ kind: 'journal-month', schemaVersion: 4, data: { entries } }));
    }
    const untouched = (name: string) => readFile(path.join(temp.dir, 'journal', name), 'utf8');
    const october = await untouched('2026-10.json');
    const november = await untouched('2026-11.json');

    await start();
    expect(JSON.parse(await untouched('2026-09.json')).data.entries).toEqual([]);
    expect(await untouched('2026-10.json')).toBe(october);
    expect(await untouched('2026-11.json')).toBe(november);
    expect((await call('listTrash')).entries.map((entry) => entry.createdAt)).toEqual(['2026-10-02T08:00:00.000Z']);
  });
});

import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../../../electron/core/backend';
import { channelFor, type IpcMethod, type IpcResponse } from '../../../../../shared/ipc/contract';
import type { Result } from '../../../../../shared/ipc/result';
import type { JournalEntry } from '../../../../../shared/journal/entry';
import { buildJournalExport, journalExportJson } from '../../../../../shared/journal/journalExport';
import { fakeDesktop, type FakeDesktop } from '../../../../helpers/fakeDesktop';
import { sampleEntry } from '../../../../helpers/sampleEntry';
import { fakeClock, makeTempDir, recordingLogger, testOrigin, testSenderUrl } from '../../../../helpers/testBackend';

const minute = 60_000;

describe('search, filters and tags through the router', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let clock: ReturnType<typeof fakeClock>;
  let desktop: FakeDesktop;
  let backend: Backend;

  beforeEach(async () => {
    temp = await makeTempDir();
    clock = fakeClock();
    desktop = fakeDesktop({ timeZone: () => 'America/New_York' });
    backend = await createBackend({ dataDir: temp.dir, clock, allowedOrigins: [testOrigin], log: recordingLogger(), desktop });
  });
  afterEach(async () => {
    await backend.close();
    await temp.remove();
  });

  function attempt<M extends IpcMethod>(method: M, payload?: unknown): Promise<Result<IpcResponse<M>>> {
    return backend.router.dispatch(channelFor(method), testSenderUrl, payload) as Promise<Result<IpcResponse<M>>>;
  }

  async function call<M extends IpcMethod>(method: M, payload?: unknown): Promise<IpcResponse<M>> {
    const result = await attempt(method, payload);
    if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
    return result.value;
  }

  async function write(payload: Record<string, unknown>): Promise<JournalEntry> {
    const entry = await call('createEntry', payload);
    clock.advance(minute);
    return entry;
  }

  /** Pauses and resets with feelings, on chosen days, arrive the way a backup does. */
  async function importEntries(entries: JournalEntry[]): Promise<void> {
    const file = path.join(temp.dir, 'seed.json');
    await writeFile(file, journalExportJson(buildJournalExport(entries, clock.now())));
    desktop.files.importFile = file;
    await call('importJournal');
  }

  const titles = (result: IpcResponse<'searchEntries'>) => result.hits.map((hit) => hit.entry.title);

  describe('createEntry and updateEntry with tags and values', () => {
    it('keeps tags and values, once each, in the order given', async () => {
      const entry = await write({ text: 'Said no kindly.', tags: ['work', 'boundaries', 'work'], values: ['Honesty', 'Honesty', 'Caring'] });
      expect(entry).toMatchObject({ tags: ['work', 'boundaries'], values: ['Honesty', 'Caring'] });
      expect(await call('getEntry', { id: entry.id })).toMatchObject({ tags: ['work', 'boundaries'], values: ['Honesty', 'Caring'] });
    });

    it('still takes the old payloads, with no tags or values', async () => {
      const entry = await write({ text: 'Plain.' });
      expect(entry).toMatchObject({ tags: [], values: [] });
    });

    it('keeps what an entry has when an update leaves tags and values out, and replaces them when given', async () => {
      const entry = await write({ text: 'First.', tags: ['home'], values: ['Family'] });
      const kept = await call('updateEntry', { id: entry.id, title: '', text: 'First, again.' });
      expect(kept).toMatchObject({ text: 'First, again.', tags: ['home'], values: ['Family'] });
      const changed = await call('updateEntry', { id: entry.id, title: '', text: 'First, again.', tags: [], values: ['Health'] });
      expect(changed).toMatchObject({ tags: [], values: ['Health'] });
    });

    it('refuses a tag that is not lower-case words, a value not in the card sort, and more than 20 of either', async () => {
      const badTag = await attempt('createEntry', { text: 'x', tags: ['Big Tag'] });
      expect(badTag).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(!badTag.ok && badTag.error.message).toContain('A tag is lower-case letters');
      const badValue = await attempt('createEntry', { text: 'x', values: ['Pizza'] });
      expect(!badValue.ok && badValue.error.message).toContain('Choose a value from the list');
      const tooMany = await attempt('createEntry', { text: 'x', tags: Array.from({ length: 21 }, (_, i) => `t${i}`) });
      expect(!tooMany.ok && tooMany.error.message).toContain('at most 20 tags');
      // Repeats do not count against the limit: they are one tag.
      expect(await attempt('createEntry', { text: 'x', tags: Array.from({ length: 30 }, () => 'same') })).toMatchObject({ ok: true });
      expect((await call('listEntries', {})).entries).toHaveLength(1);
    });
  });

  describe('searchEntries', () => {
    it('finds words case- and accent-insensitively, newest first, with the ranges to mark', async () => {
      await write({ title: 'Café', text: 'A slow breath at the cafe.' });
      await write({ title: 'Later', text: 'Nothing to see.' });
      await write({ title: 'Evening', text: 'BREATHING out.' });
      const result = await call('searchEntries', { query: 'breath cafe' });
      expect(titles(result)).toEqual(['Café']);
      expect(result.hits[0]!.fields).toEqual([
        { field: 'title', ranges: [[0, 4]] },
        { field: 'text', ranges: [[7, 13], [21, 25]] },
      ]);
      expect(titles(await call('searchEntries', { query: 'breath' }))).toEqual(['Evening', 'Café']);
      expect(titles(await call('searchEntries', { query: '"slow breath"' }))).toEqual(['Café']);
      expect(titles(await call('searchEntries', { query: '"breath slow"' }))).toEqual([]);
    });

    it('names the tag or value that matched by its index', async () => {
      await write({ text: 'Met a friend.', tags: ['walk', 'friendship'], values: ['Friendship'] });
      const [hit] = (await call('searchEntries', { query: 'friendship' })).hits;
      expect(hit!.fields).toEqual([
        { field: 'tags', index: 1, ranges: [[0, 10]] },
        { field: 'values', index: 0, ranges: [[0, 10]] },
      ]);
    });

    it('counts every match but returns no more than the limit, and never the trash', async () => {
      const entries = [];
      for (let i = 0; i < 5; i += 1) entries.push(await write({ title: `Note ${i}`, text: 'same words' }));
      await call('deleteEntry', { id: entries[4]!.id });
      const result = await call('searchEntries', { query: 'words', limit: 2 });
      expect(result.total).toBe(4);
      expect(titles(result)).toEqual(['Note 3', 'Note 2']);
    });

    it('filters by kind, feeling quadrant, tag, value and local dates, each alone and together', async () => {
      await importEntries([
        sampleEntry({
          id: '00000000-0000-4000-8000-000000000001',
          kind: 'pause',
          title: 'Calm pause',
          feeling: { pleasantness: 3, energy: -4, word: 'calm' },
          createdAt: '2026-11-20T12:00:00.000Z',
          updatedAt: '2026-11-20T12:00:00.000Z',
        }),
        sampleEntry({
          id: '00000000-0000-4000-8000-000000000002',
          kind: 'reset',
          title: 'Tense reset',
          feeling: { pleasantness: -3, energy: 3, word: 'stressed' },
          tags: ['work'],
          // 03:00 UTC on the 22nd is still the 21st in New York.
          createdAt: '2026-11-22T03:00:00.000Z',
          updatedAt: '2026-11-22T03:00:00.000Z',
        }),
        sampleEntry({
          id: '00000000-0000-4000-8000-000000000003',
          title: 'Free note',
          tags: ['work', 'home'],
          values: ['Honesty'],
          createdAt: '2026-11-23T12:00:00.000Z',
          updatedAt: '2026-11-23T12:00:00.000Z',
        }),
      ]);
      const find = async (filters: unknown) => titles(await call('searchEntries', { filters }));

      expect(await find({})).toEqual(['Free note', 'Tense reset', 'Calm pause']);
      expect(await find({ kinds: ['pause', 'reset'] })).toEqual(['Tense reset', 'Calm pause']);
      expect(await find({ quadrants: ['pleasant-calm'] })).toEqual(['Calm pause']);
      expect(await find({ tags: ['work'] })).toEqual(['Free note', 'Tense reset']);
      expect(await find({ values: ['Honesty'] })).toEqual(['Free note']);
      expect(await find({ from: '2026-11-21', to: '2026-11-21' })).toEqual(['Tense reset']);
      expect(await find({ tags: ['work'], kinds: ['free'] })).toEqual(['Free note']);
      expect(titles(await call('searchEntries', { query: 'shoulders', filters: { from: '2026-11-22' } }))).toEqual(['Free note']);
    });

    it('refuses a long query, a reversed date range and a limit over 200, with a reason', async () => {
      expect(await attempt('searchEntries', { query: 'x'.repeat(201) })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      const reversed = await attempt('searchEntries', { filters: { from: '2026-11-23', to: '2026-11-20' } });
      expect(!reversed.ok && reversed.error.message).toContain('The start date is after the end date');
      expect(await attempt('searchEntries', { limit: 201 })).toMatchObject({ ok: false });
    });
  });

  it('listTags gives the tags in the timeline, most used first', async () => {
    await write({ text: 'a', tags: ['work', 'home'] });
    await write({ text: 'b', tags: ['work'] });
    const trashed = await write({ text: 'c', tags: ['gone'] });
    await call('deleteEntry', { id: trashed.id });
    expect(await call('listTags')).toEqual({ tags: [{ tag: 'work', count: 2 }, { tag: 'home', count: 1 }] });
  });
});

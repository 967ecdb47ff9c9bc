import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../../electron/core/backend';
import { channelFor, type IpcMethod } from '../../../../shared/ipc/contract';
import type { Result } from '../../../../shared/ipc/result';
import type { JournalEntry, JournalPage } from '../../../../shared/journal/entry';
import { fakeDesktop } from '../../../helpers/fakeDesktop';
import { fakeClock, makeTempDir, recordingLogger, testOrigin, testSenderUrl } from '../../../helpers/testBackend';

const minute = 60_000;

describe('createBackend', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let clock: ReturnType<typeof fakeClock>;
  const open: Backend[] = [];

  beforeEach(async () => {
    temp = await makeTempDir();
    clock = fakeClock();
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((backend) => backend.close()));
    await temp.remove();
  });

  async function start(): Promise<Backend> {
    const backend = await createBackend({
      dataDir: temp.dir,
      clock,
      allowedOrigins: [testOrigin],
      log: recordingLogger(),
      desktop: fakeDesktop(),
    });
    open.push(backend);
    return backend;
  }

  async function call<T>(backend: Backend, method: IpcMethod, payload?: unknown): Promise<T> {
    const result = await backend.router.dispatch(channelFor(method), testSenderUrl, payload);
    if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
    return result.value as T;
  }

  const texts = (page: JournalPage) => page.entries.map((entry) => entry.text);

  it('creates, lists newest first, edits and trashes entries, and keeps them across a restart', async () => {
    const backend = await start();
    const first = await call<JournalEntry>(backend, 'createEntry', { text: 'first breath of the day' });
    clock.advance(minute);
    await call(backend, 'createEntry', { title: 'Lunch', text: 'I said yes and meant no.' });
    clock.advance(minute);
    await call(backend, 'updateEntry', { id: first.id, title: 'Morning', text: 'first breath, slower this time' });

    const page = await call<JournalPage>(backend, 'listEntries', {});
    expect(texts(page)).toEqual(['I said yes and meant no.', 'first breath, slower this time']);
    expect(page.entries[1]).toMatchObject({ title: 'Morning', createdAt: first.createdAt });
    expect(page.entries[1]!.updatedAt > first.updatedAt).toBe(true);

    await backend.close();
    open.splice(0);
    const restarted = await start();
    expect(texts(await call<JournalPage>(restarted, 'listEntries', {}))).toEqual(texts(page));

    // Deleting moves an entry to the trash (tests/unit/electron/core/journal/journalTrash.test.ts has the rest).
    await call(restarted, 'deleteEntry', { id: first.id });
    expect(texts(await call<JournalPage>(restarted, 'listEntries', {}))).toEqual(['I said yes and meant no.']);
    expect(texts(await call<JournalPage>(restarted, 'listTrash'))).toEqual(['first breath, slower this time']);
  });

  it('files entries by month and pages through them without skipping or repeating', async () => {
    const backend = await start();
    for (let i = 0; i < 7; i += 1) {
      await call(backend, 'createEntry', { text: `entry ${i}` });
      clock.advance(12 * 24 * 60 * minute);
    }
    expect((await readdir(path.join(temp.dir, 'journal'))).sort()).toEqual([
      '2026-11.json',
      '2026-12.json',
      '2027-01.json',
      '2027-02.json',
    ]);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: JournalPage = await call<JournalPage>(backend, 'listEntries', { limit: 3, after });
      seen.push(...texts(page));
      after = page.nextCursor;
    } while (after !== null);
    expect(seen).toEqual(['entry 6', 'entry 5', 'entry 4', 'entry 3', 'entry 2', 'entry 1', 'entry 0']);
  });

  it('rejects invalid payloads with a typed error and stores nothing', async () => {
    const backend = await start();
    const bad: Array<[IpcMethod, unknown]> = [
      ['createEntry', { text: 42 }],
      ['createEntry', { text: 'fine', sneaky: true }],
      ['createEntry', { text: '   ' }],
      ['createEntry', { text: 'x'.repeat(200_001) }],
      ['createEntry', null],
      ['updateEntry', { id: '../../etc/passwd', title: '', text: 'x' }],
      ['listEntries', { limit: -1 }],
    ];
    for (const [method, payload] of bad) {
      const result = await backend.router.dispatch(channelFor(method), testSenderUrl, payload);
      expect(result, `${method} ${JSON.stringify(payload)?.slice(0, 40)}`).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', message: expect.stringMatching(/nothing changed/) },
      });
    }
    const tooLong = await backend.router.dispatch(channelFor('createEntry'), testSenderUrl, { text: 'x'.repeat(200_001) });
    expect(!tooLong.ok && tooLong.error.message).toMatch(/at most 200,000 characters\. Nothing was saved/);
    expect((await call<JournalPage>(backend, 'listEntries', {})).entries).toEqual([]);
    expect(await readdir(path.join(temp.dir, 'journal'))).toEqual([]);
  });

  it('refuses calls from frames that are not the app, and unknown channels', async () => {
    const backend = await start();
    for (const senderUrl of ['https://evil.example/', 'file:///tmp/page.html', 'app://presence.evil/x', undefined, 'not a url']) {
      const result = await backend.router.dispatch(channelFor('createEntry'), senderUrl, { text: 'hello' });
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    }
    const unknown = await backend.router.dispatch('presence:eraseEverything', testSenderUrl, {});
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect((await call<JournalPage>(backend, 'listEntries', {})).entries).toEqual([]);
  });

  it('answers not_found for an entry that does not exist', async () => {
    const backend = await start();
    const result: Result<unknown> = await backend.router.dispatch(channelFor('deleteEntry'), testSenderUrl, {
      id: '3f0c8d4e-4a51-4c36-9d5e-2b8e7f6a1c00',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses a second backend on the same folder with a clear error', async () => {
    await start();
    await expect(start()).rejects.toMatchObject({
      code: 'data_unavailable',
      message: expect.stringMatching(/already using/),
    });
  });

  it('reports a damaged journal month at start-up, restored from the morning backup', async () => {
    const first = await start();
    await call(first, 'createEntry', { text: 'kept safe in a backup' });
    await first.close();
    open.splice(0);
    clock.advance(24 * 60 * minute); // the next day's start makes a backup of the good file
    await (await start()).close();
    open.splice(0);
    await writeFile(path.join(temp.dir, 'journal', '2026-11.json'), '{"kind":"journal-month","schemaVersion":2,"data":{"entr');

    clock.advance(24 * 60 * minute);
    const backend = await start();
    const report = await call<{ notices: Array<{ kind: string; message: string }> }>(backend, 'getStartupReport');
    expect(report.notices).toHaveLength(1);
    expect(report.notices[0]!.kind).toBe('restored_from_backup');
    expect(texts(await call<JournalPage>(backend, 'listEntries', {}))).toEqual(['kept safe in a backup']);
  });

  it('backs up the folder before opening it, so an upgrade never touches the only copy', async () => {
    await mkdir(path.join(temp.dir, 'journal'));
    const formatOne = JSON.stringify({
      kind: 'journal-month',
      schemaVersion: 1,
      data: { entries: [{ id: '3f0c8d4e-4a51-4c36-9d5e-2b8e7f6a1c00', createdAt: '2026-11-02T10:00:00.000Z', text: 'old' }] },
    });
    await writeFile(path.join(temp.dir, 'journal', '2026-11.json'), formatOne);
    const backend = await start();
    const [backup] = await readdir(path.join(temp.dir, 'backups'));
    expect(await readFile(path.join(temp.dir, 'backups', backup!, 'journal', '2026-11.json'), 'utf8')).toBe(formatOne);
    expect(texts(await call<JournalPage>(backend, 'listEntries', {}))).toEqual(['old']);
  });
});

import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackups } from '../../../../../electron/core/store/backups';
import { fakeClock, makeTempDir, recordingLogger } from '../../../../helpers/testBackend';

const day = 24 * 60 * 60 * 1000;

describe('daily backups', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    temp = await makeTempDir();
    await mkdir(path.join(temp.dir, 'journal'));
    await writeFile(path.join(temp.dir, 'settings.json'), '{"a":1}');
    await writeFile(path.join(temp.dir, 'journal', '2026-11.json'), '{"b":2}');
    await writeFile(path.join(temp.dir, 'journal', '2026-10.json.corrupt-2026-11-01T00-00-00-000Z'), 'junk');
    await writeFile(path.join(temp.dir, 'journal', '.2026-11.json.abc123.tmp'), 'half');
    await writeFile(path.join(temp.dir, 'presence.lock'), '{"pid":1}');
  });
  afterEach(() => temp.remove());

  it('copies the data files, and only them, into a folder named for the day', async () => {
    const clock = fakeClock(new Date(2026, 10, 25, 12).getTime());
    const backups = createBackups({ dataDir: temp.dir, clock, keep: 14, log: recordingLogger() });
    expect(await backups.ensureDailyBackup()).toBe('2026-11-25');

    const folder = path.join(temp.dir, 'backups', '2026-11-25');
    expect((await readdir(folder)).sort()).toEqual(['journal', 'settings.json']);
    expect(await readdir(path.join(folder, 'journal'))).toEqual(['2026-11.json']);
    expect(await readFile(backups.pathOf('2026-11-25', path.join('journal', '2026-11.json')), 'utf8')).toBe('{"b":2}');
  });

  it('makes one backup a day and keeps the newest fourteen', async () => {
    const clock = fakeClock(new Date(2026, 10, 1, 12).getTime());
    const backups = createBackups({ dataDir: temp.dir, clock, keep: 14, log: recordingLogger() });
    expect(await backups.ensureDailyBackup()).toBe('2026-11-01');
    expect(await backups.ensureDailyBackup()).toBeNull();
    for (let i = 1; i < 20; i += 1) {
      clock.advance(day);
      await backups.ensureDailyBackup();
    }
    const kept = await backups.list();
    expect(kept).toHaveLength(14);
    expect(kept[0]).toBe('2026-11-20');
    expect(kept[13]).toBe('2026-11-07');
    // The backups folder itself is never copied into a backup.
    expect(await readdir(path.join(temp.dir, 'backups', '2026-11-20'))).not.toContain('backups');
  });

  it('ignores a half-made backup left by a crash', async () => {
    await mkdir(path.join(temp.dir, 'backups', '.partial-2026-11-24'), { recursive: true });
    const backups = createBackups({ dataDir: temp.dir, clock: fakeClock(), keep: 14, log: recordingLogger() });
    expect(await backups.list()).toEqual([]);
  });
});

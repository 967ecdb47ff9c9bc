import { readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireDataFolderLock, lockFileName } from '../../../../../electron/core/store/dataFolderLock';
import { makeTempDir } from '../../../../helpers/testBackend';

describe('data folder lock', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    temp = await makeTempDir();
  });
  afterEach(() => temp.remove());

  it('lets only one owner in at a time, with a message that says who has it', async () => {
    const first = await acquireDataFolderLock(temp.dir, new Date());
    await expect(acquireDataFolderLock(temp.dir, new Date())).rejects.toMatchObject({
      code: 'data_unavailable',
      message: expect.stringContaining(`Another copy of Presence (process ${process.pid}) is already using ${temp.dir}`),
    });
    await first.release();
    const second = await acquireDataFolderLock(temp.dir, new Date());
    await second.release();
  });

  it('takes over a lock left by a process that is no longer running', async () => {
    const lockPath = path.join(temp.dir, lockFileName);
    // Far above any real pid on Linux (pid_max is at most 2^22).
    await writeFile(lockPath, JSON.stringify({ pid: 2 ** 30, host: hostname(), since: '2026-01-01T00:00:00.000Z' }));
    const lock = await acquireDataFolderLock(temp.dir, new Date());
    expect(JSON.parse(await readFile(lockPath, 'utf8')).pid).toBe(process.pid);
    await lock.release();
  });

  it('takes over an unreadable lock file, as left by a crash while writing it', async () => {
    await writeFile(path.join(temp.dir, lockFileName), '');
    const lock = await acquireDataFolderLock(temp.dir, new Date());
    await lock.release();
  });

  it('does not remove a lock that someone else has taken since', async () => {
    const lockPath = path.join(temp.dir, lockFileName);
    const lock = await acquireDataFolderLock(temp.dir, new Date());
    const othersLock = JSON.stringify({ pid: 1, host: 'elsewhere', since: 'now' });
    await writeFile(lockPath, othersLock);
    await lock.release();
    expect(await readFile(lockPath, 'utf8')).toBe(othersLock);
  });
});

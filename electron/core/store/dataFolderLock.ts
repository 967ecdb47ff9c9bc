import { readFile, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { PresenceError } from '../../../shared/ipc/result';

export const lockFileName = 'presence.lock';

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

export interface DataFolderLock {
  release(): Promise<void>;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(lockPath: string): Promise<LockOwner | null> {
  try {
    const owner = JSON.parse(await readFile(lockPath, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' ? (owner as LockOwner) : null;
  } catch {
    return null;
  }
}

/**
 * One process owns the data folder. The single-instance lock covers the app;
 * this also covers a second copy of Presence (or a test) pointed at the same folder.
 * A lock left by a process that no longer runs on this host is taken over.
 */
export async function acquireDataFolderLock(dataDir: string, now: Date): Promise<DataFolderLock> {
  const lockPath = path.join(dataDir, lockFileName);
  const me: LockOwner = { pid: process.pid, host: hostname(), since: now.toISOString() };
  const token = `${JSON.stringify(me)}\n`;

  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      await writeFile(lockPath, token, { flag: 'wx', mode: 0o600 });
      let released = false;
      return {
        release: async () => {
          if (released) return;
          released = true;
          if ((await readFile(lockPath, 'utf8').catch(() => null)) === token) await rm(lockPath, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = await readOwner(lockPath);
    if (owner && (owner.host !== me.host || isRunning(owner.pid))) {
      const where = owner.host === me.host ? `process ${owner.pid}` : `process ${owner.pid} on ${owner.host}`;
      throw new PresenceError(
        'data_unavailable',
        `Another copy of Presence (${where}) is already using ${dataDir}. Close it first; two copies writing at once could lose entries.`,
      );
    }
    await rm(lockPath, { force: true });
  }
  throw new PresenceError('data_unavailable', `Presence could not take ownership of ${dataDir}.`);
}

import { copyFile, mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Clock } from '../../../shared/clock';
import type { Logger } from '../logger';
import { isTempFileName } from './durableWrite';

export const backupsFolderName = 'backups';
const backupNamePattern = /^\d{4}-\d{2}-\d{2}$/;

export interface Backups {
  /** Copies the data folder into backups/<today> unless today's copy exists; prunes to `keep`. */
  ensureDailyBackup(): Promise<string | null>;
  /** Backup folder names, newest first. */
  list(): Promise<string[]>;
  pathOf(backupName: string, relativeFile: string): string;
}

function localDateName(epochMs: number): string {
  const date = new Date(epochMs);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Data files only: no lock, no temp files, nothing set aside as damaged, no backups of backups. */
export function isBackedUp(relativePath: string): boolean {
  const name = path.basename(relativePath);
  return (
    relativePath.split(path.sep)[0] !== backupsFolderName &&
    name.endsWith('.json') &&
    !isTempFileName(name)
  );
}

/** Every data file under the folder, as paths relative to it. */
export async function listDataFiles(dataDir: string): Promise<string[]> {
  const found = await readdir(dataDir, { recursive: true, withFileTypes: true });
  return found
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dataDir, path.join(entry.parentPath, entry.name)))
    .filter(isBackedUp)
    .sort();
}

export function createBackups(options: { dataDir: string; clock: Clock; keep: number; log: Logger }): Backups {
  const root = path.join(options.dataDir, backupsFolderName);

  async function list(): Promise<string[]> {
    const names = await readdir(root).catch(() => [] as string[]);
    return names.filter((name) => backupNamePattern.test(name)).sort().reverse();
  }

  async function ensureDailyBackup(): Promise<string | null> {
    const name = localDateName(options.clock.now());
    if ((await list()).includes(name)) return null;
    await mkdir(root, { recursive: true });
    // Copied under a temporary name and renamed, so a half-made backup is never mistaken for a good one.
    const partial = path.join(root, `.partial-${name}`);
    await rm(partial, { recursive: true, force: true });
    for (const relative of await listDataFiles(options.dataDir)) {
      await mkdir(path.dirname(path.join(partial, relative)), { recursive: true });
      await copyFile(path.join(options.dataDir, relative), path.join(partial, relative));
    }
    await rename(partial, path.join(root, name));
    for (const old of (await list()).slice(options.keep)) {
      await rm(path.join(root, old), { recursive: true, force: true });
    }
    options.log.info(`backed up the data folder to ${name}`);
    return name;
  }

  return {
    ensureDailyBackup,
    list,
    pathOf: (backupName, relativeFile) => path.join(root, backupName, relativeFile),
  };
}

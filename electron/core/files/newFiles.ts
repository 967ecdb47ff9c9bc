import { mkdir, open } from 'node:fs/promises';
import path from 'node:path';
import { syncFolder } from '../store/durableWrite';

/**
 * Creates `<parent>/<name>`, or `<name> (2)`, `<name> (3)`… when that is taken, so an
 * export never writes into a folder that already exists, empty or not.
 */
export async function createFreshFolder(parent: string, name: string, maxTries = 100): Promise<string> {
  for (let attempt = 1; attempt <= maxTries; attempt += 1) {
    const candidate = path.join(parent, attempt === 1 ? name : `${name} (${attempt})`);
    try {
      // Not recursive: EEXIST is exactly how we learn the name is taken, with no race.
      await mkdir(candidate);
      return candidate;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw Object.assign(new Error(`${maxTries} folders called "${name}" already exist in ${parent}`), { code: 'EEXIST' });
}

export interface RelativeFile {
  /** Relative to the folder, with `/` between parts. */
  path: string;
  content: string;
}

/** Thrown when a file could not be written; the `written` ones before it are on disk. */
export class FilesPartlyWritten extends Error {
  constructor(
    readonly written: number,
    cause: unknown,
  ) {
    super(`${written} files were written before: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'FilesPartlyWritten';
  }
}

/** 'wx' refuses to replace anything, so even a name clash can never overwrite a file. */
async function writeNewFile(filePath: string, content: string): Promise<void> {
  const handle = await open(filePath, 'wx', 0o600);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function resolveInside(folder: string, relative: string): string {
  const target = path.resolve(folder, ...relative.split('/'));
  if (!target.startsWith(folder + path.sep)) throw new Error(`refusing to write outside ${folder}: ${relative}`);
  return target;
}

// A few writes in flight hide most of the fsync latency; more would only queue in the disk.
const writesInFlight = 8;

/**
 * Writes new files into a folder (creating subfolders) and flushes every file and
 * folder to disk, so "exported" means on the disk. Never replaces an existing file.
 */
export async function writeNewFiles(folder: string, files: readonly RelativeFile[]): Promise<void> {
  const subfolders = new Set<string>();
  let written = 0;
  let next = 0;
  const failures: unknown[] = [];
  async function worker(): Promise<void> {
    // Every worker stops at the first failure, so nothing is written after it is reported.
    while (failures.length === 0 && next < files.length) {
      const file = files[next++]!;
      try {
        const target = resolveInside(folder, file.path);
        const subfolder = path.dirname(target);
        if (!subfolders.has(subfolder)) {
          await mkdir(subfolder, { recursive: true });
          subfolders.add(subfolder);
        }
        await writeNewFile(target, file.content);
        written += 1;
      } catch (error) {
        failures.push(error);
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(writesInFlight, files.length) }, worker));
  if (failures.length > 0) throw new FilesPartlyWritten(written, failures[0]);
  try {
    for (const subfolder of subfolders) await syncFolder(subfolder);
    await syncFolder(folder);
    await syncFolder(path.dirname(folder));
  } catch (error) {
    throw new FilesPartlyWritten(written, error);
  }
}

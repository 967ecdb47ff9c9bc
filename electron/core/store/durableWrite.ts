import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

export async function syncFolder(folder: string): Promise<void> {
  // Without this the rename itself may not survive a power cut; Windows cannot open folders, and does not need it.
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Replaces a file so that after a crash or power cut it holds either the old
 * bytes or the new ones, never a mix: temp file, fsync, rename, fsync folder.
 * lowdb's own writer renames but never fsyncs.
 */
export async function writeFileDurably(filePath: string, contents: string | Uint8Array): Promise<void> {
  const folder = path.dirname(filePath);
  const tempPath = path.join(folder, `.${path.basename(filePath)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(tempPath, 'wx', 0o600);
  try {
    try {
      await handle.writeFile(contents);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tempPath, filePath);
  } catch (error) {
    await rm(tempPath, { force: true });
    throw error;
  }
  await syncFolder(folder);
}

export function isTempFileName(name: string): boolean {
  return name.startsWith('.') && name.endsWith('.tmp');
}

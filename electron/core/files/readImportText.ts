import { open } from 'node:fs/promises';
import { PresenceError } from '../../../shared/ipc/result';

/** Far above any real journal (50,000 long entries are ~100 MB), low enough to read safely into memory. */
export const maxImportBytes = 200 * 1024 * 1024;

const nothingImported = 'Nothing was imported.';

function unreadable(error: unknown): PresenceError {
  const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
  const why =
    code === 'ENOENT'
      ? 'That file is no longer there.'
      : code === 'EACCES' || code === 'EPERM'
        ? 'Presence is not allowed to read that file.'
        : code === 'EISDIR'
          ? 'That is a folder, not a file.'
          : `Presence could not read that file (${code}).`;
  return new PresenceError('data_unavailable', `${why} ${nothingImported}`);
}

/**
 * The whole file as text, or a PresenceError in plain words: too big, not text, or not
 * readable. The size is checked before reading, so a huge file is never loaded.
 */
export async function readImportText(filePath: string, maxBytes = maxImportBytes): Promise<string> {
  let bytes: Uint8Array;
  try {
    const handle = await open(filePath, 'r');
    try {
      const { size } = await handle.stat();
      if (size > maxBytes) {
        const megabytes = (value: number) => `${Math.ceil(value / (1024 * 1024))} MB`;
        throw new PresenceError(
          'invalid_input',
          `This file is ${megabytes(size)}, larger than a Presence journal export can be (at most ${megabytes(maxBytes)}). ${nothingImported}`,
        );
      }
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw error instanceof PresenceError ? error : unreadable(error);
  }
  try {
    // Fatal, so a binary file is named for what it is instead of being parsed as mangled text.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new PresenceError('invalid_input', `This file is not a Presence journal export: it is not text. ${nothingImported}`);
  }
}

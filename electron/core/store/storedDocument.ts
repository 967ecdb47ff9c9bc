import { rename } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { PresenceError } from '../../../shared/ipc/result';
import type { StoreNotice } from '../../../shared/store/storeNotice';
import { decodeDocument, encodeDocument, type Decoded, type DocumentEnvelope, type DocumentType } from './documentType';
import { DurableJsonFile } from './durableJsonFile';
import type { StoreContext } from './storeContext';

export interface StoredDocument<T> {
  /** The current data; treat as read-only and change it through `update`. */
  readonly data: T;
  /** Null when the file may be changed; otherwise the reason it may not. */
  readonly readOnlyReason: string | null;
  /** Applies a change and saves it durably; on any failure neither the file nor `data` changes. */
  update(change: (draft: T) => void): Promise<void>;
}

async function readDecoded<T>(type: DocumentType<T>, file: DurableJsonFile<unknown>): Promise<Decoded<T> | null> {
  let parsed: unknown;
  try {
    parsed = await file.read();
  } catch (error) {
    if (error instanceof SyntaxError) return { status: 'damaged', reason: 'it is not valid JSON (it may be empty or cut short)' };
    throw error;
  }
  return parsed === null ? null : decodeDocument(type, parsed);
}

function timestampForFileName(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/[:.]/g, '-');
}

/** The newest backup whose copy of this file reads cleanly, if any. */
async function findGoodBackup<T>(type: DocumentType<T>, relativeFile: string, context: StoreContext) {
  for (const backupName of await context.backups.list()) {
    const candidate = new DurableJsonFile<unknown>(context.backups.pathOf(backupName, relativeFile));
    const decoded = await readDecoded(type, candidate).catch(() => null);
    if (decoded?.status === 'ok') return { backupName, data: decoded.data };
  }
  return null;
}

/**
 * Opens one versioned file. A damaged file is set aside and replaced by the
 * newest good backup (or a fresh start); a file from a newer version, or one
 * that cannot be opened, is left exactly as it is and becomes read-only.
 */
export async function openStoredDocument<T>(
  type: DocumentType<T>,
  relativeFile: string,
  context: StoreContext,
): Promise<StoredDocument<T>> {
  const filePath = path.join(context.dataDir, relativeFile);
  const file = new DurableJsonFile<DocumentEnvelope<T>>(filePath);
  const db = new Low<DocumentEnvelope<T>>(file, encodeDocument(type, type.empty()));
  let readOnlyReason: string | null = null;
  const tell = (notice: StoreNotice) => {
    context.notices.push(notice);
    context.log.warn(`${notice.message} (${notice.detail})`);
  };

  const label = type.describe(relativeFile);
  let decoded: Decoded<T> | null;
  try {
    decoded = await readDecoded(type, file as DurableJsonFile<unknown>);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    readOnlyReason = `${label} could not be opened, so Presence left it exactly as it is and cannot change it for now.`;
    tell({ kind: 'unreadable', file: filePath, keptAt: filePath, message: readOnlyReason, detail: `${filePath}: ${code}` });
    decoded = null;
  }

  if (decoded?.status === 'ok') {
    db.data = encodeDocument(type, decoded.data);
    if (decoded.migratedFrom !== null) await db.write();
  } else if (decoded?.status === 'newer') {
    readOnlyReason =
      `${label} was saved by a newer version of Presence, so this version left it untouched and cannot change it. ` +
      'Update Presence to use it again.';
    tell({
      kind: 'newer_version',
      file: filePath,
      keptAt: filePath,
      message: readOnlyReason,
      detail: `${filePath} is format ${decoded.version}; this version reads up to format ${type.version}.`,
    });
  } else if (decoded?.status === 'damaged') {
    const keptAt = `${filePath}.corrupt-${timestampForFileName(context.clock.now())}`;
    await rename(filePath, keptAt);
    const backup = await findGoodBackup(type, relativeFile, context);
    db.data = encodeDocument(type, backup ? backup.data : type.empty());
    await db.write();
    const detail = `${filePath} could not be read: ${decoded.reason}.`;
    tell(
      backup
        ? {
            kind: 'restored_from_backup',
            file: filePath,
            keptAt,
            message: `${label} could not be read, so Presence restored it from the backup of ${backup.backupName}. Anything written after that backup is still in the damaged copy, kept at ${keptAt}.`,
            detail,
          }
        : {
            kind: 'started_fresh',
            file: filePath,
            keptAt,
            message: `${label} could not be read and there was no good backup of it, so Presence started it afresh. The damaged copy was not deleted; it is kept at ${keptAt}.`,
            detail,
          },
    );
  }

  let queue: Promise<void> = Promise.resolve();
  async function update(change: (draft: T) => void): Promise<void> {
    if (readOnlyReason !== null) throw new PresenceError('data_unavailable', readOnlyReason);
    const previous = db.data;
    const draft = structuredClone(previous.data);
    change(draft);
    // A change that breaks the schema is a bug; refusing it keeps the file readable.
    const checked = type.schema.parse(draft);
    db.data = encodeDocument(type, checked);
    try {
      await db.write();
    } catch (error) {
      db.data = previous;
      const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
      throw new PresenceError(
        'data_unavailable',
        `Presence could not save this just now (${code} on ${relativeFile}). Nothing saved before was changed; your text is still here, so try again in a moment.`,
      );
    }
  }

  return {
    get data() {
      return db.data.data;
    },
    get readOnlyReason() {
      return readOnlyReason;
    },
    update: (change) => {
      const next = queue.then(() => update(change));
      queue = next.catch(() => undefined);
      return next;
    },
  };
}

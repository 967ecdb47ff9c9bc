import { mkdir } from 'node:fs/promises';
import type { StartupReport } from '../../shared/store/storeNotice';
import type { BackendOptions } from './backendOptions';
import { createRouter, type IpcRouter } from './ipc/router';
import { openJournalRepository } from './journal/journalRepository';
import { createBackups } from './store/backups';
import { acquireDataFolderLock } from './store/dataFolderLock';
import type { StoreContext } from './store/storeContext';

export const backupsKept = 14;

export interface Backend {
  router: IpcRouter;
  startupReport: StartupReport;
  /** Releases the data folder; call before quitting. */
  close(): Promise<void>;
}

/**
 * Builds every service on one data folder. main.ts passes Electron-backed
 * adapters; tests pass fakes. Only the transport in front of the router differs.
 */
export async function createBackend(options: BackendOptions): Promise<Backend> {
  const { dataDir, clock, log } = options;
  await mkdir(dataDir, { recursive: true });
  const lock = await acquireDataFolderLock(dataDir, new Date(clock.now()));
  try {
    const backups = createBackups({ dataDir, clock, keep: backupsKept, log });
    // Before anything is opened: migrations and repairs must never touch the only copy.
    await backups.ensureDailyBackup().catch((error: unknown) => log.error('daily backup failed', error));
    const context: StoreContext = { dataDir, clock, log, backups, notices: [] };
    const journal = await openJournalRepository(context);
    const startupReport: StartupReport = { dataDir, notices: context.notices };

    const router = createRouter({
      allowedOrigins: options.allowedOrigins,
      log,
      handlers: {
        getStartupReport: () => startupReport,
        listEntries: ({ limit, after }) => journal.page(limit, after),
        getEntry: ({ id }) => journal.get(id),
        createEntry: (input) => journal.create(input),
        updateEntry: (changes) => journal.update(changes),
        deleteEntry: async ({ id }) => {
          await journal.remove(id);
          return { id };
        },
      },
    });

    return { router, startupReport, close: () => lock.release() };
  } catch (error) {
    await lock.release();
    throw error;
  }
}

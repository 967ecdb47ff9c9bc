import { mkdir } from 'node:fs/promises';
import type { SchedulerStatus, SnoozeOption } from '../../shared/scheduler/schedulerTypes';
import type { StartupReport } from '../../shared/store/storeNotice';
import type { BackendOptions } from './backendOptions';
import type { PresenceEvent } from '../../shared/ipc/events';
import { createEventHub } from './eventHub';
import { createRouter, type IpcRouter } from './ipc/router';
import { createIpcHandlers } from './ipcHandlers';
import { openDraftStore } from './journal/draftStore';
import { openJournalRepository } from './journal/journalRepository';
import { createJournalTransfer } from './journal/journalTransfer';
import { openPauseLoop } from './pause/pauseLoop';
import { openSettings } from './settings/openSettings';
import { createBackups } from './store/backups';
import { acquireDataFolderLock } from './store/dataFolderLock';
import type { StoreContext } from './store/storeContext';

export const backupsKept = 14;

export interface Backend {
  router: IpcRouter;
  startupReport: StartupReport;
  /** For the tray: the scheduler's state in words, now and on every change. */
  schedulerView(): { status: SchedulerStatus; text: string };
  onSchedulerChange(listener: (view: { status: SchedulerStatus; text: string }) => void): void;
  /** Every change the windows should hear about. */
  onEvent(listener: (event: PresenceEvent) => void): void;
  snooze(option: SnoozeOption): Promise<void>;
  resume(): Promise<void>;
  powerEvent(kind: 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen'): void;
  /** Stops the scheduler and releases the data folder; call before quitting. */
  close(): Promise<void>;
}

/**
 * Builds every service on one data folder. main.ts passes Electron-backed
 * adapters; tests pass fakes. Only the transport in front of the router differs.
 */
export async function createBackend(options: BackendOptions): Promise<Backend> {
  const { dataDir, clock, log, desktop } = options;
  await mkdir(dataDir, { recursive: true });
  const lock = await acquireDataFolderLock(dataDir, new Date(clock.now()));
  try {
    const backups = createBackups({ dataDir, clock, keep: backupsKept, log });
    // Before anything is opened: migrations and repairs must never touch the only copy.
    await backups.ensureDailyBackup().catch((error: unknown) => log.error('daily backup failed', error));
    const context: StoreContext = { dataDir, clock, log, backups, notices: [] };
    const journal = await openJournalRepository(context);
    // Entries past their time in the trash go now, before any window can show them.
    await journal.purgeExpired();
    const drafts = await openDraftStore(context);
    const settings = await openSettings(context, desktop);
    const loop = await openPauseLoop({ context, desktop, journal, settings });
    const startupReport: StartupReport = { dataDir, notices: context.notices };
    const events = createEventHub(log);
    loop.onChange((view) => events.emit({ type: 'scheduler-changed', ...view }));
    const transfer = createJournalTransfer({
      journal,
      files: desktop.files,
      clock,
      timeZone: desktop.timeZone,
      onJournalChanged: () => events.emit({ type: 'journal-changed' }),
    });

    const router = createRouter({
      allowedOrigins: options.allowedOrigins,
      log,
      handlers: createIpcHandlers({
        startupReport,
        journal,
        drafts,
        settings,
        pauses: loop.pauses,
        scheduler: loop.scheduler,
        surfaces: desktop.surfaces,
        describeStatus: loop.describeStatus,
        events,
        transfer,
        timeZone: desktop.timeZone,
      }),
    });
    loop.start();

    return {
      router,
      startupReport,
      schedulerView: loop.view,
      onSchedulerChange: loop.onChange,
      onEvent: events.on,
      snooze: async (option) => {
        await loop.scheduler.snooze(option);
      },
      resume: async () => {
        await loop.scheduler.resume();
      },
      powerEvent: loop.powerEvent,
      close: async () => {
        await loop.stop();
        // Words typed just before quitting are still on their way to disk.
        await drafts.idle();
        await lock.release();
      },
    };
  } catch (error) {
    await lock.release();
    throw error;
  }
}

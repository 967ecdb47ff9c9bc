import type { SchedulerStatus, SnoozeOption } from '../../shared/scheduler/schedulerTypes';
import type { StartupReport } from '../../shared/store/storeNotice';
import type { SurfaceOpener } from './desktopPorts';
import type { EventHub } from './eventHub';
import type { DraftStore } from './journal/draftStore';
import type { IpcHandlers } from './ipc/router';
import { freeEntryDraft, type JournalRepository } from './journal/journalRepository';
import { searchJournal, tagsInUse } from './journal/journalFinder';
import type { JournalTransfer } from './journal/journalTransfer';
import type { PauseService } from './pause/pauseService';
import type { SettingsService } from './settings/settingsService';

/** The part of the scheduler the window side may drive. */
export interface SchedulerControl {
  status(): SchedulerStatus;
  snooze(option: SnoozeOption): Promise<SchedulerStatus>;
  resume(): Promise<SchedulerStatus>;
  /** A pause taken or an entry written: the next invitation waits for a quiet stretch after it. */
  recordActivity(): Promise<void>;
  recordResponse(response: 'taken' | 'closed' | 'snoozed'): Promise<void>;
}

export interface HandlerServices {
  startupReport: StartupReport;
  journal: JournalRepository;
  /** Unfinished entries, kept per editor until saved or discarded. */
  drafts: DraftStore;
  pauses: PauseService;
  settings: SettingsService;
  scheduler: SchedulerControl;
  surfaces: SurfaceOpener;
  describeStatus: (status: SchedulerStatus) => string;
  events: EventHub;
  /** Export and import; an import tells the windows itself, even when it stops part-way. */
  transfer: JournalTransfer;
  /** The person's IANA time zone now, for search's date filters (local calendar days). */
  timeZone: () => string;
}

/** The contract's methods, each answered by the service that owns it. */
export function createIpcHandlers(services: HandlerServices): IpcHandlers {
  const { journal, pauses, settings, scheduler, surfaces, events } = services;
  /** Runs a change, then tells every window the journal changed. */
  const changingJournal = async <T>(change: Promise<T>): Promise<T> => {
    const result = await change;
    events.emit({ type: 'journal-changed' });
    return result;
  };
  const view = (status: SchedulerStatus) => ({ status, text: services.describeStatus(status) });

  return {
    getStartupReport: () => services.startupReport,
    listEntries: ({ limit, after }) => journal.page(limit, after),
    getEntry: ({ id }) => journal.get(id),
    createEntry: async (input) => {
      const entry = await changingJournal(journal.create(freeEntryDraft(input)));
      await scheduler.recordActivity();
      return entry;
    },
    updateEntry: (changes) => changingJournal(journal.update(changes)),
    searchEntries: (request) => searchJournal(journal.allEntries(), request, services.timeZone()),
    listTags: () => tagsInUse(journal.allEntries()),
    deleteEntry: ({ id }) => changingJournal(journal.moveToTrash(id)),
    restoreEntry: ({ id }) => changingJournal(journal.restore(id)),
    listTrash: async () => {
      // No timer empties the trash: it is emptied whenever someone looks, and at start-up.
      if ((await journal.purgeExpired()) > 0) events.emit({ type: 'journal-changed' });
      return { entries: journal.trashed() };
    },
    deleteForever: async ({ id }) => {
      await changingJournal(journal.deleteForever(id));
      return { id };
    },
    beginPause: () => pauses.beginPause(),
    nextJournalPrompt: () => pauses.nextJournalPrompt(),
    finishPause: async (finish) => {
      const result = await pauses.finishPause(finish);
      if (result.entry) events.emit({ type: 'journal-changed' });
      // 'taken' also counts as activity: the next invitation waits for a quiet stretch after it.
      await scheduler.recordResponse(finish.outcome);
      return result;
    },
    saveReset: async (input) => {
      const entry = await changingJournal(pauses.saveReset(input));
      await scheduler.recordActivity();
      return entry;
    },
    getSettings: () => settings.current(),
    updateSettings: async (change) => {
      const saved = await settings.update(change);
      events.emit({ type: 'settings-changed', settings: saved.settings });
      return saved;
    },
    getSchedulerStatus: () => view(scheduler.status()),
    snooze: async ({ option }) => view(await scheduler.snooze(option)),
    resume: async () => view(await scheduler.resume()),
    openSurface: ({ surface }) => {
      surfaces.open(surface);
      return { opened: surface };
    },
    exportJournal: ({ format }) => services.transfer.exportJournal(format),
    importJournal: () => services.transfer.importJournal(),
    saveDraft: (input) => services.drafts.save(input),
    getDraft: ({ key }) => services.drafts.get(key),
    discardDraft: ({ key }) => services.drafts.discard(key),
    listDrafts: async () => ({ drafts: await services.drafts.list() }),
  };
}

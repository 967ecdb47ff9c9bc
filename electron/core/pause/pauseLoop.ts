import type { SchedulerStatus } from '../../../shared/scheduler/schedulerTypes';
import { statusText } from '../../../shared/scheduler/statusText';
import type { DesktopPorts } from '../backendOptions';
import type { SchedulerControl } from '../ipcHandlers';
import type { JournalRepository } from '../journal/journalRepository';
import { chooseNotifier } from '../notifications/chooseNotifier';
import { createSchedulerRuntime } from '../scheduler/schedulerRuntime';
import type { SettingsService } from '../settings/settingsService';
import { openStoredDocument } from '../store/storedDocument';
import type { StoreContext } from '../store/storeContext';
import { pauseLogDocument, promptRotationDocument } from './pauseDocuments';
import { createPauseService, type PauseService } from './pauseService';
import { schedulerMemoryDocument } from './schedulerMemoryDocument';

export interface PauseLoop {
  pauses: PauseService;
  scheduler: SchedulerControl;
  describeStatus(status: SchedulerStatus): string;
  view(): { status: SchedulerStatus; text: string };
  onChange(listener: (view: { status: SchedulerStatus; text: string }) => void): void;
  powerEvent(kind: 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen'): void;
  start(): void;
  /** Stops the scheduler and waits for an invitation or record still being written. */
  stop(): Promise<void>;
}

const invitationTitle = 'A moment for you';

/**
 * The heart of the app: the scheduler decides when, the pause service picks
 * what to offer and records how it went, the notifier carries the invitation.
 */
export async function openPauseLoop(parts: {
  context: StoreContext;
  desktop: DesktopPorts;
  journal: JournalRepository;
  settings: SettingsService;
}): Promise<PauseLoop> {
  const { context, desktop, journal, settings } = parts;
  const pauses = createPauseService({
    journal,
    pauseLog: await openStoredDocument(pauseLogDocument, 'pauses.json', context),
    rotation: await openStoredDocument(promptRotationDocument, 'prompt-rotation.json', context),
    settings: settings.current,
    clock: context.clock,
    random: desktop.random,
  });
  const memory = await openStoredDocument(schedulerMemoryDocument, 'scheduler.json', context);
  const notifier = chooseNotifier({
    systemNotifier: desktop.systemNotifier,
    nodeNotifier: desktop.nodeNotifier,
    preference: () => settings.current().notifier,
    openGently: () => desktop.surfaces.open('quick-pause', { gently: true }),
    log: context.log,
  });
  // Invitations and records run outside any IPC call; closing waits for them so no write is cut off.
  const inFlight = new Set<Promise<unknown>>();
  const track = (work: Promise<unknown>) => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
    return work;
  };
  const listeners: Array<(view: { status: SchedulerStatus; text: string }) => void> = [];
  const describeStatus = (status: SchedulerStatus) =>
    statusText(status, desktop.timeZone(), { now: context.clock.now() });

  const runtime = createSchedulerRuntime({
    clock: context.clock,
    timers: desktop.timers,
    signals: desktop.signals,
    timeZone: desktop.timeZone,
    getSettings: settings.current,
    memory: {
      read: () => memory.data,
      write: (next) => memory.update((draft) => Object.assign(draft, next)),
    },
    random: desktop.random,
    invite: () =>
      track(
        (async () => {
          const prompt = await pauses.prepareInvitation();
          await notifier.show({ title: invitationTitle, body: prompt.text, sound: settings.current().sound }, () =>
            desktop.surfaces.open('quick-pause'),
          );
        })(),
      ).then(() => undefined),
    onIgnored: () => {
      void track(pauses.settleInvitation('ignored')).catch((error: unknown) =>
        context.log.error('could not record an ignored invitation', error),
      );
    },
    onStatusChange: (status) => {
      const view = { status, text: describeStatus(status) };
      for (const listener of listeners) listener(view);
    },
    log: context.log,
  });
  settings.onChange(() => {
    runtime.settingsChanged();
    return null;
  });

  return {
    pauses,
    scheduler: {
      ...runtime,
      // A snooze while an invitation waits is that invitation's answer, from the tray or a window alike.
      snooze: async (option) => {
        await pauses.settleInvitation('snoozed');
        return runtime.snooze(option);
      },
    },
    describeStatus,
    view: () => ({ status: runtime.status(), text: describeStatus(runtime.status()) }),
    onChange: (listener) => listeners.push(listener),
    powerEvent: (kind) => runtime.powerEvent(kind),
    start: () => runtime.start(),
    stop: async () => {
      runtime.stop();
      await Promise.allSettled([...inFlight]);
    },
  };
}

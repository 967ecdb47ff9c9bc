import type { Clock } from '../../../shared/clock';
import type { SchedulerStatus, SnoozeOption } from '../../../shared/scheduler/schedulerTypes';
import type { Settings } from '../../../shared/settings/settings';
import type { AttentionSignals, Timers } from '../desktopPorts';
import type { Logger } from '../logger';
import type { SchedulerMemoryStore } from './schedulerMemoryKeeper';

export interface SchedulerRuntimeOptions {
  /** Wall clock: plans are made in local time, which is what the person reads on their screen. */
  clock: Clock;
  /** Monotonic timers; exactly one is armed while the scheduler runs. */
  timers: Timers;
  /** Read only when an invitation is due, never polled. */
  signals: AttentionSignals;
  /** The current IANA zone, asked at every plan, so travelling or a DST change is picked up. */
  timeZone: () => string;
  getSettings: () => Settings;
  memory: SchedulerMemoryStore;
  /** [0, 1); drawn once per invitation for its jitter. */
  random: () => number;
  invite: () => Promise<void>;
  /** The invitation shown at `invitedAt` got no response before the next one. */
  onIgnored: (invitedAt: number) => void;
  onStatusChange: (status: SchedulerStatus) => void;
  log: Logger;
}

export type PauseResponse = 'taken' | 'closed' | 'snoozed';
export type PowerEvent = 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen';

export interface SchedulerRuntime {
  start(): void;
  stop(): void;
  status(): SchedulerStatus;
  /** Takes effect at once; resolves with the new status once the snooze is saved. */
  snooze(option: SnoozeOption): Promise<SchedulerStatus>;
  /** Ends a snooze early; resolves like `snooze`. */
  resume(): Promise<SchedulerStatus>;
  settingsChanged(): void;
  /** A pause taken or a journal entry written: the person is engaged. Resolves once saved. */
  recordActivity(): Promise<void>;
  /** What the person did with the last invitation. Resolves once saved. */
  recordResponse(response: PauseResponse): Promise<void>;
  powerEvent(event: PowerEvent): void;
  /** Timer callbacks so far. */
  wakeUps(): number;
  /** Resolves once every change so far has been written. */
  saved(): Promise<void>;
}

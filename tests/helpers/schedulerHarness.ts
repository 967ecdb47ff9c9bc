import type { AttentionSignals } from '../../electron/core/desktopPorts';
import type { Logger } from '../../electron/core/logger';
import { createSchedulerRuntime } from '../../electron/core/scheduler/schedulerRuntime';
import type { PauseResponse, SchedulerRuntime } from '../../electron/core/scheduler/schedulerRuntimeTypes';
import { emptySchedulerMemory, type SchedulerMemory, type SchedulerStatus } from '../../shared/scheduler/schedulerTypes';
import { defaultSettings, type Settings } from '../../shared/settings/settings';
import { localInstant, localText } from './localTimeText';
import { createSimulatedTime, type SimulatedTime } from './simulatedTime';

export interface SchedulerHarnessOptions {
  /** Local start time in `timeZone`, e.g. '2026-01-05 08:00' (a Monday). */
  start: string;
  timeZone?: string;
  /** Merged over the defaults, with jitter 0 unless given, so times are exact. */
  settings?: Partial<Settings>;
  memory?: SchedulerMemory;
  random?: () => number;
  /** What the simulated person does with each invitation, at once. */
  respond?: PauseResponse | 'ignore';
}

export { seededRandom } from './seededRandom';

/** A scheduler runtime wired to simulated time and a scripted person. */
export function createSchedulerHarness(options: SchedulerHarnessOptions) {
  let timeZone = options.timeZone ?? 'Europe/London';
  const sim: SimulatedTime = createSimulatedTime(localInstant(options.start, timeZone));
  let settings: Settings = { ...defaultSettings, jitterMinutes: 0, ...options.settings };
  /** 'hangs' and 'fails' stand for a desktop query that never answers or throws. */
  const person = { locked: false, idleSeconds: 60, doNotDisturb: false as boolean | null | 'hangs' | 'fails', doNotDisturbReads: 0 };
  const signals: AttentionSignals = {
    isScreenLocked: () => person.locked,
    idleSeconds: () => person.idleSeconds,
    isDoNotDisturb: () => {
      person.doNotDisturbReads += 1;
      if (person.doNotDisturb === 'hangs') return new Promise(() => {});
      if (person.doNotDisturb === 'fails') return Promise.reject(new Error('gdbus: no such interface'));
      return Promise.resolve(person.doNotDisturb);
    },
  };
  const stored = { memory: options.memory ?? emptySchedulerMemory, writes: 0 };
  const invitations: number[] = [];
  const ignored: number[] = [];
  const statuses: SchedulerStatus[] = [];
  const problems: string[] = [];
  const log: Logger = { info: () => {}, warn: (message) => problems.push(message), error: (message) => problems.push(message) };
  let respond = options.respond ?? 'closed';

  function build(): SchedulerRuntime {
    return createSchedulerRuntime({
      clock: sim,
      timers: sim,
      signals,
      timeZone: () => timeZone,
      getSettings: () => settings,
      memory: {
        read: () => stored.memory,
        write: async (next) => {
          stored.memory = next;
          stored.writes += 1;
        },
      },
      random: options.random ?? (() => 0.5),
      invite: async () => {
        invitations.push(sim.now());
        if (respond !== 'ignore') await runtime.recordResponse(respond);
      },
      onIgnored: (invitedAt) => ignored.push(invitedAt),
      onStatusChange: (status) => statuses.push(status),
      log,
    });
  }

  let runtime = build();
  return {
    sim,
    person,
    stored,
    invitations,
    ignored,
    statuses,
    problems,
    get runtime() {
      return runtime;
    },
    get settings() {
      return settings;
    },
    get timeZone() {
      return timeZone;
    },
    start: () => runtime.start(),
    /** The app quits and starts again on the same scheduler.json. */
    restart() {
      runtime.stop();
      runtime = build();
      runtime.start();
    },
    changeSettings(change: Partial<Settings>) {
      settings = { ...settings, ...change };
      runtime.settingsChanged();
    },
    /** The OS zone changes; like the real app, nothing tells the scheduler until its next plan. */
    moveTo(zone: string) {
      timeZone = zone;
    },
    respondWith(next: PauseResponse | 'ignore') {
      respond = next;
    },
    lock() {
      person.locked = true;
      runtime.powerEvent('lock-screen');
    },
    unlock() {
      person.locked = false;
      runtime.powerEvent('unlock-screen');
    },
    /**
     * Suspend, sleep and resume. By default both events are reported and the resume event
     * arrives before overdue timers fire; each of those can be varied, as desktops vary.
     */
    async sleepFor(ms: number, how: { timersFirst?: boolean; timersCount?: boolean; reported?: boolean } = {}) {
      const reported = how.reported ?? true;
      if (reported) runtime.powerEvent('suspend');
      sim.sleep(ms, { timersCount: how.timersCount });
      if (how.timersFirst) await sim.wake();
      if (reported) runtime.powerEvent('resume');
      await sim.wake();
    },
    at: (text: string) => localInstant(text, timeZone),
    local: (instant: number) => localText(instant, timeZone),
    invitationsLocal: () => invitations.map((instant) => localText(instant, timeZone)),
    /** Advances to a local time in the current zone. */
    advanceToLocal: (text: string) => sim.advanceTo(localInstant(text, timeZone)),
  };
}

export type SchedulerHarness = ReturnType<typeof createSchedulerHarness>;

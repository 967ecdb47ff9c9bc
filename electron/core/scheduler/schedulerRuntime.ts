import { activeWindowAt } from '../../../shared/scheduler/activeWindow';
import { planNextInvitation, type InvitationPlan } from '../../../shared/scheduler/nextInvitation';
import { afterDismissal, afterEngagement, afterInvitation } from '../../../shared/scheduler/memoryChanges';
import type { DeferReason, SchedulerMemory, SchedulerStatus } from '../../../shared/scheduler/schedulerTypes';
import { snoozeUntil } from '../../../shared/scheduler/snooze';
import { checkAttention, deferAgain, lateWakeToleranceMs, recheckDelayMs, typingIdleSeconds, type Deferral } from './deferral';
import { readDoNotDisturb } from './readDoNotDisturb';
import { createSchedulerMemoryKeeper } from './schedulerMemoryKeeper';
import type { SchedulerRuntime, SchedulerRuntimeOptions } from './schedulerRuntimeTypes';
import { createSingleTimer } from './singleTimer';
import { createStatusReporter } from './statusReporter';
import { createTimeZoneReader } from './timeZoneReader';

export function createSchedulerRuntime(options: SchedulerRuntimeOptions): SchedulerRuntime {
  const { clock, signals, log } = options;
  const timer = createSingleTimer(options.timers);
  const memory = createSchedulerMemoryKeeper(options.memory, log);
  let phase: 'stopped' | 'running' | 'suspended' = 'stopped';
  let jitterDraw = options.random();
  let deferral: Deferral | null = null;
  // Bumped whenever a new plan takes over, so a slow do-not-disturb answer for an old attempt is dropped.
  let generation = 0;
  const status = createStatusReporter(options.onStatusChange);
  const timeZone = createTimeZoneReader(options.timeZone, log);
  // The wall time the armed wake-up is meant for; waking much later means the machine slept or the clock jumped.
  let expectedWakeAt = 0;

  const plan = (now: number): InvitationPlan =>
    planNextInvitation({ settings: options.getSettings(), memory: memory.current(), now, timeZone: timeZone(), jitterDraw });

  function follow(next: InvitationPlan, now: number): void {
    deferral = null;
    generation += 1;
    status.show(next.status);
    if (next.wakeAt === null) timer.disarm();
    else armWake(next.wakeAt - now, now);
  }

  function armWake(delayMs: number, now: number): void {
    expectedWakeAt = now + delayMs;
    timer.arm(delayMs, wake);
  }

  function replan(): void {
    const now = clock.now();
    if (phase === 'running') follow(plan(now), now);
  }

  // Every wake-up re-reads the wall clock: a clock set back, a capped timer or a new zone
  // just means a fresh plan; so does waking late (asleep with no 'suspend' heard, or the
  // clock set forward), which then invites once, a grace from now. Only an invitation
  // that is due, on time, goes on to be attempted.
  function wake(): void {
    const now = clock.now();
    const fresh = plan(now);
    if (!fresh.due || now - expectedWakeAt > lateWakeToleranceMs) follow(fresh, now);
    else if (deferral?.reason === 'typing') checkForLull(now);
    else void attempt();
  }

  /**
   * Asks whether now is a good moment. After a lull (or the lull's cap) the moment is
   * judged afresh, since do-not-disturb or a lock may have begun while the sentence
   * finished; only the typing itself no longer holds the invitation back.
   */
  async function attempt(afterLull = false): Promise<void> {
    const mine = ++generation;
    const verdict = await checkAttention(signals, options.getSettings().deferWhenBusy, () => readDoNotDisturb(signals, timer, log));
    if (mine !== generation) return; // stopped, suspended or re-planned while the desktop answered
    if (verdict === 'invite' || (verdict === 'typing' && afterLull)) invite();
    else defer(verdict, clock.now());
  }

  function checkForLull(now: number): void {
    if (options.getSettings().deferWhenBusy && signals.isScreenLocked()) return defer('locked', now);
    const checksLeft = deferral!.lullChecksLeft - 1;
    if (checksLeft <= 0 || signals.idleSeconds() >= typingIdleSeconds) return void attempt(true);
    deferral = { ...deferral!, lullChecksLeft: checksLeft };
    armWake(recheckDelayMs(deferral), now);
  }

  function defer(reason: DeferReason, now: number): void {
    deferral = deferAgain(deferral, reason, now);
    status.show({ kind: 'deferred', reason, since: deferral.since });
    // Never wait past the end of active hours: then the next day's plan takes over.
    const window = activeWindowAt(now, options.getSettings(), timeZone());
    const untilWindowEnds = window ? window.end - now : 0;
    armWake(Math.min(recheckDelayMs(deferral), untilWindowEnds), now);
  }

  function invite(): void {
    const { change, ignoredSince } = afterInvitation(memory.current(), clock.now());
    memory.update(change);
    jitterDraw = options.random(); // a fresh draw for the next invitation, kept until it fires
    replan();
    if (ignoredSince !== null) guard('onIgnored', () => options.onIgnored(ignoredSince));
    guard('invite', () => options.invite().catch((error: unknown) => log.error('Could not show the pause invitation.', error)));
  }

  function guard(what: string, work: () => unknown): void {
    try {
      work();
    } catch (error) {
      log.error(`The scheduler's ${what} callback failed.`, error);
    }
  }

  function currentStatus(): SchedulerStatus {
    const shown = status.shown();
    return phase === 'running' && shown !== null ? shown : plan(clock.now()).status;
  }

  function standDown(next: 'stopped' | 'suspended'): void {
    phase = next;
    generation += 1;
    deferral = null;
    timer.disarm();
  }

  async function change(update: Partial<SchedulerMemory>): Promise<void> {
    memory.update(update);
    replan();
    await memory.saved();
  }

  return {
    start() {
      if (phase !== 'stopped') return;
      memory.reload();
      phase = 'running';
      replan();
    },
    stop: () => standDown('stopped'),
    status: currentStatus,
    async snooze(option) {
      const until = snoozeUntil(option, clock.now(), options.getSettings(), timeZone());
      await change({ ...afterDismissal, snoozedUntil: until });
      return currentStatus();
    },
    async resume() {
      await change({ snoozedUntil: null });
      return currentStatus();
    },
    settingsChanged: replan,
    recordActivity: () => change(afterEngagement(clock.now())),
    recordResponse: (response) => change(response === 'taken' ? afterEngagement(clock.now()) : afterDismissal),
    powerEvent(event) {
      if (event === 'lock-screen') return; // checked when an invitation is due; nothing to wake for
      if (event === 'suspend') {
        if (phase === 'running') standDown('suspended');
        return;
      }
      // 'resume' or 'unlock-screen' (which some desktops send before, or instead of, resume).
      if (phase === 'suspended') phase = 'running';
      replan();
    },
    wakeUps: () => timer.wakeUps(),
    saved: () => memory.saved(),
  };
}

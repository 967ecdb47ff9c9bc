import { isActiveAt } from '../../../../../shared/scheduler/activeWindow';
import { minuteMs } from '../../../../../shared/scheduler/schedulerTiming';
import type { SchedulerHarness } from '../../../../helpers/schedulerHarness';
import { awayIdleSeconds } from '../../../../../electron/core/scheduler/deferral';

const day = 24 * 60 * minuteMs;
/**
 * The planner treats remembered times more than two days ahead as a reset clock (see
 * clockResetToleranceMs); a day of margin covers the longest snooze. Past that much
 * backward jumping, "the previous invitation" is in the future and gaps mean nothing.
 */
const clockResetMargin = day;

/**
 * What a person would call a broken scheduler, checked after every simulated step:
 * an invitation outside their active hours, while the screen is locked, away, in
 * do-not-disturb, before a snooze ends, inside the quiet after a pause, or sooner than
 * the interval (less its jitter) after the previous one, by the clock on their screen.
 */
export function createInvariantChecker(harness: SchedulerHarness) {
  let seen = 0;
  let previous: number | null = null;
  let shortestIntervalSince = harness.settings.pauseIntervalMinutes;
  let backSincePrevious = 0;
  let snooze: { until: number; back: number } | null = null;
  let activity: { at: number; back: number } | null = null;

  function check(at: number): string | null {
    const { settings, person, timeZone } = harness;
    if (!isActiveAt(at, settings, timeZone)) return 'outside active hours';
    if (person.locked) return 'while locked';
    if (person.doNotDisturb === true) return 'during do-not-disturb';
    if (person.idleSeconds >= awayIdleSeconds) return 'while away';
    if (snooze && snooze.back < clockResetMargin && at < snooze.until) return 'while snoozed';
    const quiet = settings.quietAfterActivityMinutes * minuteMs;
    if (activity && activity.back < clockResetMargin && at >= activity.at && at < activity.at + quiet) return 'inside the quiet after activity';
    const shortest = (shortestIntervalSince - settings.jitterMinutes) * minuteMs;
    if (previous !== null && backSincePrevious < clockResetMargin && at - previous < shortest) return `only ${(at - previous) / minuteMs} min after the last`;
    return null;
  }

  return {
    /** Checks the invitations made since the last call; returns the first violation. */
    afterStep(): string | null {
      for (; seen < harness.invitations.length; seen += 1) {
        const at = harness.invitations[seen]!;
        const problem = check(at);
        if (problem) return `invitation at ${harness.local(at)} ${problem}`;
        previous = at;
        shortestIntervalSince = harness.settings.pauseIntervalMinutes;
        backSincePrevious = 0;
        snooze = null;
      }
      return null;
    },
    jumped(ms: number) {
      if (ms >= 0) return;
      backSincePrevious -= ms;
      if (snooze) snooze.back -= ms;
      if (activity) activity.back -= ms;
    },
    intervalChanged(minutes: number) {
      shortestIntervalSince = Math.min(shortestIntervalSince, minutes);
    },
    snoozed(until: number | null) {
      snooze = until === null ? null : { until, back: 0 };
    },
    engaged(at: number) {
      activity = { at, back: 0 };
    },
  };
}

// A simulated week with the default settings and a plausible laptop: the figures say
// whether the scheduler sleeps between invitations or wakes the machine for nothing.
import { addDays, type LocalDate } from '../../shared/scheduler/localTime';
import { createSchedulerHarness, seededRandom } from '../helpers/schedulerHarness';
import { localInstant } from '../helpers/localTimeText';

export interface SchedulerWeekFigures {
  wakeUps: number;
  invitations: number;
  powerEvents: number;
}

const timeZone = 'Europe/London';
const monday: LocalDate = { year: 2026, month: 1, day: 5 };
const pad = (value: number) => String(value).padStart(2, '0');
const dateText = (date: LocalDate) => `${date.year}-${pad(date.month)}-${pad(date.day)}`;
/** Screen locked for a coffee, lunch and a walk on working days. */
const weekdayLocks = [
  ['10:50', '11:00'],
  ['12:30', '13:20'],
  ['15:40', '15:50'],
] as const;

export async function simulateWeek(): Promise<SchedulerWeekFigures> {
  const harness = createSchedulerHarness({
    start: `${dateText(monday)} 07:45`,
    timeZone,
    settings: { jitterMinutes: 5 },
    random: seededRandom(2026),
    respond: 'taken',
  });
  let powerEvents = 0;
  harness.start();
  for (let offset = 0; offset < 7; offset += 1) {
    const day = dateText(addDays(monday, offset));
    if (offset < 5) {
      for (const [lockAt, unlockAt] of weekdayLocks) {
        await harness.advanceToLocal(`${day} ${lockAt}`);
        harness.lock();
        await harness.advanceToLocal(`${day} ${unlockAt}`);
        harness.unlock();
        powerEvents += 2;
      }
    }
    // The lid closes at night and opens the next morning.
    await harness.advanceToLocal(`${day} 22:30`);
    const nextMorning = localInstant(`${dateText(addDays(monday, offset + 1))} 07:45`, timeZone);
    await harness.sleepFor(nextMorning - harness.sim.now());
    powerEvents += 2;
  }
  harness.runtime.stop();
  return { wakeUps: harness.runtime.wakeUps(), invitations: harness.invitations.length, powerEvents };
}

export function formatSchedulerWeek({ wakeUps, invitations, powerEvents }: SchedulerWeekFigures): string {
  const bounded = wakeUps <= invitations + powerEvents ? 'yes' : 'NO';
  return `scheduler, simulated week (defaults): ${invitations} invitations, ${powerEvents} power events, ${wakeUps} timer wake-ups (≤ invitations + power events: ${bounded})`;
}

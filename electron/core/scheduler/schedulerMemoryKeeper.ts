import type { SchedulerMemory } from '../../../shared/scheduler/schedulerTypes';
import type { Logger } from '../logger';

/** Where scheduler.json lives, as the runtime needs it: read once at start, written on every change. */
export interface SchedulerMemoryStore {
  read(): SchedulerMemory;
  write(next: SchedulerMemory): Promise<void>;
}

export interface SchedulerMemoryKeeper {
  current(): SchedulerMemory;
  reload(): void;
  /** Applies the change and saves it; no write when nothing changed. */
  update(change: Partial<SchedulerMemory>): void;
  /** Resolves once every write so far has finished (or failed and been logged). */
  saved(): Promise<void>;
}

const fields = ['snoozedUntil', 'lastInvitationAt', 'lastActivityAt', 'consecutiveIgnored', 'awaitingResponseSince'] as const;

export function createSchedulerMemoryKeeper(store: SchedulerMemoryStore, log: Logger): SchedulerMemoryKeeper {
  let current = store.read();
  // Writes are chained so the file always ends with the newest state, never an older one that finished late.
  let writing: Promise<void> = Promise.resolve();

  return {
    current: () => current,
    reload() {
      current = store.read();
    },
    update(change) {
      const next = { ...current, ...change };
      if (fields.every((field) => next[field] === current[field])) return;
      current = next;
      writing = writing
        .then(() => store.write(next))
        .catch((error: unknown) => log.error('Could not save the pause schedule; it will be saved with the next change.', error));
    },
    saved: () => writing,
  };
}

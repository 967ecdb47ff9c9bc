import { emptySchedulerMemory, schedulerMemorySchema, type SchedulerMemory } from '../../../shared/scheduler/schedulerTypes';
import type { DocumentType } from '../store/documentType';

/** Snoozes, the last invitation and the back-off count survive a restart. */
export const schedulerMemoryDocument: DocumentType<SchedulerMemory> = {
  kind: 'scheduler',
  version: 1,
  schema: schedulerMemorySchema,
  migrations: [],
  empty: () => ({ ...emptySchedulerMemory }),
  describe: () => 'Your pause schedule and snoozes',
};

import { z } from 'zod';
import { pauseLogEventSchema, type PauseLogEvent } from '../../../shared/pause/pauseTypes';
import type { DocumentType } from '../store/documentType';

export interface PauseLog {
  events: PauseLogEvent[];
}

/** Every invitation's outcome and every pause taken: the raw material of Insights. */
export const pauseLogDocument: DocumentType<PauseLog> = {
  kind: 'pause-log',
  version: 1,
  schema: z.object({ events: z.array(pauseLogEventSchema) }).strict(),
  migrations: [],
  empty: () => ({ events: [] }),
  describe: () => 'Your record of pauses',
};

const recentIds = z.array(z.string().max(80)).max(50);

export interface PromptRotation {
  recent: { pause: string[]; daily: string[]; journal: string[] };
}

/** The prompts shown most recently per surface, so none repeats within the last ten. */
export const promptRotationDocument: DocumentType<PromptRotation> = {
  kind: 'prompt-rotation',
  version: 1,
  schema: z.object({ recent: z.object({ pause: recentIds, daily: recentIds, journal: recentIds }).strict() }).strict(),
  migrations: [],
  empty: () => ({ recent: { pause: [], daily: [], journal: [] } }),
  describe: () => 'Which prompts you have seen lately',
};

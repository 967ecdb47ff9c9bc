import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PauseLogEvent } from '../../../shared/pause/pauseTypes';

/** The pause log as the backend saved it (pauses.json in the data folder); empty before the first pause. */
export async function readPauseLog(dataDir: string): Promise<PauseLogEvent[]> {
  try {
    const envelope = JSON.parse(await readFile(path.join(dataDir, 'pauses.json'), 'utf8')) as { data: { events: PauseLogEvent[] } };
    return envelope.data.events;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

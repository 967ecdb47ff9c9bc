import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { writeFileDurably } from './durableWrite';

/**
 * A lowdb adapter that reads JSON and writes it durably. Writes to one file
 * are queued so two saves in flight can never land out of order.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  private pending: Promise<void> = Promise.resolve();

  constructor(readonly filePath: string) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.filePath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return JSON.parse(text) as T;
  }

  write(data: T): Promise<void> {
    const contents = `${JSON.stringify(data, null, 1)}\n`;
    const next = this.pending.then(() => writeFileDurably(this.filePath, contents));
    this.pending = next.catch(() => undefined);
    return next;
  }
}

import { z } from 'zod';
import { journalEntrySchema } from '../../../shared/journal/entry';
import type { DocumentType } from '../store/documentType';

const journalMonthSchema = z.object({ entries: z.array(journalEntrySchema) }).strict();
export type JournalMonth = z.infer<typeof journalMonthSchema>;

/** Format 4 adds tags, linked values and the trash. */
function upgradeFromFormat3(data: unknown): unknown {
  const month = z.object({ entries: z.array(z.record(z.string(), z.unknown())) }).parse(data);
  return { entries: month.entries.map((entry) => ({ ...entry, tags: [], values: [], deletedAt: null })) };
}

/** Format 3 adds the structured parts of pause and reset entries; earlier entries have none. */
function upgradeFromFormat2(data: unknown): unknown {
  const month = z.object({ entries: z.array(z.record(z.string(), z.unknown())) }).parse(data);
  return { entries: month.entries.map((entry) => ({ ...entry, feeling: null, prompt: null, shift: null, reset: null })) };
}

/**
 * Format 1 (the earliest builds) kept only id, createdAt and text. Format 2
 * adds a kind, a title and the time of the last edit.
 */
function upgradeFromFormat1(data: unknown): unknown {
  const month = z
    .object({ entries: z.array(z.object({ id: z.string(), createdAt: z.string(), text: z.string() }).strict()) })
    .parse(data);
  return {
    entries: month.entries.map((entry) => ({
      id: entry.id,
      kind: 'free',
      title: '',
      text: entry.text,
      createdAt: entry.createdAt,
      updatedAt: entry.createdAt,
    })),
  };
}

export const journalMonthDocument: DocumentType<JournalMonth> = {
  kind: 'journal-month',
  version: 4,
  schema: journalMonthSchema,
  migrations: [
    { from: 1, migrate: upgradeFromFormat1 },
    { from: 2, migrate: upgradeFromFormat2 },
    { from: 3, migrate: upgradeFromFormat3 },
  ],
  empty: () => ({ entries: [] }),
  describe: (relativeFile) => {
    const match = monthFilePattern.exec(relativeFile.split(/[\\/]/).pop() ?? '');
    if (!match) return 'Part of your journal';
    const month = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
    return `Your journal for ${month.toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' })}`;
  },
};

const monthFilePattern = /^(\d{4})-(\d{2})\.json$/;

export function isMonthFileName(name: string): boolean {
  return monthFilePattern.test(name);
}

/** Entries are filed by the UTC month they were written in, so a time-zone change never moves one. */
export function monthFileNameFor(createdAt: string): string {
  return `${createdAt.slice(0, 7)}.json`;
}

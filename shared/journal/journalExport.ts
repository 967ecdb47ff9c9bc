import { z } from 'zod';
import { journalEntrySchema, type JournalEntry } from './entry';

/**
 * The lossless export: every entry exactly as stored, trash included (with its deletedAt),
 * so export → wipe → import gives back the same store. The Markdown export, for reading
 * in other tools, lives in journalMarkdown.ts.
 */

export const journalExportFormat = 'presence-journal';
export const journalExportVersion = 1;

export const journalExportSchema = z
  .object({
    format: z.literal(journalExportFormat),
    version: z.literal(journalExportVersion),
    exportedAt: z.iso.datetime({ offset: false, local: false, precision: 3 }),
    entries: z.array(journalEntrySchema),
  })
  .strict();

export type JournalExport = z.infer<typeof journalExportSchema>;

/** Oldest first, ties by id, so two exports of the same store are byte-for-byte the same. */
function compareOldestFirst(a: JournalEntry, b: JournalEntry): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** `now` in ms since the epoch (Clock.now()). */
export function buildJournalExport(entries: readonly JournalEntry[], now: number): JournalExport {
  return {
    format: journalExportFormat,
    version: journalExportVersion,
    exportedAt: new Date(now).toISOString(),
    entries: [...entries].sort(compareOldestFirst),
  };
}

/** Pretty-printed, so a person can read and diff it; JSON keeps emoji, right-to-left text and lone surrogates as they are. */
export function journalExportJson(journalExport: JournalExport): string {
  return `${JSON.stringify(journalExport, null, 2)}\n`;
}

export { entryMarkdown, markdownExport, markdownFileName, markdownFolderName, type MarkdownFile } from './journalMarkdown';

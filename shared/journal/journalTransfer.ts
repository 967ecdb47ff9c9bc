import { z } from 'zod';
import { entryIdSchema } from './entry';
import type { ImportSkipReason } from './journalImport';

/** What crosses IPC for export and import; the work itself is in journalExport, journalMarkdown and journalImport. */

export const exportFormats = ['markdown', 'json'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const exportJournalRequestSchema = z.object({ format: z.enum(exportFormats) }).strict();

const count = z.number().int().min(0);
const cancelled = z.object({ cancelled: z.literal(true) }).strict();

export const exportJournalOutcomeSchema = z.discriminatedUnion('cancelled', [
  cancelled,
  z
    .object({
      cancelled: z.literal(false),
      /** The JSON file, or the new folder holding the Markdown files. */
      path: z.string().min(1),
      count,
      /** Of `count`, how many were in the trash (only the JSON export carries the trash). */
      inTrash: count,
    })
    .strict(),
]);

export type ExportJournalOutcome = z.infer<typeof exportJournalOutcomeSchema>;

const skipReasons = [
  'unchanged',
  'yours is newer',
  'same time, different words: yours is kept',
  'only its trash state differs: yours is kept',
  'appears twice in the file',
] as const satisfies readonly ImportSkipReason[];
// Fails to compile when journalImport gains a reason this list lacks.
const _everyReasonListed: Exclude<ImportSkipReason, (typeof skipReasons)[number]> extends never ? true : never = true;

/** Reasons meaning the journal holds a different version of the entry, and kept it. */
export const keptYoursReasons: ReadonlySet<ImportSkipReason> = new Set([
  'yours is newer',
  'same time, different words: yours is kept',
  'only its trash state differs: yours is kept',
]);

export const maxSkippedDetails = 20;

export const importJournalOutcomeSchema = z.discriminatedUnion('cancelled', [
  cancelled,
  z
    .object({
      cancelled: z.literal(false),
      added: count,
      /** Of `added`, how many went straight to the trash, as they were when exported. */
      addedToTrash: count,
      updated: count,
      skipped: count,
      /** Of `skipped`, how many the journal holds in another version that it kept (see keptYoursReasons). */
      keptYours: count,
      /** The first few skipped, kept-yours ones first: the rest are the same entry already here. */
      skippedDetails: z
        .array(z.object({ id: entryIdSchema, reason: z.enum(skipReasons) }).strict())
        .max(maxSkippedDetails),
    })
    .strict(),
]);

export type ImportJournalOutcome = z.infer<typeof importJournalOutcomeSchema>;

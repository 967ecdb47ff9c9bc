import type { z } from 'zod';
import { journalEntrySchema, type JournalEntry } from './entry';
import { journalExportFormat, journalExportSchema, journalExportVersion, type JournalExport } from './journalExport';

export type ParsedJournalExport = { ok: true; export: JournalExport } | { ok: false; message: string };

const nothingImported = 'Nothing was imported.';
const fail = (message: string): ParsedJournalExport => ({ ok: false, message: `${message} ${nothingImported}` });

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
  const message = issue.message.replace(/\.$/, ''); // the sentence around it ends with its own full stop
  return path ? `${path.replace(/^\./, '')}: ${message}` : message;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a JSON export, all or nothing: any problem gives one clear message and no entries,
 * so a malformed or foreign file changes nothing. Entry positions in messages count from 1.
 */
export function parseJournalExport(text: string): ParsedJournalExport {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, '')); // editors on Windows may add a byte-order mark
  } catch {
    return fail('This file is not a Presence journal export: it is not JSON.');
  }
  if (!isRecord(data) || data.format !== journalExportFormat) {
    return fail('This file is not a Presence journal export (it has no "format": "presence-journal").');
  }
  const { version } = data;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('This Presence journal export has no version Presence can read.');
  }
  if (version > journalExportVersion) {
    return fail(
      `This export was made by a newer version of Presence (journal export version ${version}; this one reads version ${journalExportVersion}). Update Presence, then import it again.`,
    );
  }
  if (Array.isArray(data.entries)) {
    const entries: unknown[] = data.entries;
    const problems = entries.flatMap((entry, index) => {
      const result = journalEntrySchema.safeParse(entry);
      return result.success ? [] : [{ index, entry, issue: result.error.issues[0]! }];
    });
    const first = problems[0];
    if (first) {
      const id = isRecord(first.entry) && typeof first.entry.id === 'string' ? ` (id ${first.entry.id.slice(0, 40)})` : '';
      const others = problems.length > 1 ? ` ${problems.length - 1} more ${problems.length === 2 ? 'entry has' : 'entries have'} problems too.` : '';
      return fail(`Entry ${first.index + 1} of ${entries.length}${id} is not valid: ${describeIssue(first.issue)}.${others}`);
    }
  }
  const parsed = journalExportSchema.safeParse(data);
  if (!parsed.success) return fail(`This Presence journal export is damaged: ${describeIssue(parsed.error.issues[0]!)}.`);
  return { ok: true, export: parsed.data };
}

export type ImportSkipReason =
  | 'unchanged'
  | 'yours is newer'
  | 'same time, different words: yours is kept'
  | 'only its trash state differs: yours is kept'
  | 'appears twice in the file';

export interface ImportReport {
  added: number;
  /** Of the added, how many arrive straight in the trash (they were in the trash when exported). */
  addedToTrash: number;
  updated: number;
  skipped: number;
}

export interface ImportPlan {
  toAdd: JournalEntry[];
  /** The entries to write over the stored ones with the same id. */
  toUpdate: JournalEntry[];
  skipped: Array<{ id: string; reason: ImportSkipReason }>;
  report: ImportReport;
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  }
  if (!isRecord(a) || !isRecord(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => key in b && sameJson(a[key], b[key]));
}

/** Equal apart from when it was last changed and whether it is in the trash. */
function sameWords(a: JournalEntry, b: JournalEntry): boolean {
  return sameJson({ ...a, updatedAt: null, deletedAt: null }, { ...b, updatedAt: null, deletedAt: null });
}

/**
 * How an import merges by id, never duplicating and never losing newer words:
 * - an id the journal does not have is added as it is, trash state included: an entry that
 *   was in the trash when exported goes back to the trash (and is purged 30 days after its
 *   deletedAt), not into the timeline;
 * - an identical entry is skipped ('unchanged'), so importing the same file twice adds nothing;
 * - a newer version from the file (later updatedAt) replaces the words, but the trash stays as
 *   the person left it here: an import never moves an entry into the trash or out of it. The
 *   person expects an import to add and refresh, not to delete, and not to bring back what
 *   they deliberately threw away (they can restore it from the trash). A difference in trash
 *   state alone is therefore skipped;
 * - when the journal's version is newer, or as new but different, it is kept: the file never
 *   silently overwrites later words;
 * - an id that appears again later in the file is skipped; the first one counts.
 * Entries purged from the trash leave no trace, so an older file brings them back as new:
 * that is what a backup is for.
 */
export function planImport(existing: readonly JournalEntry[], incoming: readonly JournalEntry[]): ImportPlan {
  const stored = new Map(existing.map((entry) => [entry.id, entry]));
  const seen = new Set<string>();
  const plan: ImportPlan = { toAdd: [], toUpdate: [], skipped: [], report: { added: 0, addedToTrash: 0, updated: 0, skipped: 0 } };
  const skip = (id: string, reason: ImportSkipReason) => plan.skipped.push({ id, reason });

  for (const entry of incoming) {
    if (seen.has(entry.id)) {
      skip(entry.id, 'appears twice in the file');
      continue;
    }
    seen.add(entry.id);
    const mine = stored.get(entry.id);
    if (!mine) plan.toAdd.push(entry);
    else if (sameJson(mine, entry)) skip(entry.id, 'unchanged');
    else if (entry.updatedAt < mine.updatedAt) skip(entry.id, 'yours is newer');
    else if (sameWords(mine, entry)) skip(entry.id, mine.deletedAt === entry.deletedAt ? 'unchanged' : 'only its trash state differs: yours is kept');
    else if (entry.updatedAt === mine.updatedAt) skip(entry.id, 'same time, different words: yours is kept');
    else plan.toUpdate.push({ ...entry, deletedAt: mine.deletedAt });
  }
  plan.report = {
    added: plan.toAdd.length,
    addedToTrash: plan.toAdd.filter((entry) => entry.deletedAt !== null).length,
    updated: plan.toUpdate.length,
    skipped: plan.skipped.length,
  };
  return plan;
}

/** The journal after the plan: updates in place, additions at the end (what a store does, month by month). */
export function applyImportPlan(existing: readonly JournalEntry[], plan: ImportPlan): JournalEntry[] {
  const updates = new Map(plan.toUpdate.map((entry) => [entry.id, entry]));
  return [...existing.map((entry) => updates.get(entry.id) ?? entry), ...plan.toAdd];
}

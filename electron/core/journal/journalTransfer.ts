import type { Clock } from '../../../shared/clock';
import { PresenceError } from '../../../shared/ipc/result';
import type { JournalEntry } from '../../../shared/journal/entry';
import { buildJournalExport, journalExportJson, markdownExport } from '../../../shared/journal/journalExport';
import { parseJournalExport, planImport } from '../../../shared/journal/journalImport';
import {
  keptYoursReasons,
  maxSkippedDetails,
  type ExportFormat,
  type ExportJournalOutcome,
  type ImportJournalOutcome,
} from '../../../shared/journal/journalTransfer';
import { localParts } from '../../../shared/scheduler/localTime';
import type { FileChooser } from '../files/fileChooser';
import { createFreshFolder, FilesPartlyWritten, writeNewFiles } from '../files/newFiles';
import { readImportText } from '../files/readImportText';
import { writeFileDurably } from '../store/durableWrite';
import type { JournalMerge } from './journalMerge';

export interface JournalTransfer {
  exportJournal(format: ExportFormat): Promise<ExportJournalOutcome>;
  importJournal(): Promise<ImportJournalOutcome>;
}

export interface JournalTransferOptions {
  journal: JournalMerge;
  files: FileChooser;
  clock: Clock;
  timeZone: () => string;
  /** Called once after an import changed the journal, even if it then stopped part-way. */
  onJournalChanged: () => void;
}

const isLive = (entry: JournalEntry) => entry.deletedAt === null;
const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? 'unknown error';
const journalUnchanged = 'Your journal itself was not changed.';

/** `Presence journal 2026-11-25`, by the person's own calendar. */
function exportName(now: number, timeZone: string): string {
  const { year, month, day } = localParts(now, timeZone);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `Presence journal ${year}-${pad(month)}-${pad(day)}`;
}

async function writeJson(filePath: string, entries: JournalEntry[], now: number): Promise<void> {
  try {
    await writeFileDurably(filePath, journalExportJson(buildJournalExport(entries, now)));
  } catch (error) {
    throw new PresenceError('data_unavailable', `Presence could not write ${filePath} (${errorCode(error)}). ${journalUnchanged}`);
  }
}

/** Returns the new folder the files went into. */
async function writeMarkdown(parent: string, folderName: string, entries: JournalEntry[], timeZone: string): Promise<string> {
  let folder: string;
  try {
    folder = await createFreshFolder(parent, folderName);
  } catch (error) {
    throw new PresenceError('data_unavailable', `Presence could not create a folder in ${parent} (${errorCode(error)}). ${journalUnchanged}`);
  }
  const files = markdownExport(entries, timeZone);
  try {
    await writeNewFiles(folder, files);
  } catch (error) {
    if (!(error instanceof FilesPartlyWritten)) throw error;
    const { written, cause } = error;
    throw new PresenceError(
      'data_unavailable',
      `Presence could not finish the Markdown export (${errorCode(cause)}): ${written} of ${files.length} entries were written to ${folder}. ${journalUnchanged}`,
    );
  }
  return folder;
}

/** Export (Markdown or lossless JSON) and import of the JSON, through the desktop's file dialogs. */
export function createJournalTransfer({ journal, files, clock, timeZone, onJournalChanged }: JournalTransferOptions): JournalTransfer {
  async function exportJournal(format: ExportFormat): Promise<ExportJournalOutcome> {
    // The trash travels only in the lossless JSON; Markdown is for reading, so it holds the timeline.
    const included = () => (format === 'json' ? journal.allEntries() : journal.allEntries().filter(isLive));
    if (included().length === 0) {
      throw new PresenceError('conflict', `Your journal has no entries${format === 'json' ? '' : ' outside the trash'} yet, so there is nothing to export.`);
    }
    const name = exportName(clock.now(), timeZone());
    const destination = await files.chooseExportDestination(format, format === 'json' ? `${name}.json` : name);
    if (destination === null) return { cancelled: true };

    // Read after the dialog, which may stay open while the person writes in another window.
    const entries = included();
    let writtenTo = destination;
    if (format === 'json') await writeJson(destination, entries, clock.now());
    else writtenTo = await writeMarkdown(destination, name, entries, timeZone());
    return { cancelled: false, path: writtenTo, count: entries.length, inTrash: entries.filter((entry) => !isLive(entry)).length };
  }

  async function importJournal(): Promise<ImportJournalOutcome> {
    const filePath = await files.chooseImportFile();
    if (filePath === null) return { cancelled: true };
    const parsed = parseJournalExport(await readImportText(filePath));
    if (!parsed.ok) throw new PresenceError('invalid_input', parsed.message);

    const plan = planImport(journal.allEntries(), parsed.export.entries);
    let changed = false;
    try {
      await journal.applyImport(plan, () => (changed = true));
    } catch (error) {
      if (!changed) throw error;
      throw new PresenceError(
        'data_unavailable',
        'The import stopped part-way: Presence could not save one month of your journal just now. The entries saved so far are in your journal; importing the same file again adds the rest and duplicates nothing.',
      );
    } finally {
      if (changed) onJournalChanged();
    }

    const keptYours = plan.skipped.filter((skip) => keptYoursReasons.has(skip.reason));
    const alreadyHere = plan.skipped.filter((skip) => !keptYoursReasons.has(skip.reason));
    return {
      cancelled: false,
      ...plan.report,
      keptYours: keptYours.length,
      // The ones worth a look first: where this journal kept a different version.
      skippedDetails: [...keptYours, ...alreadyHere].slice(0, maxSkippedDetails),
    };
  }

  return { exportJournal, importJournal };
}

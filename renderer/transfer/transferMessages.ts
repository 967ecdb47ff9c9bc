import type { ExportFormat, ExportJournalOutcome, ImportJournalOutcome } from '../../shared/journal/journalTransfer';

type Exported = Extract<ExportJournalOutcome, { cancelled: false }>;
type Imported = Extract<ImportJournalOutcome, { cancelled: false }>;

const entries = (count: number) => (count === 1 ? '1 entry' : `${count.toLocaleString('en')} entries`);

/** "Exported 132 entries to …", said so the person knows where to look. */
export function exportMessage(format: ExportFormat, outcome: Exported): string {
  if (format === 'markdown') return `Exported ${entries(outcome.count)} as Markdown, one file each, to the folder ${outcome.path}.`;
  const trash = outcome.inTrash > 0 ? ` (${outcome.inTrash.toLocaleString('en')} of them in the trash)` : '';
  return `Exported ${entries(outcome.count)}${trash} to ${outcome.path}.`;
}

/** "Imported: 12 added, 3 updated, 40 already here.", then anything the person may want to know. */
export function importMessage(outcome: Imported): string {
  const { added, addedToTrash, updated, skipped, keptYours } = outcome;
  if (added + updated + skipped === 0) return 'That export holds no entries, so nothing was imported.';
  const alreadyHere = skipped - keptYours;
  const sentences = [`Imported: ${added.toLocaleString('en')} added, ${updated.toLocaleString('en')} updated, ${alreadyHere.toLocaleString('en')} already here.`];
  if (addedToTrash > 0) {
    sentences.push(`${addedToTrash === 1 ? 'One of the added is' : `${addedToTrash.toLocaleString('en')} of the added are`} in the trash, as when exported.`);
  }
  if (keptYours > 0) {
    sentences.push(
      keptYours === 1
        ? 'One entry is different here and was kept as you have it.'
        : `${keptYours.toLocaleString('en')} entries are different here and were kept as you have them.`,
    );
  }
  return sentences.join(' ');
}

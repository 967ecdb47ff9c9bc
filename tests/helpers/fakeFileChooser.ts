import type { FileChooser } from '../../electron/core/files/fileChooser';
import type { ExportFormat } from '../../shared/journal/journalTransfer';

export type AskedDialog = { dialog: 'export'; format: ExportFormat; suggestedName: string } | { dialog: 'import' };

export interface FakeFileChooser extends FileChooser {
  /** What the export dialog answers (a file for JSON, a parent folder for Markdown); null is Cancel. */
  exportDestination: string | null;
  /** What the import dialog answers; null is Cancel. */
  importFile: string | null;
  /** Every dialog shown, in order. */
  asked: AskedDialog[];
}

/** Dialogs that answer with what the test set, as if the person had chosen it; Cancel until then. */
export function fakeFileChooser(): FakeFileChooser {
  const chooser: FakeFileChooser = {
    exportDestination: null,
    importFile: null,
    asked: [],
    chooseExportDestination: async (format, suggestedName) => {
      chooser.asked.push({ dialog: 'export', format, suggestedName });
      return chooser.exportDestination;
    },
    chooseImportFile: async () => {
      chooser.asked.push({ dialog: 'import' });
      return chooser.importFile;
    },
  };
  return chooser;
}

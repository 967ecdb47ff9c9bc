import type { ExportFormat } from '../../../shared/journal/journalTransfer';

/**
 * The desktop's file dialogs, as core needs them: Electron's in the app, a fake in tests.
 * Every method answers null when the person cancels.
 */
export interface FileChooser {
  /**
   * JSON: the file to write (the dialog has already asked before replacing one).
   * Markdown: the folder to create the export folder in; core never writes into it directly.
   * `suggestedName` is the file name, or the name of the folder that will be created.
   */
  chooseExportDestination(format: ExportFormat, suggestedName: string): Promise<string | null>;
  chooseImportFile(): Promise<string | null>;
}

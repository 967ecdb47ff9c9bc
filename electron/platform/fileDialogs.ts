import path from 'node:path';
import { app, BrowserWindow, dialog, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { FileChooser } from '../core/files/fileChooser';

const jsonFilter = { name: 'Presence journal export (JSON)', extensions: ['json'] };

/** Documents is where people look for what they saved; some Linux setups have none. */
function startFolder(): string {
  try {
    return app.getPath('documents');
  } catch {
    return app.getPath('home');
  }
}

// Attached to the window the person clicked in: a sheet on macOS, and it stays on top of that window.
async function showSave(options: SaveDialogOptions): Promise<string | null> {
  const parent = BrowserWindow.getFocusedWindow();
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

async function showOpen(options: OpenDialogOptions): Promise<string | null> {
  const parent = BrowserWindow.getFocusedWindow();
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** The system's own save and open dialogs, for exporting and importing the journal. */
export function createFileDialogs(): FileChooser {
  return {
    chooseExportDestination(format, suggestedName) {
      if (format === 'json') {
        return showSave({
          title: 'Export the journal as JSON',
          defaultPath: path.join(startFolder(), suggestedName),
          buttonLabel: 'Export',
          filters: [jsonFilter],
          // The system asks before replacing a file, in its own words.
          properties: ['createDirectory', 'showOverwriteConfirmation'],
        });
      }
      // A folder, not a file: core creates `suggestedName` inside it, so nothing there is touched.
      return showOpen({
        title: 'Choose where to put the Markdown export',
        message: `Presence will create a new folder called "${suggestedName}" here.`,
        defaultPath: startFolder(),
        buttonLabel: 'Export here',
        properties: ['openDirectory', 'createDirectory'],
      });
    },
    chooseImportFile() {
      return showOpen({
        title: 'Import a Presence journal export',
        defaultPath: startFolder(),
        buttonLabel: 'Import',
        // "All files" too, so an export renamed without its .json can still be chosen.
        filters: [jsonFilter, { name: 'All files', extensions: ['*'] }],
        properties: ['openFile'],
      });
    },
  };
}

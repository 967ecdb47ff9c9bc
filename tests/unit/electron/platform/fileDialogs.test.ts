import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FileChooser } from '../../../../electron/core/files/fileChooser';
import { createFakeElectron, type FakeElectron } from '../../../helpers/fakeElectron';

describe('the file dialogs', () => {
  let electron: FakeElectron;
  let dialogs: FileChooser;
  const documents = '/fake-home/documents';

  beforeEach(async () => {
    vi.resetModules();
    electron = createFakeElectron();
    vi.doMock('electron', () => electron);
    const { createFileDialogs } = await import('../../../../electron/platform/fileDialogs');
    dialogs = createFileDialogs();
  });

  it('asks where to save the JSON export, in Documents, and lets the system confirm a replacement', async () => {
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/chosen/backup.json' });
    expect(await dialogs.chooseExportDestination('json', 'Presence journal 2026-11-25.json')).toBe('/chosen/backup.json');
    const [options] = electron.dialog.showSaveDialog.mock.calls[0]!;
    expect(options).toMatchObject({
      defaultPath: path.join(documents, 'Presence journal 2026-11-25.json'),
      filters: [{ extensions: ['json'] }],
      properties: expect.arrayContaining(['showOverwriteConfirmation']),
    });
  });

  it('asks for a folder for the Markdown export, naming the folder it will create there', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/chosen/folder'] });
    expect(await dialogs.chooseExportDestination('markdown', 'Presence journal 2026-11-25')).toBe('/chosen/folder');
    const [options] = electron.dialog.showOpenDialog.mock.calls[0]!;
    expect(options).toMatchObject({ defaultPath: documents, properties: ['openDirectory', 'createDirectory'] });
    expect((options as { message: string }).message).toContain('"Presence journal 2026-11-25"');
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('asks for one file to import, offering JSON first and every file as a fallback', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/chosen/export.json'] });
    expect(await dialogs.chooseImportFile()).toBe('/chosen/export.json');
    const [options] = electron.dialog.showOpenDialog.mock.calls[0]!;
    expect(options).toMatchObject({
      properties: ['openFile'],
      filters: [{ extensions: ['json'] }, { extensions: ['*'] }],
    });
  });

  it('answers null when the person cancels any of them', async () => {
    expect(await dialogs.chooseExportDestination('json', 'x.json')).toBeNull();
    expect(await dialogs.chooseExportDestination('markdown', 'x')).toBeNull();
    expect(await dialogs.chooseImportFile()).toBeNull();
  });

  it('attaches the dialog to the focused window, so it opens over the one the person is using', async () => {
    const window = new electron.BrowserWindow({});
    electron.BrowserWindow.focused = window;
    await dialogs.chooseImportFile();
    expect(electron.dialog.showOpenDialog.mock.calls[0]![0]).toBe(window);
  });

  it('starts in the home folder where the system has no Documents folder', async () => {
    electron.app.getPath.mockImplementation((name: string) => {
      if (name === 'documents') throw new Error('Failed to get documents path');
      return `/fake-home/${name}`;
    });
    await dialogs.chooseImportFile();
    expect(electron.dialog.showOpenDialog.mock.calls[0]![0]).toMatchObject({ defaultPath: '/fake-home/home' });
  });
});

import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { importFakeElectron } from '../../../helpers/fakeElectron';

vi.mock('electron', async () => (await import('../../../helpers/fakeElectron')).createFakeElectron());

const electron = await importFakeElectron();
const { appPageUrl, createSecureWindow } = await import('../../../../electron/platform/secureWindow');

const secureWebPreferences = {
  sandbox: true,
  contextIsolation: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: true,
};

describe('createSecureWindow', () => {
  beforeEach(() => {
    electron.BrowserWindow.created.length = 0;
  });

  function openJournal() {
    createSecureWindow({ route: 'journal', title: 'Journal', width: 900, height: 700, minWidth: 400 });
    const window = electron.BrowserWindow.created.at(-1);
    if (!window) throw new Error('no window was created');
    return window;
  }

  it('uses exactly the hardened web preferences, with the bundled preload', () => {
    const { webPreferences } = openJournal().options as { webPreferences: Record<string, unknown> };
    const { preload, ...rest } = webPreferences;
    expect(rest).toStrictEqual(secureWebPreferences);
    expect(path.isAbsolute(String(preload))).toBe(true);
    expect(String(preload).endsWith(path.join('preload', 'preload.cjs'))).toBe(true);
  });

  it('passes size and title through, starts hidden, and sets nothing else', () => {
    const { webPreferences: _ignored, ...options } = openJournal().options;
    expect(options).toStrictEqual({ title: 'Journal', width: 900, height: 700, minWidth: 400, show: false });
  });

  it('loads the route from the app origin and shows the window only when it is ready', () => {
    const window = openJournal();
    expect(window.loadURL).toHaveBeenCalledWith('app://presence/index.html#/journal');
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });

  it('refuses routes that would change the URL beyond the hash route', () => {
    for (const route of ['', '../journal', 'journal?x=1', 'https://evil.example', 'journal#x', 'Journal']) {
      expect(() => appPageUrl(route)).toThrow(/not a Presence route/);
    }
    expect(appPageUrl('values/discover')).toBe('app://presence/index.html#/values/discover');
    expect(() => createSecureWindow({ route: '//evil.example', title: 'x', width: 1, height: 1 })).toThrow();
    expect(electron.BrowserWindow.created).toHaveLength(0);
  });
});

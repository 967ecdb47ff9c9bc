import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { importFakeElectron } from '../../../helpers/fakeElectron';

vi.mock('electron', async () => (await import('../../../helpers/fakeElectron')).createFakeElectron());

const electron = await importFakeElectron();
const { trayIconFile, loadTrayIcon } = await import('../../../../electron/platform/trayIcon');
const iconsFolder = fileURLToPath(new URL('../../../../assets/tray/', import.meta.url));

describe('trayIconFile', () => {
  beforeEach(() => {
    electron.nativeTheme.shouldUseDarkColors = false;
    electron.nativeTheme.shouldUseDarkColorsForSystemIntegratedUI = false;
  });

  it('gives macOS a template image, tinted by the menu bar itself', () => {
    expect(trayIconFile({ platform: 'darwin', desktop: undefined })).toBe('trayTemplate.png');
    const image = loadTrayIcon({ platform: 'darwin', desktop: undefined }, (file) => `/icons/${file}`);
    expect(image.isTemplateImage()).toBe(true);
  });

  it("follows Windows' taskbar theme, not the app's", () => {
    electron.nativeTheme.shouldUseDarkColors = true;
    expect(trayIconFile({ platform: 'win32', desktop: undefined })).toBe('light-panel-16.png');
    electron.nativeTheme.shouldUseDarkColorsForSystemIntegratedUI = true;
    expect(trayIconFile({ platform: 'win32', desktop: undefined })).toBe('dark-panel-16.png');
  });

  it("uses light ink on GNOME's top bar, which is dark in light mode too", () => {
    expect(trayIconFile({ platform: 'linux', desktop: 'ubuntu:GNOME' })).toBe('dark-panel-24.png');
  });

  it('follows the dark-mode preference on other Linux desktops', () => {
    expect(trayIconFile({ platform: 'linux', desktop: 'KDE' })).toBe('light-panel-24.png');
    electron.nativeTheme.shouldUseDarkColors = true;
    expect(trayIconFile({ platform: 'linux', desktop: 'KDE' })).toBe('dark-panel-24.png');
  });

  it('names only files that exist in assets/tray, each with its @2x partner', () => {
    const contexts = [
      { platform: 'darwin' as const, desktop: undefined },
      { platform: 'win32' as const, desktop: undefined },
      { platform: 'linux' as const, desktop: 'GNOME' },
      { platform: 'linux' as const, desktop: 'KDE' },
    ];
    for (const context of contexts) {
      const file = trayIconFile(context);
      expect(existsSync(`${iconsFolder}${file}`), file).toBe(true);
      expect(existsSync(`${iconsFolder}${file.replace('.png', '@2x.png')}`), file).toBe(true);
    }
  });
});

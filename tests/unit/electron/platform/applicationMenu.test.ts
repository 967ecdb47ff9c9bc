import { describe, expect, it, vi } from 'vitest';
import { importFakeElectron, type FakeMenu } from '../../../helpers/fakeElectron';

vi.mock('electron', async () => (await import('../../../helpers/fakeElectron')).createFakeElectron());

const electron = await importFakeElectron();
const { setupApplicationMenu } = await import('../../../../electron/platform/applicationMenu');

describe('setupApplicationMenu', () => {
  it('removes the default menu, with its Reload and Developer Tools, on Linux and Windows', () => {
    for (const platform of ['linux', 'win32'] as const) {
      electron.Menu.setApplicationMenu.mockClear();
      setupApplicationMenu(platform);
      expect(electron.Menu.setApplicationMenu).toHaveBeenCalledExactlyOnceWith(null);
    }
  });

  it('keeps only the app, Edit and Window menus on macOS, so copy and paste still work', () => {
    setupApplicationMenu('darwin');
    const menu = electron.Menu.setApplicationMenu.mock.calls.at(-1)![0] as FakeMenu;
    expect(menu.template.map((item) => item.role)).toEqual(['appMenu', 'editMenu', 'windowMenu']);
    expect(JSON.stringify(menu.template)).not.toMatch(/reload|toggleDevTools/i);
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildTrayMenu } from '../../../../shared/tray/trayMenu';
import { importFakeElectron, type FakeMenu, type FakeTray } from '../../../helpers/fakeElectron';

vi.mock('electron', async () => (await import('../../../helpers/fakeElectron')).createFakeElectron());

const electron = await importFakeElectron();
const { setupTray, appTrayIconPath } = await import('../../../../electron/platform/tray');

const linux = { platform: 'linux' as const, desktop: 'KDE' };
const waiting = buildTrayMenu({ status: { kind: 'waiting', nextAt: 0, backedOff: false }, statusText: 'Next pause at 14:30' });
const snoozed = buildTrayMenu({ status: { kind: 'snoozed', until: 0, nextAt: 0 }, statusText: 'Snoozed until 15:00' });

const lastTray = (): FakeTray => electron.Tray.created.at(-1)!;
const menuOf = (tray: FakeTray): FakeMenu => tray.setContextMenu.mock.calls.at(-1)![0]!;

describe('setupTray', () => {
  beforeEach(() => {
    electron.nativeTheme.removeAllListeners();
  });

  it('builds the Electron menu from the model, labels and enabled states included', () => {
    const tray = setupTray({ onCommand: vi.fn(), iconFor: (file) => `/icons/${file}`, context: linux });
    tray.update(waiting);
    const menu = menuOf(lastTray());
    expect(electron.Menu.buildFromTemplate).toHaveBeenLastCalledWith(menu.template);
    expect(menu.template[0]).toEqual({ label: 'Next pause at 14:30', enabled: false });
    expect(menu.template[1]).toEqual({ type: 'separator' });
    expect(menu.item('Pause now')).toMatchObject({ enabled: true });
    expect(menu.item('Resume')).toMatchObject({ enabled: false });
    expect(menu.item('Snooze')?.submenu?.map((item) => item.label)).toEqual(['30 minutes', '1 hour', '2 hours', 'Rest of today']);
  });

  it('sets the context menu again on every update, and the tooltip', () => {
    const tray = setupTray({ onCommand: vi.fn(), iconFor: (file) => `/icons/${file}`, context: linux });
    tray.update(waiting);
    tray.update(snoozed);
    expect(lastTray().setContextMenu).toHaveBeenCalledTimes(2);
    expect(menuOf(lastTray()).item('Resume')).toMatchObject({ enabled: true });
    expect(lastTray().setToolTip).toHaveBeenLastCalledWith('Presence — Snoozed until 15:00');
  });

  it('routes clicks, in submenus too, to onCommand', () => {
    const onCommand = vi.fn();
    setupTray({ onCommand, iconFor: (file) => `/icons/${file}`, context: linux }).update(snoozed);
    const menu = menuOf(lastTray());
    menu.item('Pause now')?.click?.();
    menu.item('Rest of today')?.click?.();
    menu.item('Resume')?.click?.();
    menu.item('Quit Presence')?.click?.();
    expect(onCommand.mock.calls).toEqual([['pause-now'], ['snooze:rest-of-today'], ['resume'], ['quit']]);
  });

  it('logs a failing command instead of crashing the main process', () => {
    const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const onCommand = vi.fn(() => {
      throw new Error('window gone');
    });
    setupTray({ onCommand, iconFor: (file) => `/icons/${file}`, context: linux, log }).update(waiting);
    expect(() => menuOf(lastTray()).item('Journal')?.click?.()).not.toThrow();
    expect(log.error).toHaveBeenCalledTimes(1);
  });

  it('changes the icon when the panel turns dark, and stops listening when destroyed', () => {
    electron.nativeTheme.shouldUseDarkColors = false;
    const tray = setupTray({ onCommand: vi.fn(), iconFor: (file) => `/icons/${file}`, context: linux });
    expect(lastTray().image.path).toBe('/icons/light-panel-24.png');
    electron.nativeTheme.shouldUseDarkColors = true;
    electron.nativeTheme.emit('updated');
    expect(lastTray().setImage).toHaveBeenLastCalledWith(expect.objectContaining({ path: '/icons/dark-panel-24.png' }));
    tray.destroy();
    expect(electron.nativeTheme.listenerCount('updated')).toBe(0);
    expect(lastTray().destroy).toHaveBeenCalledTimes(1);
  });

  it('opens the menu on a left click on Windows, where nothing happens otherwise', () => {
    setupTray({ onCommand: vi.fn(), iconFor: (file) => `/icons/${file}`, context: { platform: 'win32', desktop: undefined } });
    lastTray().emit('click');
    expect(lastTray().popUpContextMenu).toHaveBeenCalledTimes(1);
  });

  it('finds the icons in assets/tray under the app path, by default', () => {
    expect(appTrayIconPath('trayTemplate.png')).toBe('/fake-app/assets/tray/trayTemplate.png');
  });
});

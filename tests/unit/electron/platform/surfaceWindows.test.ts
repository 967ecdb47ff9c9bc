import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeElectron, type FakeElectron } from '../../../helpers/fakeElectron';

let electron: FakeElectron;

async function loadSurfaceWindows() {
  vi.resetModules();
  electron = createFakeElectron();
  vi.doMock('electron', () => electron);
  return (await import('../../../../electron/platform/surfaceWindows')).createSurfaceWindows();
}

describe('surface windows', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });

  it('opens each surface at its own route, Quick Pause small and on top', async () => {
    const windows = await loadSurfaceWindows();
    windows.open('quick-pause');
    windows.open('journal');
    const [pause, journal] = electron.BrowserWindow.created;
    expect(pause!.loadURL).toHaveBeenCalledWith('app://presence/index.html#/quick-pause');
    expect(pause!.options).toMatchObject({ alwaysOnTop: true, width: 440 });
    expect(journal!.loadURL).toHaveBeenCalledWith('app://presence/index.html#/journal');
    expect(journal!.options.alwaysOnTop).toBeUndefined();
  });

  it('brings an open surface forward instead of opening a second one', async () => {
    const windows = await loadSurfaceWindows();
    windows.open('settings');
    const [settings] = electron.BrowserWindow.created;
    settings!.minimized = true;
    windows.open('settings');
    expect(electron.BrowserWindow.created).toHaveLength(1);
    expect(settings!.restore).toHaveBeenCalled();
    expect(settings!.focus).toHaveBeenCalled();
  });

  it('opens gently without taking focus, and opens afresh after the window closed', async () => {
    const windows = await loadSurfaceWindows();
    windows.open('quick-pause', { gently: true });
    const [first] = electron.BrowserWindow.created;
    first!.emit('ready-to-show');
    expect(first!.showInactive).toHaveBeenCalledTimes(1);
    expect(first!.show).not.toHaveBeenCalled();
    expect(windows.anyOpen()).toBe(true);

    first!.destroyed = true;
    first!.emit('closed');
    expect(windows.anyOpen()).toBe(false);
    windows.open('quick-pause');
    expect(electron.BrowserWindow.created).toHaveLength(2);
  });
});

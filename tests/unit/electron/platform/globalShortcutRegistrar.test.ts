import { beforeEach, describe, expect, it, vi } from 'vitest';
import { importFakeElectron } from '../../../helpers/fakeElectron';

vi.mock('electron', async () => (await import('../../../helpers/fakeElectron')).createFakeElectron());

const electron = await importFakeElectron();
const { createGlobalShortcutRegistrar } = await import('../../../../electron/platform/globalShortcutRegistrar');

const quietLog = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };

describe('createGlobalShortcutRegistrar', () => {
  beforeEach(() => {
    electron.globalShortcut.registered.clear();
    electron.globalShortcut.register.mockClear();
    electron.globalShortcut.unregister.mockClear();
  });

  it('registers the shortcut and calls back when it is pressed', () => {
    const onPress = vi.fn();
    expect(createGlobalShortcutRegistrar(quietLog).apply('CommandOrControl+Alt+P', onPress)).toBe('registered');
    electron.globalShortcut.registered.get('CommandOrControl+Alt+P')?.();
    expect(onPress).toHaveBeenCalledTimes(1);
  });

  it('lets go of the previous shortcut before taking the new one', () => {
    const registrar = createGlobalShortcutRegistrar(quietLog);
    registrar.apply('CommandOrControl+Alt+P', vi.fn());
    expect(registrar.apply('Super+Shift+F9', vi.fn())).toBe('registered');
    expect(electron.globalShortcut.unregister).toHaveBeenCalledWith('CommandOrControl+Alt+P');
    expect([...electron.globalShortcut.registered.keys()]).toEqual(['Super+Shift+F9']);
  });

  it("can apply the same shortcut again, e.g. after Settings were saved unchanged", () => {
    const registrar = createGlobalShortcutRegistrar(quietLog);
    registrar.apply('CommandOrControl+Alt+P', vi.fn());
    expect(registrar.apply('CommandOrControl+Alt+P', vi.fn())).toBe('registered');
  });

  it("says 'taken' when another app holds the shortcut", () => {
    electron.globalShortcut.registered.set('CommandOrControl+Alt+P', vi.fn());
    expect(createGlobalShortcutRegistrar(quietLog).apply('CommandOrControl+Alt+P', vi.fn())).toBe('taken');
  });

  it("says 'taken' when Electron throws, and does not unregister what it never held", () => {
    electron.globalShortcut.register.mockImplementationOnce(() => {
      throw new Error('conversion failure');
    });
    const registrar = createGlobalShortcutRegistrar(quietLog);
    expect(registrar.apply('Alt+F13', vi.fn())).toBe('taken');
    expect(registrar.apply('', vi.fn())).toBe('removed');
    expect(electron.globalShortcut.unregister).not.toHaveBeenCalled();
  });

  it("'' removes the shortcut", () => {
    const registrar = createGlobalShortcutRegistrar(quietLog);
    registrar.apply('CommandOrControl+Alt+P', vi.fn());
    expect(registrar.apply('', vi.fn())).toBe('removed');
    expect(electron.globalShortcut.registered.size).toBe(0);
    expect(electron.globalShortcut.register).toHaveBeenCalledTimes(1);
  });
});

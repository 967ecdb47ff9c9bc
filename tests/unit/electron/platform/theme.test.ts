import { describe, expect, it, vi } from 'vitest';
import { createFakeElectron } from '../../../helpers/fakeElectron';

describe('applyTheme', () => {
  it('sets the theme source every window follows', async () => {
    vi.resetModules();
    const electron = createFakeElectron();
    vi.doMock('electron', () => electron);
    const { applyTheme } = await import('../../../../electron/platform/theme');
    applyTheme('dark');
    expect((electron.nativeTheme as { themeSource?: string }).themeSource).toBe('dark');
    applyTheme('system');
    expect((electron.nativeTheme as { themeSource?: string }).themeSource).toBe('system');
  });
});

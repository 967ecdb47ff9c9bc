import { describe, expect, it } from 'vitest';
import { readDesktopBusy } from '../../../../../electron/core/attention/desktopBusy';
import { execFileText } from '../../../../../electron/core/attention/execFileText';
import { fakeExecFile } from '../../../../helpers/fakeExecFile';

const gnomeQuery = 'gsettings get org.gnome.desktop.notifications show-banners';
const activeWindow = 'xprop -root _NET_ACTIVE_WINDOW';
const gnomeOnX11 = { XDG_CURRENT_DESKTOP: 'GNOME', DISPLAY: ':0', XDG_SESSION_TYPE: 'x11' };

describe('readDesktopBusy', () => {
  it('cannot tell on macOS and Windows, and asks nothing there', async () => {
    const exec = fakeExecFile({});
    await expect(readDesktopBusy('darwin', gnomeOnX11, exec.run)).resolves.toBeNull();
    await expect(readDesktopBusy('win32', gnomeOnX11, exec.run)).resolves.toBeNull();
    expect(exec.calls).toHaveLength(0);
  });

  it('is busy when do-not-disturb is on, whatever the windows say', async () => {
    const exec = fakeExecFile({ [gnomeQuery]: { stdout: 'false\n' } });
    await expect(readDesktopBusy('linux', gnomeOnX11, exec.run)).resolves.toBe(true);
  });

  it('is busy when a full-screen window is in front', async () => {
    const exec = fakeExecFile({
      [gnomeQuery]: { stdout: 'true\n' },
      [activeWindow]: { stdout: '_NET_ACTIVE_WINDOW(WINDOW): window id # 0x1\n' },
      'xprop -id 0x1 _NET_WM_STATE': { stdout: '_NET_WM_STATE(ATOM) = _NET_WM_STATE_FULLSCREEN\n' },
    });
    await expect(readDesktopBusy('linux', gnomeOnX11, exec.run)).resolves.toBe(true);
  });

  it('is free when one reading says so and none says busy', async () => {
    const exec = fakeExecFile({ [gnomeQuery]: { stdout: 'true\n' } });
    await expect(readDesktopBusy('linux', { ...gnomeOnX11, XDG_SESSION_TYPE: 'wayland' }, exec.run)).resolves.toBe(false);
  });

  it('cannot tell when nothing could be read', async () => {
    await expect(readDesktopBusy('linux', { XDG_CURRENT_DESKTOP: 'KDE' }, fakeExecFile({}).run)).resolves.toBeNull();
  });
});

describe('execFileText', () => {
  it('gives up on a command that outlives its timeout', async () => {
    const started = performance.now();
    const error = await new Promise<Error | null>((resolve) => execFileText('sleep', ['5'], { timeout: 100 }, (failure) => resolve(failure)));
    expect(error).toBeInstanceOf(Error);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

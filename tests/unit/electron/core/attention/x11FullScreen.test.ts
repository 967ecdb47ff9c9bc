import { describe, expect, it } from 'vitest';
import { readX11FullScreen } from '../../../../../electron/core/attention/x11FullScreen';
import { fakeExecFile } from '../../../../helpers/fakeExecFile';

const x11 = { DISPLAY: ':0', XDG_SESSION_TYPE: 'x11' };
const activeWindow = 'xprop -root _NET_ACTIVE_WINDOW';
const stateOf = (id: string) => `xprop -id ${id} _NET_WM_STATE`;

describe('readX11FullScreen', () => {
  it('is true when the focused window is full screen', async () => {
    const exec = fakeExecFile({
      [activeWindow]: { stdout: '_NET_ACTIVE_WINDOW(WINDOW): window id # 0x3a00007\n' },
      [stateOf('0x3a00007')]: { stdout: '_NET_WM_STATE(ATOM) = _NET_WM_STATE_FULLSCREEN, _NET_WM_STATE_FOCUSED\n' },
    });
    await expect(readX11FullScreen(x11, exec.run)).resolves.toBe(true);
  });

  it('is false for an ordinary window, or for the desktop itself', async () => {
    const ordinary = fakeExecFile({
      [activeWindow]: { stdout: '_NET_ACTIVE_WINDOW(WINDOW): window id # 0x3a00007\n' },
      [stateOf('0x3a00007')]: { stdout: '_NET_WM_STATE(ATOM) = _NET_WM_STATE_MAXIMIZED_VERT, _NET_WM_STATE_FOCUSED\n' },
    });
    await expect(readX11FullScreen(x11, ordinary.run)).resolves.toBe(false);
    const desktop = fakeExecFile({ [activeWindow]: { stdout: '_NET_ACTIVE_WINDOW(WINDOW): window id # 0x0\n' } });
    await expect(readX11FullScreen(x11, desktop.run)).resolves.toBe(false);
  });

  it('cannot tell on Wayland, without a display, or without xprop', async () => {
    const exec = fakeExecFile({});
    await expect(readX11FullScreen({ DISPLAY: ':0', XDG_SESSION_TYPE: 'wayland' }, exec.run)).resolves.toBeNull();
    await expect(readX11FullScreen({}, exec.run)).resolves.toBeNull();
    expect(exec.calls).toHaveLength(0);
    await expect(readX11FullScreen(x11, exec.run)).resolves.toBeNull();
  });

  it('cannot tell when the window manager publishes no active window', async () => {
    const exec = fakeExecFile({ [activeWindow]: { stdout: '_NET_ACTIVE_WINDOW:  not found.\n' } });
    await expect(readX11FullScreen(x11, exec.run)).resolves.toBeNull();
  });
});

import type { ExecFile } from './execFileText';

/**
 * Whether the focused window is full screen (a film, a presentation, a game), read
 * from X11 window-manager hints with xprop. Null when it cannot tell: a Wayland
 * session (it would see only X11 clients, so its "no" means nothing), no display,
 * xprop missing (it comes with x11-utils), or no answer in time.
 */
export function readX11FullScreen(
  env: { DISPLAY?: string; XDG_SESSION_TYPE?: string },
  run: ExecFile,
  timeoutMs = 1000,
): Promise<boolean | null> {
  if (!env.DISPLAY || env.XDG_SESSION_TYPE === 'wayland') return Promise.resolve(null);

  const xprop = (args: string[]) =>
    new Promise<string | null>((resolve) => {
      try {
        run('xprop', args, { timeout: timeoutMs }, (error, stdout) => resolve(error ? null : stdout));
      } catch {
        resolve(null);
      }
    });

  return (async () => {
    // "_NET_ACTIVE_WINDOW(WINDOW): window id # 0x3a00007"
    const active = await xprop(['-root', '_NET_ACTIVE_WINDOW']);
    const windowId = active?.match(/window id # (0x[0-9a-f]+)/i)?.[1];
    if (!windowId) return null;
    // Nothing focused, e.g. the desktop itself.
    if (Number.parseInt(windowId, 16) === 0) return false;
    // "_NET_WM_STATE(ATOM) = _NET_WM_STATE_FULLSCREEN, _NET_WM_STATE_FOCUSED"
    const state = await xprop(['-id', windowId, '_NET_WM_STATE']);
    if (state === null) return null;
    return state.includes('_NET_WM_STATE_FULLSCREEN');
  })();
}

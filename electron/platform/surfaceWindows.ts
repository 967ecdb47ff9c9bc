import type { BrowserWindow } from 'electron';
import type { Surface, SurfaceOpener } from '../core/desktopPorts';
import { createSecureWindow, type SecureWindowOptions } from './secureWindow';

type WindowLook = Omit<SecureWindowOptions, 'route' | 'showInactive'>;

/** Quick Pause and Reset are small and stay on top: a moment, not another app to manage. */
const looks: Record<Surface, WindowLook> = {
  'quick-pause': { title: 'Presence — Pause', width: 440, height: 600, minWidth: 360, minHeight: 480, alwaysOnTop: true },
  reset: { title: 'Presence — Reset before responding', width: 480, height: 720, minWidth: 400, minHeight: 480, alwaysOnTop: true },
  journal: { title: 'Presence — Journal', width: 960, height: 720, minWidth: 480, minHeight: 420 },
  settings: { title: 'Presence — Settings', width: 640, height: 760, minWidth: 480, minHeight: 480 },
  today: { title: 'Presence — Today', width: 560, height: 720, minWidth: 420, minHeight: 480 },
  values: { title: 'Presence — Values', width: 960, height: 760, minWidth: 560, minHeight: 480 },
};

export interface SurfaceWindows extends SurfaceOpener {
  /** True while any surface window is open (the tray keeps the app alive without one). */
  anyOpen(): boolean;
}

/** One window per surface: opening a surface that is already open brings it forward instead. */
export function createSurfaceWindows(): SurfaceWindows {
  const open = new Map<Surface, BrowserWindow>();

  return {
    open(surface, options) {
      const existing = open.get(surface);
      if (existing && !existing.isDestroyed()) {
        if (existing.isMinimized()) existing.restore();
        if (options?.gently) existing.showInactive();
        else {
          existing.show();
          existing.focus();
        }
        return;
      }
      const window = createSecureWindow({ route: surface, showInactive: options?.gently ?? false, ...looks[surface] });
      open.set(surface, window);
      window.on('closed', () => open.delete(surface));
    },
    anyOpen: () => [...open.values()].some((window) => !window.isDestroyed()),
  };
}

import { globalShortcut } from 'electron';
import type { ShortcutRegistrar } from '../core/desktopPorts';
import { consoleLogger, type Logger } from '../core/logger';

/**
 * The one global shortcut (Quick Pause), through Electron's globalShortcut. The old
 * accelerator is let go before the new one is taken, so changing it in Settings never
 * leaves two behind. 'taken' covers every refusal: another app holds it, Electron
 * rejects the accelerator, or the desktop (e.g. Wayland without the portal) refuses
 * global shortcuts.
 */
export function createGlobalShortcutRegistrar(log: Logger = consoleLogger): ShortcutRegistrar {
  let current: string | null = null;

  return {
    apply(accelerator, onPress) {
      if (current !== null) {
        globalShortcut.unregister(current);
        current = null;
      }
      if (accelerator === '') return 'removed';
      try {
        if (!globalShortcut.register(accelerator, onPress)) return 'taken';
      } catch (error) {
        log.warn(`could not register the global shortcut ${accelerator}`, error);
        return 'taken';
      }
      current = accelerator;
      return 'registered';
    },
  };
}

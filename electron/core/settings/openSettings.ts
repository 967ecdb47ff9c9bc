import { defaultGlobalShortcut } from '../../../shared/settings/settings';
import type { DesktopPorts } from '../backendOptions';
import { openStoredDocument } from '../store/storedDocument';
import type { StoreContext } from '../store/storeContext';
import { settingsDocument } from './settingsDocument';
import { createSettingsService, type SettingsService } from './settingsService';

/**
 * Opens the settings and keeps the desktop in step with them: the global
 * shortcut (with a warning when another app holds it) and the theme, applied
 * at start and on every change.
 */
export async function openSettings(context: StoreContext, desktop: DesktopPorts): Promise<SettingsService> {
  const settings = createSettingsService(await openStoredDocument(settingsDocument, 'settings.json', context));
  const openQuickPause = () => desktop.surfaces.open('quick-pause');

  function applyShortcut(accelerator: string): string | null {
    if (desktop.shortcuts.apply(accelerator, openQuickPause) !== 'taken') return null;
    const warning = `The shortcut ${accelerator} is already used by another app, so it does nothing in Presence. Choose another one in Settings${accelerator === defaultGlobalShortcut ? '' : ` (the default is ${defaultGlobalShortcut})`}.`;
    context.log.warn(warning);
    return warning;
  }

  const startupWarning = applyShortcut(settings.current().globalShortcut);
  if (startupWarning) {
    context.notices.push({ kind: 'shortcut_taken', file: null, keptAt: null, message: startupWarning, detail: 'globalShortcut.register returned false' });
  }
  settings.onChange((next, previous) =>
    next.globalShortcut === previous.globalShortcut ? null : applyShortcut(next.globalShortcut),
  );
  desktop.applyTheme(settings.current().theme);
  settings.onChange((next) => {
    desktop.applyTheme(next.theme);
    return null;
  });
  return settings;
}

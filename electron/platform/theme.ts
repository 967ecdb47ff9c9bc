import { nativeTheme } from 'electron';
import type { Settings } from '../../shared/settings/settings';

/**
 * Sets the theme for every window at once: the renderer follows
 * prefers-color-scheme, which Chromium derives from themeSource.
 */
export function applyTheme(theme: Settings['theme']): void {
  nativeTheme.themeSource = theme;
}

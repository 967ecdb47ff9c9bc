import { nativeImage, nativeTheme, type NativeImage } from 'electron';

export interface TrayIconContext {
  platform: NodeJS.Platform;
  /** XDG_CURRENT_DESKTOP, e.g. "ubuntu:GNOME" or "KDE". */
  desktop: string | undefined;
}

/** Whether the panel the icon sits on is dark, which is not always the app's own theme. */
function panelIsDark({ platform, desktop }: TrayIconContext): boolean {
  // Windows themes the taskbar separately from apps ("default Windows mode").
  if (platform === 'win32') return nativeTheme.shouldUseDarkColorsForSystemIntegratedUI;
  // GNOME's top bar is dark in light mode too.
  if (platform === 'linux' && /gnome/i.test(desktop ?? '')) return true;
  return nativeTheme.shouldUseDarkColors;
}

/**
 * The file in assets/tray for this desktop. macOS gets a template image it tints
 * itself; Windows' tray is 16 px, Linux panels 22–24 px. Electron picks up the
 * matching @2x file on high-density screens by itself.
 */
export function trayIconFile(context: TrayIconContext): string {
  if (context.platform === 'darwin') return 'trayTemplate.png';
  const panel = panelIsDark(context) ? 'dark-panel' : 'light-panel';
  return `${panel}-${context.platform === 'win32' ? 16 : 24}.png`;
}

export function loadTrayIcon(context: TrayIconContext, iconFor: (file: string) => string): NativeImage {
  const image = nativeImage.createFromPath(iconFor(trayIconFile(context)));
  if (context.platform === 'darwin') image.setTemplateImage(true);
  return image;
}

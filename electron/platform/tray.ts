import { join } from 'node:path';
import { app, Menu, nativeTheme, Tray, type MenuItemConstructorOptions } from 'electron';
import type { TrayCommand, TrayMenuItem, TrayMenuModel } from '../../shared/tray/trayMenu';
import { consoleLogger, type Logger } from '../core/logger';
import { loadTrayIcon, type TrayIconContext } from './trayIcon';

export interface TraySetup {
  onCommand: (command: TrayCommand) => void;
  /** Absolute path of a file in assets/tray. */
  iconFor?: (file: string) => string;
  log?: Logger;
  context?: TrayIconContext;
}

export interface PresenceTray {
  update(model: TrayMenuModel): void;
  destroy(): void;
}

/** assets/ ships inside app.asar next to out/, so the app path finds it in development and packaged. */
export const appTrayIconPath = (file: string): string => join(app.getAppPath(), 'assets', 'tray', file);

export function setupTray({ onCommand, iconFor = appTrayIconPath, log = consoleLogger, context }: TraySetup): PresenceTray {
  const iconContext = context ?? { platform: process.platform, desktop: process.env.XDG_CURRENT_DESKTOP };
  const tray = new Tray(loadTrayIcon(iconContext, iconFor));

  // The panel can turn dark or light while Presence runs.
  const refreshIcon = () => tray.setImage(loadTrayIcon(iconContext, iconFor));
  nativeTheme.on('updated', refreshIcon);
  // Windows shows nothing on a left click unless asked; people expect the menu.
  if (iconContext.platform === 'win32') tray.on('click', () => tray.popUpContextMenu());

  const run = (command: TrayCommand) => {
    try {
      onCommand(command);
    } catch (error) {
      log.error(`the tray command "${command}" failed`, error);
    }
  };

  const toOptions = (item: TrayMenuItem): MenuItemConstructorOptions => {
    switch (item.type) {
      case 'status':
        return { label: item.label, enabled: false };
      case 'separator':
        return { type: 'separator' };
      case 'action':
        return { label: item.label, enabled: item.enabled, click: () => run(item.command) };
      case 'submenu':
        return { label: item.label, enabled: item.enabled, submenu: item.items.map(toOptions) };
    }
  };

  return {
    update(model) {
      // Set again on every change: Linux's AppIndicator keeps showing the menu it was
      // first given, so changing the old menu's items would never reach the panel.
      tray.setContextMenu(Menu.buildFromTemplate(model.items.map(toOptions)));
      tray.setToolTip(model.tooltip);
    },
    destroy() {
      nativeTheme.off('updated', refreshIcon);
      tray.destroy();
    },
  };
}

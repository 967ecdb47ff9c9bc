import { Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * Electron's default menu offers Reload and Toggle Developer Tools, which have
 * no place in a finished app. macOS needs a menu for copy and paste to work in
 * text fields (and for Quit); Linux and Windows handle those keys natively.
 */
export function setupApplicationMenu(platform: NodeJS.Platform = process.platform): void {
  if (platform !== 'darwin') {
    Menu.setApplicationMenu(null);
    return;
  }
  const template: MenuItemConstructorOptions[] = [
    { role: 'appMenu', submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }] },
    { role: 'editMenu' },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

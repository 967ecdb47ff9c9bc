import { session } from 'electron';
import { consoleLogger, type Logger } from '../core/logger';

/**
 * Presence needs no camera, microphone, location, notifications-from-the-page
 * or any other web permission, so every request and check is answered no.
 * Notifications come from the main process and are not affected.
 */
export function denyAllPermissions(log: Logger = consoleLogger): void {
  const { defaultSession } = session;
  defaultSession.setPermissionRequestHandler((_webContents, permission, callback) => {
    log.warn('refused a permission request from a page', { permission });
    callback(false);
  });
  defaultSession.setPermissionCheckHandler(() => false);
}

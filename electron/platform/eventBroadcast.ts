import { BrowserWindow } from 'electron';
import { presenceEventChannel, type PresenceEvent } from '../../shared/ipc/events';

/** Every Presence window hears every change, so none shows stale data. */
export function setupEventBroadcast(onEvent: (listener: (event: PresenceEvent) => void) => void): void {
  onEvent((event) => {
    for (const window of BrowserWindow.getAllWindows()) {
      if (!window.isDestroyed()) window.webContents.send(presenceEventChannel, event);
    }
  });
}

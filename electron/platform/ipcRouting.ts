import { ipcMain } from 'electron';
import type { IpcRouter } from '../core/ipc/router';

/**
 * Connects Electron's IPC to the contract router, one handler per channel.
 * The sender's frame URL is passed along (not the window's) so the router can
 * refuse calls from any frame that is not the app's own page.
 */
export function setupIpcRouting(router: IpcRouter): void {
  for (const channel of router.channels) {
    ipcMain.handle(channel, (event, payload: unknown) => router.dispatch(channel, event.senderFrame?.url, payload));
  }
}

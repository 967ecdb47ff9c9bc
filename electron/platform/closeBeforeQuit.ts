import { app } from 'electron';
import { consoleLogger, type Logger } from '../core/logger';

/**
 * Electron exits as soon as `will-quit` returns, which would leave the data
 * folder's lock file behind. So the first `will-quit` is held back until
 * `close` settles (or `timeoutMs` passes, so quitting can never hang), and
 * then the app quits for real.
 */
export function closeBeforeQuit(close: () => Promise<void>, log: Logger = consoleLogger, timeoutMs = 5000): void {
  let state: 'open' | 'closing' | 'closed' = 'open';
  app.on('will-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';

    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        log.warn(`closing took longer than ${timeoutMs} ms; quitting anyway`);
        resolve();
      }, timeoutMs);
    });
    const closing = close().catch((error: unknown) => log.error('could not close cleanly before quitting', error));
    void Promise.race([closing, timeout]).then(() => {
      clearTimeout(timer);
      state = 'closed';
      app.quit();
    });
  });
}

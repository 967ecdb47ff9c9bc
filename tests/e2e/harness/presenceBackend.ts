import { createBackend, type Backend } from '../../../electron/core/backend';
import type { Logger } from '../../../electron/core/logger';
import type { PresenceEvent } from '../../../shared/ipc/events';
import { failure, type Result } from '../../../shared/ipc/result';
import { fakeDesktop, type FakeDesktop } from '../../helpers/fakeDesktop';

export interface RestartableBackend {
  /** What the page's binding calls; answers data_unavailable while the backend is being replaced. */
  dispatch(channel: unknown, senderUrl: string | undefined, payload: unknown): Promise<Result<unknown>>;
  current(): Backend;
  /** Hears the events of this backend and of every one that replaces it. */
  onEvent(listener: (event: PresenceEvent) => void): void;
  /** What the backend asked of the desktop: windows opened, notifications shown. */
  desktop: FakeDesktop;
  /** Closes the backend and opens a new one on the same data folder, as quitting and starting the app would. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

interface BackendSetup {
  dataDir: string;
  allowedOrigins: readonly string[];
  log: Logger;
}

export async function startRestartableBackend(setup: BackendSetup): Promise<RestartableBackend> {
  const desktop = fakeDesktop();
  const eventListeners: Array<(event: PresenceEvent) => void> = [];
  const open = async () => {
    const opened = await createBackend({ ...setup, clock: { now: () => Date.now() }, desktop });
    opened.onEvent((event) => eventListeners.forEach((listener) => listener(event)));
    return opened;
  };
  let backend: Backend | null = await open();

  return {
    desktop,
    onEvent: (listener) => eventListeners.push(listener),
    async dispatch(channel, senderUrl, payload) {
      if (typeof channel !== 'string') return failure('unknown_channel', 'An IPC channel name must be a string.');
      if (backend === null) return failure('data_unavailable', 'The test backend is restarting.');
      return backend.router.dispatch(channel, senderUrl, payload);
    },
    current() {
      if (backend === null) throw new Error('The test backend is closed.');
      return backend;
    },
    async restart() {
      const previous = backend;
      backend = null;
      await previous?.close();
      backend = await open();
    },
    async close() {
      const previous = backend;
      backend = null;
      await previous?.close();
    },
  };
}

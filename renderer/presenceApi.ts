import type { PresenceApi } from '../shared/ipc/bridge';
import { failure } from '../shared/ipc/result';

declare global {
  interface Window {
    /** Installed by the preload in the desktop app, or by the end-to-end harness. */
    readonly presence?: PresenceApi;
  }
}

const notConnected = failure(
  'transport_failed',
  "Presence's data service isn't connected, so nothing can be loaded or saved right now.",
);

/** Answers every call with a plain failure, so a missing bridge shows up as a message, not a crash. */
const disconnectedApi = new Proxy({} as PresenceApi, {
  get: (_target, property) => {
    if (property === 'then') return undefined;
    // Nothing will ever be pushed; listening is allowed and stopping is a no-op.
    if (property === 'onEvent') return () => () => {};
    return () => Promise.resolve(notConnected);
  },
});

/** The typed `window.presence`; the only way the renderer reaches Presence's data. */
export function presence(): PresenceApi {
  return window.presence ?? disconnectedApi;
}

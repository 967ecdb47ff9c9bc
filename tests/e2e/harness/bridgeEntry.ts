// Bundled into an init script for every test page: installs `window.presence`
// with the same createBridge the preload uses, over a Playwright binding
// instead of Electron IPC. Only the transport differs from the desktop app.
import { createBridge } from '../../../shared/ipc/bridge';

interface HarnessWindow {
  __presenceInvoke(channel: string, payload: unknown): Promise<unknown>;
  /** Called by the harness (page.evaluate) with each event the backend pushes. */
  __presenceEmit(payload: unknown): void;
}

const harnessWindow = window as unknown as HarnessWindow;
const eventListeners = new Set<(payload: unknown) => void>();
harnessWindow.__presenceEmit = (payload) => eventListeners.forEach((listener) => listener(payload));
const subscribe = (listener: (payload: unknown) => void) => {
  eventListeners.add(listener);
  return () => {
    eventListeners.delete(listener);
  };
};

// Like contextBridge: a frozen object on a property the page cannot replace.
Object.defineProperty(window, 'presence', {
  value: createBridge((channel, payload) => harnessWindow.__presenceInvoke(channel, payload), subscribe),
  enumerable: true,
  writable: false,
  configurable: false,
});

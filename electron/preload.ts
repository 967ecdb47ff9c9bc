import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from '../shared/ipc/bridge';
import { presenceEventChannel, type SubscribeToEvents } from '../shared/ipc/events';

// The page's listener gets the payload only, never Electron's event object (it carries `sender`).
const subscribe: SubscribeToEvents = (listener) => {
  const forward = (_event: unknown, payload: unknown) => listener(payload);
  ipcRenderer.on(presenceEventChannel, forward);
  return () => {
    ipcRenderer.removeListener(presenceEventChannel, forward);
  };
};

// Only the contract's methods and onEvent cross into the page: never ipcRenderer
// itself, process, or anything else a compromised page could turn against the person.
contextBridge.exposeInMainWorld(
  'presence',
  createBridge((channel, payload) => ipcRenderer.invoke(channel, payload), subscribe),
);

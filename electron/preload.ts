import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from '../shared/ipc/bridge';

// Only the contract's methods cross into the page: never ipcRenderer itself,
// process, or anything else a compromised page could turn against the person.
contextBridge.exposeInMainWorld(
  'presence',
  createBridge((channel, payload) => ipcRenderer.invoke(channel, payload)),
);

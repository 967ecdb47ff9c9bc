import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { appOrigin } from '../shared/appOrigin';
import { PresenceError } from '../shared/ipc/result';
import { createBackend } from './core/backend';
import { consoleLogger as log } from './core/logger';
import { registerAppScheme, setupAppProtocol } from './platform/appProtocol';
import { closeBeforeQuit } from './platform/closeBeforeQuit';
import { setupIpcRouting } from './platform/ipcRouting';
import { denyAllPermissions } from './platform/permissions';
import { createSecureWindow } from './platform/secureWindow';
import { setupWebContentsGuards } from './platform/webContentsGuards';

// This file is bundled to out/main/main.cjs; the built renderer is out/renderer.
const rendererDir = path.join(__dirname, '../renderer');

let backendReady = false;
let journalWindow: BrowserWindow | undefined;

function showJournal(): void {
  // Before the backend is up the window could not load its data; start() opens it.
  if (!backendReady) return;
  if (journalWindow && !journalWindow.isDestroyed()) {
    if (journalWindow.isMinimized()) journalWindow.restore();
    journalWindow.show();
    journalWindow.focus();
    return;
  }
  journalWindow = createSecureWindow({
    route: 'journal',
    title: 'Presence — Journal',
    width: 960,
    height: 720,
    minWidth: 480,
    minHeight: 420,
  });
  journalWindow.on('closed', () => {
    journalWindow = undefined;
  });
}

async function start(): Promise<void> {
  // Guards first, so not even the first window exists without them.
  setupWebContentsGuards(log);
  denyAllPermissions(log);
  setupAppProtocol(rendererDir);

  const starting = createBackend({
    dataDir: path.join(app.getPath('userData'), 'data'),
    clock: { now: () => Date.now() },
    allowedOrigins: [appOrigin],
    log,
  });
  // Registered before the await: a quit during start-up must still release the lock.
  closeBeforeQuit(() => starting.then((backend) => backend.close(), () => undefined), log);
  const backend = await starting;

  setupIpcRouting(backend.router);
  backendReady = true;
  showJournal();
}

function failToStart(error: unknown): void {
  log.error('Presence could not start', error);
  const detail = error instanceof Error ? error.message : String(error);
  // A PresenceError is already written for the person; anything else gets context.
  const message =
    error instanceof PresenceError ? detail : `Something went wrong while Presence was starting.\n\n${detail}`;
  dialog.showErrorBox('Presence could not start', message);
  app.quit();
}

function main(): void {
  // Sandboxes every renderer, even one created without the secure window factory.
  app.enableSandbox();
  registerAppScheme();
  // One process owns the data folder; a second launch just brings the first forward.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', () => showJournal());
  app.on('activate', () => showJournal());
  // Without a tray yet, the last window closing ends the app (except on macOS, by convention).
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.whenReady().then(start).catch(failToStart);
}

main();

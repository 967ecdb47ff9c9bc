import path from 'node:path';
import { app, dialog } from 'electron';
import { appOrigin } from '../shared/appOrigin';
import { PresenceError } from '../shared/ipc/result';
import { buildTrayMenu } from '../shared/tray/trayMenu';
import { createBackend, type Backend } from './core/backend';
import { consoleLogger as log } from './core/logger';
import { createNodeNotifierNotifier } from './core/notifications/nodeNotifierNotifier';
import { runTrayCommand } from './core/trayCommands';
import { setupApplicationMenu } from './platform/applicationMenu';
import { registerAppScheme, setupAppProtocol } from './platform/appProtocol';
import { createAttentionSignals } from './platform/attentionSignals';
import { closeBeforeQuit } from './platform/closeBeforeQuit';
import { electronNotifierIfSupported } from './platform/electronNotifier';
import { setupEventBroadcast } from './platform/eventBroadcast';
import { createFileDialogs } from './platform/fileDialogs';
import { createGlobalShortcutRegistrar } from './platform/globalShortcutRegistrar';
import { setupIpcRouting } from './platform/ipcRouting';
import { denyAllPermissions } from './platform/permissions';
import { setupPowerEvents } from './platform/powerEvents';
import { createSurfaceWindows } from './platform/surfaceWindows';
import { applyTheme } from './platform/theme';
import { setupTray } from './platform/tray';
import { setupWebContentsGuards } from './platform/webContentsGuards';

// This file is bundled to out/main/main.cjs; the built renderer is out/renderer.
const rendererDir = path.join(__dirname, '../renderer');
const appId = 'app.presence.desktop';

const surfaces = createSurfaceWindows();
let backendReady = false;

function showJournal(): void {
  // Before the backend is up the window could not load its data; start() opens it.
  if (backendReady) surfaces.open('journal');
}

function connectTray(backend: Backend): void {
  const tray = setupTray({ onCommand: (command) => runTrayCommand(command, { backend, surfaces, quit: () => app.quit(), log }) });
  const show = (view: ReturnType<Backend['schedulerView']>) => tray.update(buildTrayMenu({ status: view.status, statusText: view.text }));
  backend.onSchedulerChange(show);
  show(backend.schedulerView());
}

async function start(): Promise<void> {
  // Guards first, so not even the first window exists without them.
  setupWebContentsGuards(log);
  denyAllPermissions(log);
  setupAppProtocol(rendererDir);
  setupApplicationMenu();
  // Windows shows no notification from an app without its id.
  if (process.platform === 'win32') app.setAppUserModelId(appId);

  const starting = createBackend({
    dataDir: path.join(app.getPath('userData'), 'data'),
    clock: { now: () => Date.now() },
    allowedOrigins: [appOrigin],
    log,
    desktop: {
      systemNotifier: electronNotifierIfSupported(),
      nodeNotifier: createNodeNotifierNotifier(),
      signals: createAttentionSignals(),
      timers: { setTimeout: (callback, ms) => setTimeout(callback, ms), clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout) },
      surfaces,
      shortcuts: createGlobalShortcutRegistrar(log),
      files: createFileDialogs(),
      applyTheme,
      timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
      random: Math.random,
    },
  });
  // Registered before the await: a quit during start-up must still release the lock.
  closeBeforeQuit(() => starting.then((backend) => backend.close(), () => undefined), log);
  const backend = await starting;

  setupIpcRouting(backend.router);
  setupEventBroadcast(backend.onEvent);
  connectTray(backend);
  setupPowerEvents(backend.powerEvent);
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
  // Presence lives in the tray: closing the last window must not quit it.
  app.on('window-all-closed', () => {});
  app.whenReady().then(start).catch(failToStart);
}

main();

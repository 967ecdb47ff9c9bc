import path from 'node:path';
import { BrowserWindow } from 'electron';
import { appOrigin } from '../../shared/appOrigin';
import { consoleLogger } from '../core/logger';

export interface SecureWindowOptions {
  /** The renderer route, e.g. `journal` for app://presence/index.html#/journal. */
  route: string;
  width: number;
  height: number;
  title: string;
  minWidth?: number;
  minHeight?: number;
  resizable?: boolean;
  alwaysOnTop?: boolean;
  /** Show without taking focus from what the person is doing (an invitation that could not be a notification). */
  showInactive?: boolean;
}

// main.ts and this module are bundled into out/main/main.cjs; the preload is built next to it.
const preloadPath = path.join(__dirname, '../preload/preload.cjs');

const routePattern = /^[a-z][a-z0-9-]*(\/[a-z0-9-]+)*$/;

export function appPageUrl(route: string): string {
  if (!routePattern.test(route)) throw new Error(`"${route}" is not a Presence route.`);
  return `${appOrigin}/index.html#/${route}`;
}

/**
 * The only way Presence opens a window, so every window gets the same
 * hardened settings. webPreferences stays a literal object because static
 * checkers such as Electronegativity cannot see through variables.
 */
export function createSecureWindow({ route, showInactive = false, ...appearance }: SecureWindowOptions): BrowserWindow {
  const url = appPageUrl(route);
  const window = new BrowserWindow({
    ...appearance,
    // Shown once painted, so the person never sees an empty white frame.
    show: false,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      preload: preloadPath,
    },
  });
  window.once('ready-to-show', () => (showInactive ? window.showInactive() : window.show()));
  window.loadURL(url).catch((error: unknown) => consoleLogger.error(`could not load ${url}`, error));
  return window;
}

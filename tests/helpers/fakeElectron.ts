import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/**
 * A stand-in for the parts of the `electron` module Presence uses, for
 * `vi.mock('electron', ...)`: no Electron binary can run on the test machines.
 * It records what the code asked for (handlers, options, calls) so tests can
 * drive those handlers the way Electron would.
 */

export class FakeEvent {
  defaultPrevented = false;
  constructor(readonly url = '') {}
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | undefined;
  /** What the main process sent to this page, as [channel, payload]. */
  readonly send = vi.fn((_channel: string, _payload: unknown) => {});

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  /** Emits a navigation-like event as Electron does and says whether it was blocked. */
  attempt(eventName: 'will-navigate' | 'will-redirect', url: string): boolean {
    const event = new FakeEvent(url);
    this.emit(eventName, event, url, false, true, 1, 1);
    return event.defaultPrevented;
  }

  attemptWebview(src: string): boolean {
    const event = new FakeEvent();
    this.emit('will-attach-webview', event, { nodeIntegration: true }, { src });
    return event.defaultPrevented;
  }
}

type PermissionRequestHandler = (
  webContents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: unknown,
) => void;
type PermissionCheckHandler = (webContents: unknown, permission: string, origin: string, details: unknown) => boolean;
type ProtocolHandler = (request: Request) => Response | Promise<Response>;
type IpcHandler = (event: { senderFrame: { url: string } | null }, payload: unknown) => unknown;

export interface FakeMenuItemOptions {
  label?: string;
  type?: string;
  role?: string;
  enabled?: boolean;
  click?: () => void;
  submenu?: FakeMenuItemOptions[];
}

/** What Menu.buildFromTemplate was given, kept so tests can read labels and click items. */
export class FakeMenu {
  constructor(readonly template: FakeMenuItemOptions[]) {}

  /** Finds an item by label, looking into submenus too. */
  item(label: string): FakeMenuItemOptions | undefined {
    const search = (items: FakeMenuItemOptions[]): FakeMenuItemOptions | undefined => {
      for (const item of items) {
        if (item.label === label) return item;
        const inner = item.submenu && search(item.submenu);
        if (inner) return inner;
      }
      return undefined;
    };
    return search(this.template);
  }
}

export class FakeNativeImage {
  templateImage = false;
  constructor(readonly path: string) {}
  setTemplateImage(value: boolean): void {
    this.templateImage = value;
  }
  isTemplateImage(): boolean {
    return this.templateImage;
  }
  isEmpty(): boolean {
    return false;
  }
}

/** Platform pieces beyond windows and IPC: tray, menus, notifications, shortcuts, power. */
function createFakeDesktop() {
  class Tray extends EventEmitter {
    static readonly created: Tray[] = [];
    readonly setContextMenu = vi.fn((_menu: FakeMenu | null) => {});
    readonly setToolTip = vi.fn((_text: string) => {});
    readonly setImage = vi.fn((_image: FakeNativeImage) => {});
    readonly destroy = vi.fn();
    readonly popUpContextMenu = vi.fn();
    constructor(readonly image: FakeNativeImage) {
      super();
      Tray.created.push(this);
    }
  }

  class Notification extends EventEmitter {
    static readonly created: Notification[] = [];
    static readonly isSupported = vi.fn(() => true);
    /** How show() behaves: 'show' emits the show event, 'fail' emits failed, 'nothing' stays silent. */
    static behaviour: 'show' | 'fail' | 'nothing' = 'show';
    readonly show = vi.fn(() => {
      if (Notification.behaviour === 'show') this.emit('show');
      if (Notification.behaviour === 'fail') this.emit('failed', {}, 'no notification service');
    });
    constructor(readonly options: { title?: string; body?: string; silent?: boolean }) {
      super();
      Notification.created.push(this);
    }
  }

  const shortcuts = new Map<string, () => void>();
  const globalShortcut = {
    registered: shortcuts,
    register: vi.fn((accelerator: string, callback: () => void) => {
      if (shortcuts.has(accelerator)) return false;
      shortcuts.set(accelerator, callback);
      return true;
    }),
    unregister: vi.fn((accelerator: string) => {
      shortcuts.delete(accelerator);
    }),
  };

  const powerMonitor = Object.assign(new EventEmitter(), {
    getSystemIdleTime: vi.fn(() => 0),
    getSystemIdleState: vi.fn((_threshold: number): 'active' | 'idle' | 'locked' | 'unknown' => 'active'),
  });

  return {
    Tray,
    Menu: {
      buildFromTemplate: vi.fn((template: FakeMenuItemOptions[]) => new FakeMenu(template)),
      setApplicationMenu: vi.fn((_menu: FakeMenu | null) => {}),
    },
    nativeImage: { createFromPath: vi.fn((path: string) => new FakeNativeImage(path)) },
    nativeTheme: Object.assign(new EventEmitter(), { shouldUseDarkColors: false, shouldUseDarkColorsForSystemIntegratedUI: false }),
    Notification,
    globalShortcut,
    powerMonitor,
  };
}

export function createFakeElectron() {
  const app = Object.assign(new EventEmitter(), {
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    whenReady: vi.fn(() => Promise.resolve()),
    getPath: vi.fn((name: string) => `/fake-home/${name}`),
    getAppPath: vi.fn(() => '/fake-app'),
  });

  class BrowserWindow extends EventEmitter {
    static readonly created: BrowserWindow[] = [];
    static getAllWindows(): BrowserWindow[] {
      return BrowserWindow.created.filter((window) => !window.destroyed);
    }
    /** The window a test says has focus; none unless it sets one. */
    static focused: BrowserWindow | null = null;
    static getFocusedWindow(): BrowserWindow | null {
      return BrowserWindow.focused;
    }
    readonly webContents = new FakeWebContents();
    minimized = false;
    destroyed = false;
    readonly loadURL = vi.fn((_url: string) => Promise.resolve());
    readonly show = vi.fn();
    readonly showInactive = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn(() => {
      this.minimized = false;
    });

    constructor(readonly options: Record<string, unknown>) {
      super();
      BrowserWindow.created.push(this);
      // Electron announces every new web contents; the guards hook in here.
      app.emit('web-contents-created', new FakeEvent(), this.webContents);
    }

    isMinimized(): boolean {
      return this.minimized;
    }

    isDestroyed(): boolean {
      return this.destroyed;
    }
  }

  const protocolHandlers = new Map<string, ProtocolHandler>();
  const protocol = {
    registerSchemesAsPrivileged: vi.fn(),
    handle: vi.fn((scheme: string, handler: ProtocolHandler) => {
      protocolHandlers.set(scheme, handler);
    }),
    handlers: protocolHandlers,
  };

  const defaultSession = {
    permissionRequestHandler: undefined as PermissionRequestHandler | undefined,
    permissionCheckHandler: undefined as PermissionCheckHandler | undefined,
    setPermissionRequestHandler: vi.fn((handler: PermissionRequestHandler) => {
      defaultSession.permissionRequestHandler = handler;
    }),
    setPermissionCheckHandler: vi.fn((handler: PermissionCheckHandler) => {
      defaultSession.permissionCheckHandler = handler;
    }),
  };

  const ipcHandlers = new Map<string, IpcHandler>();
  const ipcMain = {
    handle: vi.fn((channel: string, handler: IpcHandler) => {
      if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      ipcHandlers.set(channel, handler);
    }),
    handlers: ipcHandlers,
  };

  const exposed = new Map<string, unknown>();
  const contextBridge = {
    exposeInMainWorld: vi.fn((key: string, api: unknown) => {
      exposed.set(key, api);
    }),
    exposed,
  };

  return {
    app,
    BrowserWindow,
    protocol,
    session: { defaultSession },
    shell: { openExternal: vi.fn((_url: string) => Promise.resolve()) },
    ipcMain,
    // An emitter, like Electron's: main's webContents.send arrives as an event on it.
    ipcRenderer: Object.assign(new EventEmitter(), {
      invoke: vi.fn((_channel: string, _payload: unknown): Promise<unknown> => Promise.resolve()),
    }),
    contextBridge,
    dialog: {
      showErrorBox: vi.fn(),
      // Cancelled unless a test answers otherwise, as a person closing the dialog would.
      showSaveDialog: vi.fn(
        async (..._args: unknown[]): Promise<{ canceled: boolean; filePath: string }> => ({ canceled: true, filePath: '' }),
      ),
      showOpenDialog: vi.fn(
        async (..._args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> => ({ canceled: true, filePaths: [] }),
      ),
    },
    ...createFakeDesktop(),
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
export type FakeBrowserWindow = InstanceType<FakeElectron['BrowserWindow']>;
export type FakeTray = InstanceType<FakeElectron['Tray']>;
export type FakeNotification = InstanceType<FakeElectron['Notification']>;

/** The mocked `electron` module, typed as the fake it is. */
export async function importFakeElectron(): Promise<FakeElectron> {
  return (await import('electron')) as unknown as FakeElectron;
}

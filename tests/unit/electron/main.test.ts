import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channelFor, ipcMethods } from '../../../shared/ipc/contract';
import type { Backend } from '../../../electron/core/backend';
import type { BackendOptions } from '../../../electron/core/backendOptions';
import { createFakeElectron, FakeEvent, type FakeElectron } from '../../helpers/fakeElectron';

const createBackend = vi.hoisted(() => vi.fn<(options: BackendOptions) => Promise<Backend>>());
vi.mock('../../../electron/core/backend', () => ({ createBackend }));

type SchedulerView = ReturnType<Backend['schedulerView']>;

function fakeBackend(): Backend & {
  close: ReturnType<typeof vi.fn>;
  snooze: ReturnType<typeof vi.fn>;
  powerEvent: ReturnType<typeof vi.fn<Backend['powerEvent']>>;
  changeStatus(view: SchedulerView): void;
} {
  const listeners: Array<(view: SchedulerView) => void> = [];
  return {
    schedulerView: () => ({ status: { kind: 'waiting', nextAt: 0, backedOff: false }, text: 'Next pause at 14:30' }),
    onSchedulerChange: (listener) => listeners.push(listener),
    onEvent: () => {},
    changeStatus: (view) => listeners.forEach((listener) => listener(view)),
    snooze: vi.fn(async () => {}),
    resume: vi.fn(async () => {}),
    powerEvent: vi.fn<Backend['powerEvent']>(),
    router: {
      channels: ipcMethods.map(channelFor),
      dispatch: vi.fn(async () => ({ ok: true as const, value: null })),
    },
    startupReport: { dataDir: '/fake-home/userData/data', notices: [] },
    close: vi.fn(async () => {}),
  };
}

let electron: FakeElectron;

/** Loads main.ts afresh, as a new process would, against a fresh fake Electron. */
async function startMain(configure: (fake: FakeElectron) => void = () => {}): Promise<void> {
  vi.resetModules();
  const fake = createFakeElectron();
  configure(fake);
  electron = fake;
  vi.doMock('electron', () => fake);
  await import('../../../electron/main');
}

/** Lets the whenReady().then(start) chain run to its end. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function journalWindows() {
  return electron.BrowserWindow.created.filter((window) => window.loadURL.mock.calls[0]?.[0] === 'app://presence/index.html#/journal');
}

describe('main', () => {
  beforeEach(() => {
    createBackend.mockReset();
    // main.ts logs to the console; keep test output readable.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it('quits without starting anything when another instance holds the lock', async () => {
    await startMain((fake) => fake.app.requestSingleInstanceLock.mockReturnValue(false));
    await settle();
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(createBackend).not.toHaveBeenCalled();
    expect(electron.BrowserWindow.created).toHaveLength(0);
  });

  it('sandboxes all renderers and registers the app scheme before the app is ready', async () => {
    createBackend.mockResolvedValue(fakeBackend());
    await startMain((fake) => {
      fake.app.whenReady.mockImplementation(() => {
        expect(fake.app.enableSandbox).toHaveBeenCalledTimes(1);
        expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
        return Promise.resolve();
      });
    });
    expect(electron.app.whenReady).toHaveBeenCalledTimes(1);
    await settle();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app' }),
    ]);
  });

  it('starts the backend in the user data folder, trusting only the app origin', async () => {
    createBackend.mockResolvedValue(fakeBackend());
    await startMain();
    await settle();
    expect(createBackend).toHaveBeenCalledTimes(1);
    const options = createBackend.mock.calls[0]![0];
    expect(options.dataDir).toMatch(/^\/fake-home\/userData[/\\]data$/);
    expect(options.allowedOrigins).toEqual(['app://presence']);
    expect(options.clock.now()).toBeTypeOf('number');
  });

  it('serves the renderer, routes IPC, guards pages and opens the journal once ready', async () => {
    createBackend.mockResolvedValue(fakeBackend());
    await startMain();
    await settle();
    expect(electron.protocol.handlers.has('app')).toBe(true);
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual(ipcMethods.map(channelFor).sort());
    expect(electron.session.defaultSession.permissionRequestHandler).toBeTypeOf('function');

    expect(journalWindows()).toHaveLength(1);
    const [journal] = journalWindows();
    // The window's contents were guarded as they were created.
    expect(journal!.webContents.attempt('will-navigate', 'https://evil.example/')).toBe(true);
    expect(electron.dialog.showErrorBox).not.toHaveBeenCalled();
  });

  it('shows an error box and quits when the backend cannot start', async () => {
    createBackend.mockImplementation(async () => {
      // From the module graph main.ts was loaded in, as createBackend's own would be.
      const { PresenceError } = await import('../../../shared/ipc/result');
      throw new PresenceError('data_unavailable', 'Another copy of Presence is already using this data folder.');
    });
    await startMain();
    await settle();
    expect(electron.dialog.showErrorBox).toHaveBeenCalledExactlyOnceWith(
      'Presence could not start',
      'Another copy of Presence is already using this data folder.',
    );
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.BrowserWindow.created).toHaveLength(0);
    expect(electron.ipcMain.handlers.size).toBe(0);
  });

  it('includes the reason in the error box for unexpected start-up failures', async () => {
    createBackend.mockRejectedValue(new Error('EACCES: permission denied'));
    await startMain();
    await settle();
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Presence could not start',
      expect.stringContaining('EACCES: permission denied'),
    );
    expect(electron.app.quit).toHaveBeenCalled();
  });

  it('brings the existing journal window forward when a second instance starts', async () => {
    createBackend.mockResolvedValue(fakeBackend());
    await startMain();
    await settle();
    const [journal] = journalWindows();
    journal!.minimized = true;
    journal!.show.mockClear();

    electron.app.emit('second-instance', new FakeEvent(), ['presence'], '/', {});
    expect(journal!.restore).toHaveBeenCalledTimes(1);
    expect(journal!.show).toHaveBeenCalledTimes(1);
    expect(journal!.focus).toHaveBeenCalledTimes(1);
    expect(journalWindows()).toHaveLength(1);
  });

  it('reopens the journal on second-instance after its window was closed', async () => {
    createBackend.mockResolvedValue(fakeBackend());
    await startMain();
    await settle();
    const [first] = journalWindows();
    first!.destroyed = true;
    first!.emit('closed');

    electron.app.emit('second-instance', new FakeEvent(), ['presence'], '/', {});
    expect(journalWindows()).toHaveLength(2);
  });

  it('closes the backend before quitting, so the data folder lock is released', async () => {
    const backend = fakeBackend();
    createBackend.mockResolvedValue(backend);
    await startMain();
    await settle();

    const firstQuit = new FakeEvent();
    electron.app.emit('will-quit', firstQuit);
    expect(firstQuit.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalledTimes(1));
    expect(backend.close).toHaveBeenCalledTimes(1);

    const secondQuit = new FakeEvent();
    electron.app.emit('will-quit', secondQuit);
    expect(secondQuit.defaultPrevented).toBe(false);
    expect(backend.close).toHaveBeenCalledTimes(1);
  });

  it('waits for a backend still starting before quitting, then closes it', async () => {
    const backend = fakeBackend();
    let finishStarting!: (value: Backend) => void;
    createBackend.mockReturnValue(new Promise((resolve) => (finishStarting = resolve)));
    await startMain();
    await settle();

    const quit = new FakeEvent();
    electron.app.emit('will-quit', quit);
    expect(quit.defaultPrevented).toBe(true);
    await settle();
    expect(electron.app.quit).not.toHaveBeenCalled();

    finishStarting(backend);
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
    expect(backend.close).toHaveBeenCalledTimes(1);
  });

  it('stays in the tray when the last window closes', async () => {
    createBackend.mockResolvedValue(fakeBackend());
    await startMain();
    await settle();
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      vi.spyOn(process, 'platform', 'get').mockReturnValue(platform);
      electron.app.emit('window-all-closed');
    }
    expect(electron.app.listenerCount('window-all-closed')).toBe(1);
    expect(electron.app.quit).not.toHaveBeenCalled();
  });

  it('shows the schedule in the tray and sets a fresh menu on every change', async () => {
    const backend = fakeBackend();
    createBackend.mockResolvedValue(backend);
    await startMain();
    await settle();
    const [tray] = electron.Tray.created.slice(-1);
    expect(tray!.setToolTip).toHaveBeenLastCalledWith('Presence — Next pause at 14:30');

    backend.changeStatus({ status: { kind: 'snoozed', until: 1, nextAt: 2 }, text: 'Snoozed until 15:00' });
    expect(tray!.setToolTip).toHaveBeenLastCalledWith('Presence — Snoozed until 15:00');
    expect(tray!.setContextMenu).toHaveBeenCalledTimes(2);
    const menu = tray!.setContextMenu.mock.calls[1]![0]!;
    expect(menu.item('Snoozed until 15:00')?.enabled).toBe(false);
    expect(menu.item('Resume')?.enabled).toBe(true);
  });

  it('opens Quick Pause from the tray, snoozes through the backend, and quits from the menu', async () => {
    const backend = fakeBackend();
    createBackend.mockResolvedValue(backend);
    await startMain();
    await settle();
    const menu = electron.Tray.created.at(-1)!.setContextMenu.mock.calls.at(-1)![0]!;

    menu.item('Pause now')!.click!();
    const pause = electron.BrowserWindow.created.at(-1)!;
    expect(pause.loadURL).toHaveBeenCalledWith('app://presence/index.html#/quick-pause');
    expect(pause.options).toMatchObject({ alwaysOnTop: true });

    menu.item('1 hour')!.click!();
    expect(backend.snooze).toHaveBeenCalledWith('1h');
    menu.item('Quit Presence')!.click!();
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
  });

  it('passes suspend, resume, lock and unlock on to the scheduler', async () => {
    const backend = fakeBackend();
    createBackend.mockResolvedValue(backend);
    await startMain();
    await settle();
    for (const event of ['suspend', 'resume', 'lock-screen', 'unlock-screen']) electron.powerMonitor.emit(event);
    expect(backend.powerEvent.mock.calls).toEqual([['suspend'], ['resume'], ['lock-screen'], ['unlock-screen']]);
  });
});

import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcRouter } from '../../../../electron/core/ipc/router';
import { createRouter, type IpcHandlers } from '../../../../electron/core/ipc/router';
import { channelFor, ipcMethods } from '../../../../shared/ipc/contract';
import { importFakeElectron } from '../../../helpers/fakeElectron';
import { handlersWith } from '../../../helpers/stubHandlers';

vi.mock('electron', async () => (await import('../../../helpers/fakeElectron')).createFakeElectron());

const electron = await importFakeElectron();

const { setupIpcRouting } = await import('../../../../electron/platform/ipcRouting');

const quietLog = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
const startupReport = { dataDir: '/data', notices: [] };

const handlers: IpcHandlers = handlersWith({ getStartupReport: () => startupReport });

describe('setupIpcRouting', () => {
  beforeEach(() => {
    electron.ipcMain.handlers.clear();
    electron.ipcMain.handle.mockClear();
    setupIpcRouting(createRouter({ handlers, allowedOrigins: ['app://presence'], log: quietLog }));
  });

  function call(method: 'getStartupReport', senderFrame: { url: string } | null, payload?: unknown) {
    const handler = electron.ipcMain.handlers.get(channelFor(method));
    if (!handler) throw new Error(`no handler for ${method}`);
    return handler({ senderFrame }, payload);
  }

  it('registers exactly one handler per contract channel', () => {
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual(ipcMethods.map(channelFor).sort());
    expect(electron.ipcMain.handle).toHaveBeenCalledTimes(ipcMethods.length);
  });

  it('answers calls from the app page through the router', async () => {
    await expect(call('getStartupReport', { url: 'app://presence/index.html#/journal' })).resolves.toEqual({
      ok: true,
      value: startupReport,
    });
  });

  it('passes the sender frame URL, so other pages are refused', async () => {
    await expect(call('getStartupReport', { url: 'https://evil.example/' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden_sender' },
    });
  });

  it('refuses calls whose frame is gone', async () => {
    await expect(call('getStartupReport', null)).resolves.toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
  });

  it('forwards channel, frame URL and payload unchanged', async () => {
    const dispatch = vi.fn<IpcRouter['dispatch']>(async () => ({ ok: true, value: 'x' }));
    const fakeRouter: IpcRouter = { channels: ['presence:one', 'presence:two'], dispatch };
    electron.ipcMain.handlers.clear();
    setupIpcRouting(fakeRouter);
    const handler = electron.ipcMain.handlers.get('presence:two');
    await handler?.({ senderFrame: { url: 'app://presence/index.html' } }, { id: 'e1' });
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('presence:two', 'app://presence/index.html', { id: 'e1' });
    expect([...electron.ipcMain.handlers.keys()]).toEqual(['presence:one', 'presence:two']);
  });
});

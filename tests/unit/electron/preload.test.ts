import { describe, expect, it, vi } from 'vitest';
import { channelFor, ipcMethods } from '../../../shared/ipc/contract';
import { importFakeElectron } from '../../helpers/fakeElectron';

vi.mock('electron', async () => (await import('../../helpers/fakeElectron')).createFakeElectron());

const electron = await importFakeElectron();
await import('../../../electron/preload');

function exposedApi(): Record<string, unknown> {
  return electron.contextBridge.exposed.get('presence') as Record<string, unknown>;
}

describe('preload', () => {
  it('exposes one thing to the page: window.presence', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect([...electron.contextBridge.exposed.keys()]).toEqual(['presence']);
  });

  it('puts exactly the contract methods and onEvent on it, all functions, and nothing else', () => {
    const api = exposedApi();
    expect(Reflect.ownKeys(api).sort()).toEqual([...ipcMethods, 'onEvent'].sort());
    expect(api.onEvent).toBeTypeOf('function');
    for (const method of ipcMethods) expect(api[method]).toBeTypeOf('function');
    expect(api).not.toHaveProperty('ipcRenderer');
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('process');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('sends each method to its own channel with the payload unchanged', async () => {
    const api = exposedApi();
    electron.ipcRenderer.invoke.mockResolvedValue({ ok: true, value: { id: 'e1' } });
    const call = api.deleteEntry as (input: unknown) => Promise<unknown>;
    await expect(call({ id: 'e1' })).resolves.toEqual({ ok: true, value: { id: 'e1' } });
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(channelFor('deleteEntry'), { id: 'e1' });
  });

  it('passes pushed events to the page without Electron\'s event object, drops malformed ones, and unsubscribes', () => {
    const heard: unknown[] = [];
    const stop = (exposedApi().onEvent as (listener: (event: unknown) => void) => () => void)((event) => heard.push(event));
    const senderEvent = { sender: { send: () => {} } };
    electron.ipcRenderer.emit('presence:event', senderEvent, { type: 'journal-changed' });
    electron.ipcRenderer.emit('presence:event', senderEvent, { type: 'erase-everything' });
    stop();
    electron.ipcRenderer.emit('presence:event', senderEvent, { type: 'journal-changed' });
    expect(heard).toEqual([{ type: 'journal-changed' }]);
  });

  it('turns a broken transport into a failure result instead of a throw', async () => {
    electron.ipcRenderer.invoke.mockRejectedValue(new Error('No handler registered'));
    const call = exposedApi().getStartupReport as () => Promise<unknown>;
    await expect(call()).resolves.toMatchObject({ ok: false, error: { code: 'transport_failed' } });
  });
});

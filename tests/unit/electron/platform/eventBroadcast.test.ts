import { describe, expect, it, vi } from 'vitest';
import type { PresenceEvent } from '../../../../shared/ipc/events';
import { importFakeElectron } from '../../../helpers/fakeElectron';

vi.mock('electron', async () => (await import('../../../helpers/fakeElectron')).createFakeElectron());

const electron = await importFakeElectron();
const { setupEventBroadcast } = await import('../../../../electron/platform/eventBroadcast');

describe('setupEventBroadcast', () => {
  it('sends each event to every open window on the one event channel', () => {
    const listeners: Array<(event: PresenceEvent) => void> = [];
    setupEventBroadcast((listener) => listeners.push(listener));
    const journal = new electron.BrowserWindow({});
    const settings = new electron.BrowserWindow({});
    const closed = new electron.BrowserWindow({});
    closed.destroyed = true;

    listeners.forEach((listener) => listener({ type: 'journal-changed' }));

    expect(journal.webContents.send).toHaveBeenCalledExactlyOnceWith('presence:event', { type: 'journal-changed' });
    expect(settings.webContents.send).toHaveBeenCalledExactlyOnceWith('presence:event', { type: 'journal-changed' });
    expect(closed.webContents.send).not.toHaveBeenCalled();
  });
});

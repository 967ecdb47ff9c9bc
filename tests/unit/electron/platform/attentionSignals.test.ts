import { beforeEach, describe, expect, it, vi } from 'vitest';
import { importFakeElectron } from '../../../helpers/fakeElectron';

vi.mock('electron', async () => (await import('../../../helpers/fakeElectron')).createFakeElectron());

const electron = await importFakeElectron();
const { createAttentionSignals } = await import('../../../../electron/platform/attentionSignals');

describe('createAttentionSignals', () => {
  beforeEach(() => {
    electron.powerMonitor.removeAllListeners();
    electron.powerMonitor.getSystemIdleState.mockReturnValue('active');
  });

  it('knows the screen is locked from the lock and unlock events (macOS, Windows)', () => {
    const signals = createAttentionSignals(async () => null);
    expect(signals.isScreenLocked()).toBe(false);
    electron.powerMonitor.emit('lock-screen');
    expect(signals.isScreenLocked()).toBe(true);
    electron.powerMonitor.emit('unlock-screen');
    expect(signals.isScreenLocked()).toBe(false);
  });

  it('knows the screen is locked from the idle state where no events come (Linux)', () => {
    const signals = createAttentionSignals(async () => null);
    electron.powerMonitor.getSystemIdleState.mockReturnValue('locked');
    expect(signals.isScreenLocked()).toBe(true);
  });

  it('reads idle seconds from the power monitor when asked', () => {
    const signals = createAttentionSignals(async () => null);
    electron.powerMonitor.getSystemIdleTime.mockReturnValue(42);
    expect(signals.idleSeconds()).toBe(42);
  });

  it('reads do-not-disturb only when asked, and a failed reading is "cannot tell"', async () => {
    const readBusy = vi.fn(async () => true);
    const signals = createAttentionSignals(readBusy);
    expect(readBusy).not.toHaveBeenCalled();
    await expect(signals.isDoNotDisturb()).resolves.toBe(true);
    expect(readBusy).toHaveBeenCalledTimes(1);

    readBusy.mockRejectedValueOnce(new Error('gsettings crashed'));
    await expect(signals.isDoNotDisturb()).resolves.toBeNull();
  });

  it('stops listening once disposed', () => {
    const signals = createAttentionSignals(async () => null);
    signals.dispose();
    expect(electron.powerMonitor.listenerCount('lock-screen')).toBe(0);
    expect(electron.powerMonitor.listenerCount('unlock-screen')).toBe(0);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeEvent, importFakeElectron } from '../../../helpers/fakeElectron';

vi.mock('electron', async () => (await import('../../../helpers/fakeElectron')).createFakeElectron());

const electron = await importFakeElectron();
const { closeBeforeQuit } = await import('../../../../electron/platform/closeBeforeQuit');

const quietLog = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };

function willQuit(): boolean {
  const event = new FakeEvent();
  electron.app.emit('will-quit', event);
  return event.defaultPrevented;
}

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('closeBeforeQuit', () => {
  beforeEach(() => {
    electron.app.removeAllListeners('will-quit');
    electron.app.quit.mockClear();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('holds the quit until closing has finished, then quits for real', async () => {
    const closing = deferred();
    const close = vi.fn(() => closing.promise);
    closeBeforeQuit(close, quietLog);

    expect(willQuit()).toBe(true);
    expect(close).toHaveBeenCalledTimes(1);
    await Promise.resolve();
    expect(electron.app.quit).not.toHaveBeenCalled();

    closing.resolve();
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalledTimes(1));
    // The second will-quit, from that quit(), goes through.
    expect(willQuit()).toBe(false);
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('keeps holding, without closing twice, if quit is asked again while closing', async () => {
    const closing = deferred();
    const close = vi.fn(() => closing.promise);
    closeBeforeQuit(close, quietLog);
    expect(willQuit()).toBe(true);
    expect(willQuit()).toBe(true);
    expect(close).toHaveBeenCalledTimes(1);
    closing.resolve();
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalledTimes(1));
  });

  it('still quits when closing fails', async () => {
    const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    closeBeforeQuit(() => Promise.reject(new Error('disk gone')), log);
    expect(willQuit()).toBe(true);
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalledTimes(1));
    expect(log.error).toHaveBeenCalledTimes(1);
  });

  it('quits anyway when closing hangs past the timeout', async () => {
    vi.useFakeTimers();
    closeBeforeQuit(() => new Promise<void>(() => {}), quietLog, 1000);
    expect(willQuit()).toBe(true);
    await vi.advanceTimersByTimeAsync(999);
    expect(electron.app.quit).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
  });
});

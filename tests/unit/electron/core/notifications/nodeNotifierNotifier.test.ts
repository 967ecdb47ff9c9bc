import { afterEach, describe, expect, it, vi } from 'vitest';
import { createNodeNotifierNotifier, type NotifyFunction } from '../../../../../electron/core/notifications/nodeNotifierNotifier';

const invitation = { title: 'A moment for you', body: 'Where is your breath right now?', sound: false };
type Callback = Parameters<NotifyFunction>[1];

/** A notify that hands its callback to the test, to answer as a helper would. */
function fakeNotify() {
  const calls: { options: Parameters<NotifyFunction>[0]; callback: Callback }[] = [];
  const notify: NotifyFunction = (options, callback) => {
    calls.push({ options, callback });
  };
  return { notify, calls, answer: (...args: Parameters<Callback>) => calls[0]?.callback(...args) };
}

describe('createNodeNotifierNotifier', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends the invitation as Presence, silent unless sound is on', async () => {
    const fake = fakeNotify();
    const shown = createNodeNotifierNotifier({ notify: fake.notify, waitsForClick: false }).show(invitation, vi.fn());
    fake.answer(null, '');
    await expect(shown).resolves.toBe('shown');
    expect(fake.calls[0]?.options).toMatchObject({
      title: 'A moment for you',
      message: 'Where is your breath right now?',
      'app-name': 'Presence',
      appID: 'app.presence.desktop',
      sound: false,
      wait: false,
    });
  });

  it('counts a helper that printed warnings but succeeded as shown', async () => {
    const fake = fakeNotify();
    const shown = createNodeNotifierNotifier({ notify: fake.notify, waitsForClick: false }).show(invitation, vi.fn());
    // node-notifier hands over stderr as the "error" when the command itself succeeded.
    fake.answer('GLib-WARNING: something harmless', '');
    await expect(shown).resolves.toBe('shown');
  });

  it('resolves unavailable when the helper fails, e.g. without a session bus', async () => {
    const fake = fakeNotify();
    const shown = createNodeNotifierNotifier({ notify: fake.notify, waitsForClick: false }).show(invitation, vi.fn());
    fake.answer(new Error('Command failed: Cannot autolaunch D-Bus without X11 $DISPLAY'));
    await expect(shown).resolves.toBe('unavailable');
  });

  it('resolves unavailable instead of throwing when node-notifier throws', async () => {
    const notify: NotifyFunction = () => {
      throw new TypeError('boom');
    };
    await expect(createNodeNotifierNotifier({ notify }).show(invitation, vi.fn())).resolves.toBe('unavailable');
  });

  it('never hangs: a helper that does not answer is unavailable after the timeout', async () => {
    vi.useFakeTimers();
    const fake = fakeNotify();
    const shown = createNodeNotifierNotifier({ notify: fake.notify, waitsForClick: false, timeoutMs: 4000 }).show(invitation, vi.fn());
    let result: string | undefined;
    void shown.then((value) => (result = value));
    await vi.advanceTimersByTimeAsync(3999);
    expect(result).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(result).toBe('unavailable');
  });

  it('where the helper waits for a click, resolves shown once it has run without failing', async () => {
    vi.useFakeTimers();
    const fake = fakeNotify();
    const onClick = vi.fn();
    const shown = createNodeNotifierNotifier({ notify: fake.notify, waitsForClick: true, timeoutMs: 2000 }).show(invitation, onClick);
    await vi.advanceTimersByTimeAsync(2000);
    await expect(shown).resolves.toBe('shown');
    expect(fake.calls[0]?.options.wait).toBe(true);

    // The click comes later, when the person acts.
    fake.answer(null, 'activate');
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('does not open Quick Pause when the notification was dismissed or timed out', async () => {
    const fake = fakeNotify();
    const onClick = vi.fn();
    const shown = createNodeNotifierNotifier({ notify: fake.notify, waitsForClick: true }).show(invitation, onClick);
    fake.answer(null, 'timeout');
    await expect(shown).resolves.toBe('shown');
    expect(onClick).not.toHaveBeenCalled();
  });
});

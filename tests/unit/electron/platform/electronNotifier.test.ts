import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importFakeElectron } from '../../../helpers/fakeElectron';

vi.mock('electron', async () => (await import('../../../helpers/fakeElectron')).createFakeElectron());

const electron = await importFakeElectron();
const { createElectronNotifier, electronNotifierIfSupported } = await import('../../../../electron/platform/electronNotifier');

const invitation = { title: 'A moment for you', body: 'What are you carrying right now?', sound: false };
const lastNotification = () => electron.Notification.created.at(-1);

describe('createElectronNotifier', () => {
  beforeEach(() => {
    electron.Notification.behaviour = 'show';
    electron.Notification.isSupported.mockReturnValue(true);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the invitation silently unless sound is on', async () => {
    const notifier = createElectronNotifier();
    await expect(notifier.show(invitation, vi.fn())).resolves.toBe('shown');
    expect(lastNotification()?.options).toEqual({ title: invitation.title, body: invitation.body, silent: true });
    expect(lastNotification()?.show).toHaveBeenCalledTimes(1);

    await notifier.show({ ...invitation, sound: true }, vi.fn());
    expect(lastNotification()?.options.silent).toBe(false);
  });

  it('opens Quick Pause when the notification is clicked', async () => {
    const onClick = vi.fn();
    await createElectronNotifier().show(invitation, onClick);
    lastNotification()?.emit('click');
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('resolves unavailable where notifications are not supported, without creating one', async () => {
    electron.Notification.isSupported.mockReturnValue(false);
    const before = electron.Notification.created.length;
    await expect(createElectronNotifier().show(invitation, vi.fn())).resolves.toBe('unavailable');
    expect(electron.Notification.created).toHaveLength(before);
    expect(electronNotifierIfSupported()).toBeNull();
  });

  it('resolves unavailable when the platform reports a failure', async () => {
    electron.Notification.behaviour = 'fail';
    await expect(createElectronNotifier().show(invitation, vi.fn())).resolves.toBe('unavailable');
  });

  it('never hangs: with neither show nor failed, it counts as shown after the timeout', async () => {
    vi.useFakeTimers();
    electron.Notification.behaviour = 'nothing';
    const shown = createElectronNotifier(3000).show(invitation, vi.fn());
    await vi.advanceTimersByTimeAsync(3000);
    await expect(shown).resolves.toBe('shown');
  });

  it('is offered as the system notifier where supported', () => {
    expect(electronNotifierIfSupported()).not.toBeNull();
  });
});

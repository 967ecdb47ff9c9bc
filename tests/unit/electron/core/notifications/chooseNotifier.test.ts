import { describe, expect, it, vi } from 'vitest';
import type { Notifier } from '../../../../../electron/core/desktopPorts';
import { chooseNotifier, notificationsUnavailableMessage, type NotifierChoice } from '../../../../../electron/core/notifications/chooseNotifier';
import type { Settings } from '../../../../../shared/settings/settings';

const invitation = { title: 'A moment for you', body: 'What do you notice?', sound: false };

function notifier(result: 'shown' | 'unavailable' | Error): Notifier & { show: ReturnType<typeof vi.fn> } {
  return {
    show: vi.fn(async () => {
      if (result instanceof Error) throw result;
      return result;
    }),
  };
}

type Overrides = Partial<Omit<NotifierChoice, 'preference'>> & { preference?: Settings['notifier'] | (() => Settings['notifier']) };

function setup(overrides: Overrides = {}) {
  const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const systemNotifier = 'systemNotifier' in overrides ? (overrides.systemNotifier ?? null) : notifier('shown');
  const nodeNotifier = overrides.nodeNotifier ?? notifier('shown');
  const openGently = overrides.openGently ?? vi.fn();
  const preference = overrides.preference ?? 'automatic';
  const chosen = chooseNotifier({
    systemNotifier,
    nodeNotifier,
    preference: typeof preference === 'function' ? preference : () => preference,
    openGently,
    log,
  });
  return { chosen, systemNotifier, nodeNotifier, openGently, log };
}

describe('chooseNotifier', () => {
  it("'automatic' uses Electron's notifications where supported", async () => {
    const { chosen, systemNotifier, nodeNotifier } = setup();
    const onClick = vi.fn();
    await expect(chosen.show(invitation, onClick)).resolves.toBe('shown');
    expect(systemNotifier?.show).toHaveBeenCalledWith(invitation, onClick);
    expect(nodeNotifier.show).not.toHaveBeenCalled();
  });

  it("'automatic' uses node-notifier where Electron's are not supported", async () => {
    const { chosen, nodeNotifier } = setup({ systemNotifier: null });
    await expect(chosen.show(invitation, vi.fn())).resolves.toBe('shown');
    expect(nodeNotifier.show).toHaveBeenCalledTimes(1);
  });

  it("'automatic' falls back to node-notifier when Electron's cannot show it", async () => {
    const { chosen, nodeNotifier, openGently } = setup({ systemNotifier: notifier('unavailable') });
    await expect(chosen.show(invitation, vi.fn())).resolves.toBe('shown');
    expect(nodeNotifier.show).toHaveBeenCalledTimes(1);
    expect(openGently).not.toHaveBeenCalled();
  });

  it('a named choice uses only that notifier', async () => {
    const electronOnly = setup({ preference: 'electron', systemNotifier: notifier('unavailable') });
    await electronOnly.chosen.show(invitation, vi.fn());
    expect(electronOnly.nodeNotifier.show).not.toHaveBeenCalled();
    expect(electronOnly.openGently).toHaveBeenCalledTimes(1);

    const nodeOnly = setup({ preference: 'node-notifier' });
    await nodeOnly.chosen.show(invitation, vi.fn());
    expect(nodeOnly.systemNotifier?.show).not.toHaveBeenCalled();
    expect(nodeOnly.nodeNotifier.show).toHaveBeenCalledTimes(1);
  });

  it("'electron' where Electron's are unsupported opens Quick Pause gently", async () => {
    const { chosen, openGently } = setup({ preference: 'electron', systemNotifier: null });
    await expect(chosen.show(invitation, vi.fn())).resolves.toBe('shown');
    expect(openGently).toHaveBeenCalledWith(invitation);
  });

  it('reads the setting at every invitation, so a change applies to the next one', async () => {
    let preference: Settings['notifier'] = 'electron';
    const { chosen, systemNotifier, nodeNotifier } = setup({ preference: () => preference });
    await chosen.show(invitation, vi.fn());
    preference = 'node-notifier';
    await chosen.show(invitation, vi.fn());
    expect(systemNotifier?.show).toHaveBeenCalledTimes(1);
    expect(nodeNotifier.show).toHaveBeenCalledTimes(1);
  });

  it('opens Quick Pause gently when nothing can notify, and says why only once', async () => {
    const { chosen, openGently, log } = setup({ systemNotifier: null, nodeNotifier: notifier('unavailable') });
    await expect(chosen.show(invitation, vi.fn())).resolves.toBe('shown');
    await expect(chosen.show(invitation, vi.fn())).resolves.toBe('shown');
    expect(openGently).toHaveBeenCalledTimes(2);
    expect(log.warn).toHaveBeenCalledTimes(1);
    expect(log.warn).toHaveBeenCalledWith(notificationsUnavailableMessage);
  });

  it('never crashes: a notifier that rejects or throws counts as unavailable', async () => {
    const throwing: Notifier = {
      show: () => {
        throw new Error('not even a promise');
      },
    };
    const { chosen, openGently } = setup({ systemNotifier: notifier(new Error('native failure')), nodeNotifier: throwing });
    await expect(chosen.show(invitation, vi.fn())).resolves.toBe('shown');
    expect(openGently).toHaveBeenCalledTimes(1);
  });

  it('resolves unavailable, still without throwing, when even opening gently fails', async () => {
    const openGently = vi.fn(() => {
      throw new Error('no window');
    });
    const { chosen, log } = setup({ systemNotifier: null, nodeNotifier: notifier('unavailable'), openGently });
    await expect(chosen.show(invitation, vi.fn())).resolves.toBe('unavailable');
    expect(log.error).toHaveBeenCalledTimes(1);
  });
});

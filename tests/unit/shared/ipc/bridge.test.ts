import { describe, expect, it } from 'vitest';
import { createBridge } from '../../../../shared/ipc/bridge';
import { ipcContract, methodForChannel } from '../../../../shared/ipc/contract';

const noEvents = () => () => {};

describe('createBridge', () => {
  it('exposes exactly the methods of the contract, each on its own channel, and nothing can be added', () => {
    const calls: Array<[string, unknown]> = [];
    const bridge = createBridge(async (channel, payload) => {
      calls.push([channel, payload]);
      return { ok: true, value: null };
    }, noEvents);
    expect(Object.keys(bridge).sort()).toEqual([...Object.keys(ipcContract), 'onEvent'].sort());
    expect(Object.isFrozen(bridge)).toBe(true);

    const methods = Object.keys(ipcContract) as Array<keyof typeof ipcContract>;
    for (const method of methods) {
      void (bridge[method] as (input: unknown) => unknown)({ probe: method });
    }
    expect(calls.map(([channel]) => methodForChannel(channel))).toEqual(methods);
    expect(new Set(calls.map(([channel]) => channel)).size).toBe(calls.length);
  });

  it('passes the answer through untouched', async () => {
    const bridge = createBridge(async () => ({ ok: false, error: { code: 'not_found', message: 'gone' } }), noEvents);
    expect(await bridge.getEntry({ id: 'x' })).toEqual({ ok: false, error: { code: 'not_found', message: 'gone' } });
  });

  it('turns a broken transport into a typed failure instead of a thrown error', async () => {
    const bridge = createBridge(async () => {
      throw new Error('No handler registered for presence:listEntries');
    }, noEvents);
    expect(await bridge.listEntries({})).toEqual({
      ok: false,
      error: {
        code: 'transport_failed',
        message: 'Presence could not reach its data service (No handler registered for presence:listEntries).',
      },
    });
  });
});

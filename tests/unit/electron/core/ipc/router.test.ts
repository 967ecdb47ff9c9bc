import { describe, expect, it, vi } from 'vitest';
import { createRouter } from '../../../../../electron/core/ipc/router';
import { channelFor, ipcContract } from '../../../../../shared/ipc/contract';
import { PresenceError } from '../../../../../shared/ipc/result';
import { sampleEntry } from '../../../../helpers/sampleEntry';
import { handlersWith } from '../../../../helpers/stubHandlers';
import { recordingLogger, testOrigin, testSenderUrl } from '../../../../helpers/testBackend';

const entry = sampleEntry({ text: 'hello' });

const handlers = handlersWith;

describe('createRouter', () => {
  it('offers one channel per contract method', () => {
    const router = createRouter({ handlers: handlers(), allowedOrigins: [testOrigin], log: recordingLogger() });
    expect(router.channels).toEqual(Object.keys(ipcContract).map((method) => channelFor(method as never)));
  });

  it('hands the handler the validated input with defaults applied', async () => {
    const createEntry = vi.fn(async () => entry);
    const router = createRouter({ handlers: handlers({ createEntry }), allowedOrigins: [testOrigin], log: recordingLogger() });
    const result = await router.dispatch(channelFor('createEntry'), testSenderUrl, { text: 'hello' });
    expect(createEntry).toHaveBeenCalledWith({ title: '', text: 'hello' });
    expect(result).toEqual({ ok: true, value: entry });
  });

  it('does not call the handler for a foreign sender or a bad payload', async () => {
    const createEntry = vi.fn(async () => entry);
    const router = createRouter({ handlers: handlers({ createEntry }), allowedOrigins: [testOrigin], log: recordingLogger() });
    await router.dispatch(channelFor('createEntry'), 'https://example.com', { text: 'hello' });
    const bad = await router.dispatch(channelFor('createEntry'), testSenderUrl, { text: 7 });
    expect(createEntry).not.toHaveBeenCalled();
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'text' }] } });
  });

  it('passes a service error through with its code, and hides unexpected errors behind a plain message', async () => {
    const log = recordingLogger();
    const router = createRouter({
      handlers: handlers({
        getEntry: () => {
          throw new PresenceError('not_found', 'That entry no longer exists.');
        },
        deleteEntry: () => {
          throw new TypeError('cannot read properties of undefined');
        },
      }),
      allowedOrigins: [testOrigin],
      log,
    });
    expect(await router.dispatch(channelFor('getEntry'), testSenderUrl, { id: entry.id })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'That entry no longer exists.' },
    });
    const crashed = await router.dispatch(channelFor('deleteEntry'), testSenderUrl, { id: entry.id });
    expect(crashed).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(crashed)).not.toContain('undefined');
    expect(log.lines.some((line) => line.startsWith('error: handler for deleteEntry failed'))).toBe(true);
  });

  it('refuses to send back data that breaks the contract', async () => {
    const router = createRouter({
      handlers: handlers({ getEntry: () => ({ ...entry, text: 5 }) as never }),
      allowedOrigins: [testOrigin],
      log: recordingLogger(),
    });
    expect(await router.dispatch(channelFor('getEntry'), testSenderUrl, { id: entry.id })).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });
});

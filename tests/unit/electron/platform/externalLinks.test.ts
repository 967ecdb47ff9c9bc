import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Logger } from '../../../../electron/core/logger';
import { importFakeElectron } from '../../../helpers/fakeElectron';

vi.mock('electron', async () => (await import('../../../helpers/fakeElectron')).createFakeElectron());

const electron = await importFakeElectron();
const { openExternalSafely } = await import('../../../../electron/platform/externalLinks');

function recordingLogger() {
  return { info: vi.fn<Logger['info']>(), warn: vi.fn<Logger['warn']>(), error: vi.fn<Logger['error']>() };
}

describe('openExternalSafely', () => {
  beforeEach(() => {
    electron.shell.openExternal.mockReset();
    electron.shell.openExternal.mockResolvedValue(undefined);
  });

  it('hands https links to the system browser', async () => {
    const log = recordingLogger();
    await expect(openExternalSafely('https://example.org/breathing?x=1', log)).resolves.toBe(true);
    expect(electron.shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://example.org/breathing?x=1');
    expect(log.warn).not.toHaveBeenCalled();
  });

  it.each([
    'http://example.org/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://server/share',
    'ms-settings:privacy',
    'app://presence/index.html',
    'https://user:secret@example.org/',
    'not a url',
    '',
  ])('refuses and logs %j', async (url) => {
    const log = recordingLogger();
    await expect(openExternalSafely(url, log)).resolves.toBe(false);
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
    expect(log.warn).toHaveBeenCalledWith(expect.stringContaining('refused'), { url });
  });

  it('passes the parsed URL on, so the OS opens exactly what was checked', async () => {
    await openExternalSafely('HTTPS://Example.ORG/a b', recordingLogger());
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://example.org/a%20b');
  });

  it('reports false and logs when the system cannot open the link', async () => {
    const log = recordingLogger();
    electron.shell.openExternal.mockRejectedValue(new Error('no browser'));
    await expect(openExternalSafely('https://example.org/', log)).resolves.toBe(false);
    expect(log.error).toHaveBeenCalledTimes(1);
  });
});

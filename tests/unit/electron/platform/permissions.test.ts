import { describe, expect, it, vi } from 'vitest';
import { importFakeElectron } from '../../../helpers/fakeElectron';

vi.mock('electron', async () => (await import('../../../helpers/fakeElectron')).createFakeElectron());

const electron = await importFakeElectron();
const { denyAllPermissions } = await import('../../../../electron/platform/permissions');

const quietLog = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };

describe('denyAllPermissions', () => {
  denyAllPermissions(quietLog);
  const { permissionRequestHandler, permissionCheckHandler } = electron.session.defaultSession;

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'unknown'])(
    'answers no to a %s request',
    (permission) => {
      const callback = vi.fn();
      permissionRequestHandler?.({}, permission, callback, { requestingUrl: 'app://presence/index.html' });
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    },
  );

  it('answers no to permission checks, even from the app itself', () => {
    expect(permissionCheckHandler?.({}, 'media', 'app://presence', {})).toBe(false);
    expect(permissionCheckHandler?.(null, 'fullscreen', 'app://presence', {})).toBe(false);
  });

  it('installs both handlers on the default session', () => {
    expect(permissionRequestHandler).toBeTypeOf('function');
    expect(permissionCheckHandler).toBeTypeOf('function');
  });
});

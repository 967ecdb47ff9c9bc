import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeEvent, FakeWebContents, importFakeElectron } from '../../../helpers/fakeElectron';

vi.mock('electron', async () => (await import('../../../helpers/fakeElectron')).createFakeElectron());

const electron = await importFakeElectron();
const { setupWebContentsGuards } = await import('../../../../electron/platform/webContentsGuards');

const quietLog = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
setupWebContentsGuards(quietLog);

/** A web contents as Electron would announce it once the guards are installed. */
function newWebContents(): FakeWebContents {
  const contents = new FakeWebContents();
  electron.app.emit('web-contents-created', new FakeEvent(), contents);
  return contents;
}

/** Lets the fire-and-forget openExternal call settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('web contents guards', () => {
  beforeEach(() => {
    electron.shell.openExternal.mockClear();
  });

  describe.each(['will-navigate', 'will-redirect'] as const)('%s', (eventName) => {
    it.each([
      'https://evil.example/',
      'http://presence/index.html',
      'file:///etc/passwd',
      'app://evil/index.html',
      'app://presence.evil.example/index.html',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'about:blank',
    ])('prevents leaving the app for %s', (url) => {
      expect(newWebContents().attempt(eventName, url)).toBe(true);
    });

    it.each(['app://presence/index.html#/values', 'app://presence/index.html', 'app://presence/'])(
      'allows moving within the app to %s',
      (url) => {
        expect(newWebContents().attempt(eventName, url)).toBe(false);
      },
    );
  });

  it('denies every new window', () => {
    const contents = newWebContents();
    for (const url of ['https://example.org/', 'app://presence/index.html#/journal', 'file:///etc/passwd']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
  });

  it('sends https links from window.open to the system browser', async () => {
    newWebContents().windowOpenHandler?.({ url: 'https://example.org/article' });
    await settle();
    expect(electron.shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://example.org/article');
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'http://example.org/', 'app://presence/index.html'])(
    'never lets %s reach the system from window.open',
    async (url) => {
      expect(newWebContents().windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
      await settle();
      expect(electron.shell.openExternal).not.toHaveBeenCalled();
    },
  );

  it('prevents <webview> from attaching', () => {
    expect(newWebContents().attemptWebview('https://evil.example/')).toBe(true);
  });

  it('guards web contents created by a window, not just ones emitted by hand', () => {
    const window = new electron.BrowserWindow({});
    expect(window.webContents.attempt('will-navigate', 'https://evil.example/')).toBe(true);
    expect(window.webContents.windowOpenHandler).toBeTypeOf('function');
  });
});

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../../../shared/security/contentSecurityPolicy';
import { importFakeElectron } from '../../../helpers/fakeElectron';

vi.mock('electron', async () => (await import('../../../helpers/fakeElectron')).createFakeElectron());

const electron = await importFakeElectron();
const { registerAppScheme, setupAppProtocol } = await import('../../../../electron/platform/appProtocol');

const indexHtml = '<!doctype html><title>Presence</title>';
const appScript = 'console.log("presence");';

describe('app:// protocol', () => {
  let temp: string;
  let rendererDir: string;

  beforeAll(async () => {
    temp = await mkdtemp(path.join(tmpdir(), 'presence-protocol-'));
    rendererDir = path.join(temp, 'renderer');
    await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
    await writeFile(path.join(rendererDir, 'index.html'), indexHtml);
    await writeFile(path.join(rendererDir, 'assets', 'app.js'), appScript);
    // Real files just outside the served folder, so a broken guard would find something to leak.
    await writeFile(path.join(temp, 'secret.txt'), 'do not serve');
    await mkdir(path.join(temp, 'renderer-evil'));
    await writeFile(path.join(temp, 'renderer-evil', 'index.html'), 'do not serve');
  });
  afterAll(() => rm(temp, { recursive: true, force: true }));

  beforeEach(() => {
    electron.protocol.handlers.clear();
    setupAppProtocol(rendererDir);
  });

  function request(url: string): Promise<Response> {
    const handler = electron.protocol.handlers.get('app');
    if (!handler) throw new Error('no handler registered for app://');
    return Promise.resolve(handler(new Request(url)));
  }

  it('registers the scheme as standard, secure and fetchable, and nothing more', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('handles only the app scheme', () => {
    expect([...electron.protocol.handlers.keys()]).toEqual(['app']);
  });

  it('serves a real file with its content type, the CSP and nosniff', async () => {
    const response = await request('app://presence/index.html#/journal');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(indexHtml);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves nested assets and index.html for the root', async () => {
    const script = await request('app://presence/assets/app.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe(appScript);
    expect(await (await request('app://presence/')).text()).toBe(indexHtml);
  });

  it.each([
    'app://presence/../../etc/passwd',
    'app://presence/../secret.txt',
    'app://presence/%2e%2e%2fsecret.txt',
    'app://presence/%2E%2E%2Fsecret.txt',
    'app://presence/..%2fsecret.txt',
    'app://presence/%2e%2e/secret.txt',
    'app://presence/assets%2f..%2f..%2fsecret.txt',
    'app://presence/%2e%2e%2frenderer-evil%2findex.html',
    'app://presence/..%5csecret.txt',
    'app://presence/index.html%00.js',
  ])('answers 404 for the traversal attempt %s', async (url) => {
    const response = await request(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('do not serve');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
  });

  it.each(['app://evil/index.html', 'app://presence.evil/index.html', 'app://localhost/index.html'])(
    'answers 404 for another host: %s',
    async (url) => {
      expect((await request(url)).status).toBe(404);
    },
  );

  it('answers 404 for missing files and for folders', async () => {
    expect((await request('app://presence/missing.js')).status).toBe(404);
    expect((await request('app://presence/assets')).status).toBe(404);
  });
});

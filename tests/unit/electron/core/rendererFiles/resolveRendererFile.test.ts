import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveRendererFile } from '../../../../../electron/core/rendererFiles/resolveRendererFile';

const root = path.resolve('/srv/presence/renderer');

describe('resolveRendererFile', () => {
  it('maps app URLs to files inside the renderer folder with their content type', () => {
    expect(resolveRendererFile(root, 'app://presence/index.html')).toEqual({
      filePath: path.join(root, 'index.html'),
      contentType: 'text/html; charset=utf-8',
    });
    expect(resolveRendererFile(root, 'app://presence/assets/index-abc123.js')).toEqual({
      filePath: path.join(root, 'assets', 'index-abc123.js'),
      contentType: 'text/javascript; charset=utf-8',
    });
  });

  it('serves index.html for the root and ignores the route in the hash', () => {
    expect(resolveRendererFile(root, 'app://presence/')?.filePath).toBe(path.join(root, 'index.html'));
    expect(resolveRendererFile(root, 'app://presence/index.html#/journal')?.filePath).toBe(
      path.join(root, 'index.html'),
    );
  });

  it('decodes percent-encoded names that stay inside the folder', () => {
    expect(resolveRendererFile(root, 'app://presence/assets/my%20font.woff2')).toEqual({
      filePath: path.join(root, 'assets', 'my font.woff2'),
      contentType: 'font/woff2',
    });
  });

  it('falls back to a binary content type for unknown extensions', () => {
    expect(resolveRendererFile(root, 'app://presence/data.bin')?.contentType).toBe('application/octet-stream');
  });

  it.each([
    ['encoded dot-dot-slash', 'app://presence/%2e%2e%2f%2e%2e%2fetc%2fpasswd'],
    ['upper-case encoding', 'app://presence/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd'],
    ['dot-dot with an encoded slash', 'app://presence/..%2f..%2fetc%2fpasswd'],
    ['encoded slash to a sibling folder', 'app://presence/assets%2f..%2f..%2frenderer-secrets%2fkey'],
    ['a sibling folder sharing the prefix', 'app://presence/%2e%2e%2frenderer-evil%2findex.html'],
    ['an encoded backslash', 'app://presence/..%5c..%5cetc%5cpasswd'],
    ['a NUL byte', 'app://presence/index.html%00.png'],
    ['malformed percent-encoding', 'app://presence/%E0%A4%A'],
    ['not a URL at all', 'not a url'],
  ])('refuses %s', (_label, url) => {
    expect(resolveRendererFile(root, url)).toBeNull();
  });

  it('never escapes the folder for URLs whose dot segments the URL parser already collapsed', () => {
    // WHATWG parsing turns /../../etc/passwd into /etc/passwd: still inside the root.
    const resolved = resolveRendererFile(root, 'app://presence/../../etc/passwd');
    expect(resolved?.filePath).toBe(path.join(root, 'etc', 'passwd'));
  });

  it('treats an encoded absolute path as relative to the folder', () => {
    expect(resolveRendererFile(root, 'app://presence/%2fetc%2fpasswd')?.filePath).toBe(path.join(root, 'etc', 'passwd'));
  });
});

import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { inflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../../scripts/makeTrayIcons.mjs', import.meta.url));
const committed = fileURLToPath(new URL('../../../assets/tray/', import.meta.url));
let fresh = '';

afterAll(async () => {
  if (fresh) await rm(fresh, { recursive: true, force: true });
});

/** Width, height and pixels of an 8-bit RGBA PNG as the script writes it (one IDAT, filter 0). */
function readPng(bytes: Buffer) {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const idatAt = bytes.indexOf('IDAT');
  const pixels = inflateSync(bytes.subarray(idatAt + 4, idatAt + 4 + bytes.readUInt32BE(idatAt - 4)));
  return { width, height, colourType: bytes[25], pixels };
}

describe('makeTrayIcons.mjs', () => {
  it('reproduces the committed icons exactly, so the script and assets never drift apart', async () => {
    fresh = await mkdtemp(join(tmpdir(), 'presence-icons-'));
    await promisify(execFile)(process.execPath, [script, fresh], { timeout: 20_000 });
    const names = (await readdir(fresh)).sort();
    expect(names).toEqual((await readdir(committed)).filter((name) => name.endsWith('.png')).sort());
    for (const name of names) {
      expect(await readFile(join(fresh, name)), name).toEqual(await readFile(join(committed, name)));
    }
  });

  it('draws every size with its @2x partner, light and dark, and black-only templates', async () => {
    for (const panel of ['light-panel', 'dark-panel']) {
      for (const size of [16, 24, 32]) {
        expect(readPng(await readFile(join(committed, `${panel}-${size}.png`)))).toMatchObject({ width: size, height: size, colourType: 6 });
        expect(readPng(await readFile(join(committed, `${panel}-${size}@2x.png`)))).toMatchObject({ width: size * 2, height: size * 2 });
      }
    }
    const template = readPng(await readFile(join(committed, 'trayTemplate@2x.png')));
    expect(template).toMatchObject({ width: 32, height: 32 });
    let inked = 0;
    for (let row = 0; row < 32; row++) {
      for (let x = 0; x < 32; x++) {
        const at = row * (1 + 32 * 4) + 1 + x * 4;
        expect([...template.pixels.subarray(at, at + 3)]).toEqual([0, 0, 0]);
        if (template.pixels[at + 3]! > 0) inked++;
      }
    }
    // Something drawn, most of it transparent: a mark, not a filled square.
    expect(inked).toBeGreaterThan(50);
    expect(inked).toBeLessThan(32 * 32 * 0.6);
  });
});

// Draws Presence's tray icons into assets/tray/: an ensō, the open circle drawn in a
// single unhurried stroke, calm at tray size and unlike a record or alert symbol. Plain Node (zlib) writes the PNGs, so no image
// tool is needed; the output is deterministic, and the PNGs are committed.
// Run: node scripts/makeTrayIcons.mjs [output folder, default assets/tray]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const outDir = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'tray');

// Ink for each panel: dark ink on light panels, light ink on dark ones; macOS template
// images must be black, and macOS tints them for the menu bar itself.
const inks = {
  'light-panel': [46, 58, 64],
  'dark-panel': [230, 236, 239],
  template: [0, 0, 0],
};

/**
 * Whether a point (relative to the centre, in icon pixels) is inside the ensō: a circle
 * drawn in one breath, open near the top right, its stroke thinning as the brush lifts.
 */
function insideEnso(size, dx, dy) {
  const radius = size * 0.34;
  const fullHalfWidth = size * 0.085;
  const gapDegrees = 50;
  // Clockwise from the end of the gap (angle 0 = pointing right, y grows downwards).
  const angle = ((Math.atan2(dy, dx) * 180) / Math.PI + 360 + 25) % 360;
  const along = angle / (360 - gapDegrees);
  if (along > 1) return false;
  // Like a brush: it swells quickly from where it lands and thins out as it lifts.
  const taper = Math.min(1, 0.6 + along * 4) * (1 - 0.6 * along ** 3);
  return Math.abs(Math.hypot(dx, dy) - radius) <= fullHalfWidth * taper;
}

/** How much of pixel (x, y) the motif covers, 0..1, from 4×4 samples (anti-aliasing). */
function coverage(size, x, y) {
  const centre = size / 2;
  let covered = 0;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      if (insideEnso(size, x + (sx + 0.5) / 4 - centre, y + (sy + 0.5) / 4 - centre)) covered++;
    }
  }
  return covered / 16;
}

function drawIcon(size, [r, g, b]) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4); // leading 0: PNG filter "none"
    for (let x = 0; x < size; x++) {
      row.set([r, g, b, Math.round(coverage(size, x, y) * 255)], 1 + x * 4);
    }
    rows.push(row);
  }
  return encodePng(size, size, Buffer.concat(rows));
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function encodePng(width, height, scanlines) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(scanlines, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

mkdirSync(outDir, { recursive: true });
const written = [];
const write = (name, size, ink) => {
  writeFileSync(join(outDir, name), drawIcon(size, ink));
  written.push(name);
};
for (const panel of ['light-panel', 'dark-panel']) {
  for (const size of [16, 24, 32]) {
    write(`${panel}-${size}.png`, size, inks[panel]);
    write(`${panel}-${size}@2x.png`, size * 2, inks[panel]);
  }
}
write('trayTemplate.png', 16, inks.template);
write('trayTemplate@2x.png', 32, inks.template);
console.log(`wrote ${written.length} icons to ${outDir}`);

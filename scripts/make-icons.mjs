// Draws Tactful's toolbar icons (a teal speech bubble with a white check-like "T") into public/icon/<size>.png.
// Run: node scripts/make-icons.mjs. Pure Node (zlib) so no image tool is needed on a fresh machine.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const TEAL = [15, 118, 110, 255];
const WHITE = [255, 255, 255, 255];
const CLEAR = [0, 0, 0, 0];

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function pixelAt(x, y, size) {
  const u = (x + 0.5) / size;
  const v = (y + 0.5) / size;
  // Bubble: rounded rectangle over the top 80%, plus a tail at the lower left.
  const r = 0.18;
  const inBox = (px, py) => {
    const cx = Math.min(Math.max(px, 0.04 + r), 0.96 - r);
    const cy = Math.min(Math.max(py, 0.04 + r), 0.8 - r);
    return (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
  };
  const inTail = v >= 0.7 && v <= 0.97 && u >= 0.18 && u <= 0.42 && u - 0.18 <= (0.97 - v) * 0.9;
  if (!inBox(u, v) && !inTail) return CLEAR;
  // The letter T.
  const inBar = v >= 0.2 && v <= 0.32 && u >= 0.25 && u <= 0.75;
  const inStem = u >= 0.43 && u <= 0.57 && v >= 0.2 && v <= 0.66;
  return inBar || inStem ? WHITE : TEAL;
}

function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      Buffer.from(pixelAt(x, y, size)).copy(raw, y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const dir = path.resolve(import.meta.dirname, '../public/icon');
fs.mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 48, 96, 128]) fs.writeFileSync(path.join(dir, `${size}.png`), png(size));
console.log(`icons written to ${dir}`);

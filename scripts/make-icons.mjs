#!/usr/bin/env node
// Draws the PNG app icons (same design as public/icons/icon.svg) without any image library:
// node scripts/make-icons.mjs  ->  public/icons/icon-192.png, icon-512.png, icon-maskable-512.png
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [0, 104, 158];
const WHITE = [255, 255, 255];

function crc32(buf) {
  let c;
  const table = [];
  for (let n = 0; n < 256; n++) {
    c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  let crc = 0xffffffff;
  for (const b of buf) crc = table[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** Colour at (x, y) in a 512-unit design space; `inset` shrinks the drawing for maskable icons. */
function pixel(x, y, rounded, inset) {
  const s = 512;
  const u = (x - inset) * (s / (s - 2 * inset));
  const v = (y - inset) * (s / (s - 2 * inset));
  if (rounded) {
    const r = 96;
    const cx = Math.min(Math.max(x, r), s - r);
    const cy = Math.min(Math.max(y, r), s - r);
    if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  }
  const inBubble = u >= 88 && u <= 424 && v >= 128 && v <= 352;
  const inTail = v > 352 && v <= 424 && u >= 144 && u <= 232 && u - 144 <= (424 - v) * (88 / 72) + 0;
  for (const dx of [184, 256, 328]) if ((u - dx) ** 2 + (v - 240) ** 2 <= 28 * 28) return BLUE;
  return inBubble || inTail ? WHITE : BLUE;
}

function png(size, { rounded, inset }) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const c = pixel(((x + 0.5) * 512) / size, ((y + 0.5) * 512) / size, rounded, inset);
      const o = 1 + x * 4;
      if (c) {
        row[o] = c[0];
        row[o + 1] = c[1];
        row[o + 2] = c[2];
        row[o + 3] = 255;
      }
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

writeFileSync('public/icons/icon-192.png', png(192, { rounded: true, inset: 0 }));
writeFileSync('public/icons/icon-512.png', png(512, { rounded: true, inset: 0 }));
writeFileSync('public/icons/icon-maskable-512.png', png(512, { rounded: false, inset: 64 }));
console.log('icons written');

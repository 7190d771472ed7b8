/**
 * Draws the add-in's icons — a green rounded square with a white ledger-and-tick glyph — and
 * writes them as PNGs to public/addin/assets/icon-{16,32,64,80,128}.png.
 *
 *   npx tsx scripts/make-icons.ts
 *
 * No image library: shapes are distance functions, supersampled for anti-aliasing, and the PNG
 * (8-bit RGBA, one IDAT compressed with node:zlib) is assembled by hand. Deterministic: running it
 * again rewrites identical files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type Rgb = readonly [number, number, number];
const GREEN: Rgb = [0x2e, 0x7d, 0x32];
const WHITE: Rgb = [0xff, 0xff, 0xff];

// ---- PNG encoding ----

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Encodes `rgba` (width × height × 4 bytes, row-major) as a PNG. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

// ---- drawing (unit square coordinates, y down) ----

/** Signed distance to a rounded rectangle centred at (cx, cy). */
function roundedRect(x: number, y: number, cx: number, cy: number, halfW: number, halfH: number, r: number): number {
  const qx = Math.abs(x - cx) - (halfW - r);
  const qy = Math.abs(y - cy) - (halfH - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

/** Distance to the segment (ax, ay)–(bx, by). */
function segment(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy);
}

/** The glyph: two ledger rows above a tick. Strokes are thicker on small icons to stay legible. */
function inGlyph(x: number, y: number, size: number): boolean {
  const w = size <= 16 ? 0.075 : size <= 32 ? 0.06 : 0.05; // half stroke width
  const rows = size <= 16 ? [0.27] : [0.24, 0.37];
  for (const ry of rows) if (segment(x, y, 0.28, ry, 0.72, ry) <= w) return true;
  const tick = segment(x, y, 0.31, 0.64, 0.45, 0.77) <= w || segment(x, y, 0.45, 0.77, 0.71, 0.53) <= w;
  return tick;
}

export function drawIcon(size: number): Uint8Array {
  const ss = 4; // supersamples per axis
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let cover = 0;
      let white = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          if (roundedRect(x, y, 0.5, 0.5, 0.47, 0.47, 0.18) > 0) continue;
          cover++;
          if (inGlyph(x, y, size)) white++;
        }
      }
      const i = (py * size + px) * 4;
      if (cover === 0) continue;
      const f = white / cover;
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round((GREEN[c] ?? 0) * (1 - f) + (WHITE[c] ?? 0) * f);
      rgba[i + 3] = Math.round((255 * cover) / (ss * ss));
    }
  }
  return rgba;
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const dir = new URL('../public/addin/assets/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = new URL(`icon-${size}.png`, dir);
    writeFileSync(file, encodePng(size, size, drawIcon(size)));
    console.log(`wrote ${fileURLToPath(file)}`);
  }
}

import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';

// Just enough PNG to tell a page with something on it from a blank one: 8-bit grey, RGB or RGBA,
// not interlaced (what pdftoppm -png writes). No dependency for one test's pixel statistics.

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 6: 4 };

export interface Gray {
  width: number;
  height: number;
  /** One brightness (0-255) per pixel, row by row. */
  pixels: Uint8Array;
}

export function readPngGray(file: string): Gray {
  const data = readFileSync(file);
  let offset = 8; // the signature
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (offset < data.length) {
    const length = data.readUInt32BE(offset);
    const type = data.toString('latin1', offset + 4, offset + 8);
    const body = data.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colour, , , interlace] = body.subarray(8, 13);
      channels = CHANNELS[colour!] ?? 0;
      if (depth !== 8 || !channels || interlace !== 0) throw new Error(`Unsupported PNG in ${file}`);
    } else if (type === 'IDAT') idat.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const rows = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? rows[y * stride + x - channels]! : 0;
      const b = y > 0 ? rows[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? rows[(y - 1) * stride + x - channels]! : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - b) <= Math.abs(p - c)
            ? b
            : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter] ?? 0;
      rows[y * stride + x] = (line[x]! + predictor) & 0xff;
    }
  }
  const pixels = new Uint8Array(width * height);
  for (let i = 0; i < width * height; i++) {
    const px = rows.subarray(i * channels, i * channels + Math.min(channels, 3));
    pixels[i] = channels === 1 ? px[0]! : Math.round((px[0]! + px[1]! + px[2]!) / 3);
  }
  return { width, height, pixels };
}

/** The standard deviation of the brightness: about 0 for a blank page, tens for a page of text. */
export function brightnessSpread({ pixels }: Gray): number {
  let sum = 0;
  for (const v of pixels) sum += v;
  const mean = sum / pixels.length;
  let squares = 0;
  for (const v of pixels) squares += (v - mean) ** 2;
  return Math.sqrt(squares / pixels.length);
}

// QR codes as one SVG path, from the uqr library. Pure; runs on the server and in the browser.
import { encode } from 'uqr';

/** A QR code drawn as a single path: `d` in module units, inside a `size` × `size` view box. */
export interface QrPath {
  size: number;
  d: string;
}

/** How to draw a QR code: the quiet zone, and a fixed mask pattern (0-7) instead of the best of eight. */
export interface QrOptions {
  /** Modules of quiet zone around the code; 4 by default (the standard's). */
  border?: number;
  /** A mask pattern (0-7) for every code; by default each code tries all eight and keeps the best, 8× the work. */
  mask?: number;
}

/**
 * The QR code of `text` (error correction M: survives a smudge or a fold on paper) with the standard
 * four-module quiet zone, as one path of horizontal runs.
 */
export function qrPath(text: string, { border = 4, mask = -1 }: QrOptions = {}): QrPath {
  const { data } = encode(text, { ecc: 'M', border, maskPattern: mask });
  let d = '';
  data.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (row[x]) x += 1;
      d += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  });
  return { size: data.length, d };
}

// QR codes as one SVG path, from the uqr library. Pure; runs on the server and in the browser.
import { encode } from 'uqr';

/** A QR code drawn as a single path: `d` in module units, inside a `size` × `size` view box. */
export interface QrPath {
  size: number;
  d: string;
}

/**
 * The QR code of `text` (error correction M: survives a smudge or a fold on paper) with the standard
 * four-module quiet zone, as one path of horizontal runs.
 */
export function qrPath(text: string): QrPath {
  const { data } = encode(text, { ecc: 'M', border: 4 });
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

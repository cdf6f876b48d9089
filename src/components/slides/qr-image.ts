// The QR code image of an address, drawn at build time. Server only. A lesson's address is drawn on its
// deck (title and closing slides) and its handout, so each is drawn once per build and then reused.
import { qrPath } from '../../lib/cert/qr';

const drawn = new Map<string, string>();

/**
 * A data: URL of the SVG QR code of `url` (medium error correction, a quiet zone of 2 modules): one path of
 * horizontal runs in module units (about 6 KB, where a square per module took 15 KB).
 */
export function qrImage(url: string): string {
  let src = drawn.get(url);
  if (src === undefined) {
    // A quiet zone of 2 modules and medium error correction scan well from a projector screen. One fixed mask
    // pattern: any of the eight decodes alike, and trying all eight to keep the "best" was most of a
    // lesson's QR cost (about 2 ms of a 1,000-lesson build's CPU per lesson, 0.3 ms with one).
    const { size, d } = qrPath(url, { border: 2, mask: 0 });
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${d}"/></svg>`;
    src = `data:image/svg+xml,${encodeURIComponent(svg)}`;
    drawn.set(url, src);
  }
  return src;
}

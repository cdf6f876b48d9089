// The QR code image of an address, drawn at build time. Server only. A lesson's address is drawn on its
// deck, its presenter view and its handouts, so each is drawn once per build and then reused.
import { renderSVG } from 'uqr';

const drawn = new Map<string, string>();

/** A data: URL of the SVG QR code of `url` (medium error correction, a quiet zone of 2 modules). */
export function qrImage(url: string): string {
  let src = drawn.get(url);
  if (src === undefined) {
    // A quiet zone of 2 modules and medium error correction scan well from a projector screen.
    const svg = renderSVG(url, { ecc: 'M', border: 2, pixelSize: 8 });
    src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    drawn.set(url, src);
  }
  return src;
}

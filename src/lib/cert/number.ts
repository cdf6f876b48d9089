// Certificate numbers. Pure; runs on the server, in the browser and under plain Node.

// Crockford's base32: no I, L, O or U, so a number read aloud or typed by hand is hard to get wrong.
const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * The certificate number of a request: completion year and the first 40 bits of the attempt digest,
 * e.g. "2026-7K3M-Q9TD". Deterministic, so the self-study record and the trainer-signed certificate of the
 * same attempt carry the same number, and a revocation names the attempt.
 */
export function certificateNumber(request: { date: string; digest: string }): string {
  let value = BigInt(`0x${request.digest.slice(0, 10).padEnd(10, '0')}`);
  let chars = '';
  for (let i = 0; i < 8; i++) {
    chars = crockford[Number(value & 31n)]! + chars;
    value >>= 5n;
  }
  return `${request.date.slice(0, 4)}-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/** Whether a text has the shape of a certificate number (used by the revocation list's schema). */
export const certificateNumberPattern = /^\d{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

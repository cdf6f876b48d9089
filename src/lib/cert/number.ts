// Certificate numbers. Pure; runs on the server, in the browser and under plain Node.
import { sha256 } from './crypto';

// Crockford's base32: no I, L, O or U, so a number read aloud or typed by hand is hard to get wrong.
const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const domain = 'netral-nomor-v2\n';

/**
 * The certificate number of a request: completion year and 60 bits of a SHA-256 over the learner's NIP and
 * the attempt digest, e.g. "2026-7K3M-Q9TD-4HXA". Deterministic, so the self-study record and the
 * trainer-signed certificate of one attempt carry the same number and a revocation names that attempt.
 * The NIP is inside the hash because the digest comes from the learner's device: a learner who copies a
 * colleague's digest still gets a number of their own, and finding a digest whose number matches another
 * NIP's would take about 2^60 tries. The NIP cannot be read back from the number (the published
 * revocation list holds numbers only).
 */
export function certificateNumber(request: { date: string; digest: string; identity: { nip: string } }): string {
  const hash = sha256(new TextEncoder().encode(`${domain}${request.identity.nip}\n${request.digest}`));
  let value = 0n;
  for (const byte of hash.slice(0, 8)) value = (value << 8n) | BigInt(byte);
  value >>= 4n; // 64 bits to 60: twelve base32 characters.
  let chars = '';
  for (let i = 0; i < 12; i++) {
    chars = crockford[Number(value & 31n)]! + chars;
    value >>= 5n;
  }
  return `${request.date.slice(0, 4)}-${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

/** Whether a text has the shape of a certificate number (used by the revocation list's schema). */
export const certificateNumberPattern = /^\d{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

// Strict base64url (RFC 4648 §5, no padding). Pure; runs on the server, in the browser and under plain Node.
// Strict means one text per byte string: unused trailing bits must be zero and no padding or other
// characters are accepted, so changing any character of a code always changes the decoded bytes.

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const lookup = new Map<string, number>([...alphabet].map((char, index) => [char, index]));

/** Encodes bytes as unpadded base64url. */
export function toBase64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out += alphabet[a >> 2]! + alphabet[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    if (b !== undefined) out += alphabet[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    if (c !== undefined) out += alphabet[c & 63]!;
  }
  return out;
}

/** Decodes unpadded base64url, or returns null for any text that `toBase64url` would not produce. */
export function fromBase64url(text: string): Uint8Array<ArrayBuffer> | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let index = 0;
  for (const char of text) {
    const sextet = lookup.get(char);
    if (sextet === undefined) return null;
    value = (value << 6) | sextet;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[index++] = (value >> bits) & 0xff;
    }
    value &= (1 << bits) - 1;
  }
  // Leftover bits are padding: they must be zero, or two texts would decode to the same bytes.
  if (value !== 0) return null;
  return out;
}

// Ed25519 keys for trainer-signed certificates (WebCrypto or @noble/curves, see ./crypto.ts). Runs on the server, in the browser and
// under plain Node (scripts/keys.mjs, scripts/certify.mjs).
//
// Private key file (written by `npm run keys`, read by `npm run certify` and the trainer page), JSON:
//   { format: "netral-kunci-privat", version: 1, warning, id, holder, created,
//     publicKey: base64url raw 32 bytes, privateKey: base64url 32-byte seed }
import { fromBase64url, toBase64url } from './base64url';
import { ed25519KeyPair, ed25519Signer, matches, sha256 } from './crypto';

/** A public key trusted by the site, as in `certificate.publicKeys` of src/site.config.ts. */
export interface TrustedKey {
  /** Key id carried in every certificate it signs. */
  id: string;
  /** Ed25519 public key, base64url of the raw 32 bytes. */
  key: string;
  /** Who holds the private key, e.g. "Tim Pelatih BKPSDM Kota Contoh". */
  holder: string;
}

/** The contents of a private key file. */
export interface PrivateKeyFile {
  format: 'netral-kunci-privat';
  version: 1;
  warning: string;
  id: string;
  holder: string;
  created: string;
  publicKey: string;
  privateKey: string;
}

/** What signs certificates: a key id and a signing function (the private key stays inside it). */
export interface Signer {
  keyId: string;
  holder: string;
  /** Public key, base64url of the raw 32 bytes. */
  publicKey: string;
  sign(message: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>>;
}

export const keyIdPattern = /^[A-Za-z0-9_-]{4,32}$/;
const warning =
  'RAHASIA. Siapa pun yang memegang berkas ini dapat membuat sertifikat yang SAH. Simpan di luar repositori dan di luar situs; jangan kirim lewat surel atau pesan.';

/** The default key id of a public key: the first 48 bits of its SHA-256, base64url (8 characters). */
export function keyIdFor(publicKey: Uint8Array): string {
  return toBase64url(sha256(publicKey).slice(0, 6));
}

/** Creates a new key pair and the private key file for it. */
export async function generateKeyFile(holder: string, id?: string, now = new Date()): Promise<PrivateKeyFile> {
  const { seed, publicKey } = await ed25519KeyPair();
  const keyId = id ?? keyIdFor(publicKey);
  if (!keyIdPattern.test(keyId)) throw new Error('key id must be 4–32 letters, digits, "-" or "_"');
  return {
    format: 'netral-kunci-privat',
    version: 1,
    warning,
    id: keyId,
    holder,
    created: now.toISOString(),
    publicKey: toBase64url(publicKey),
    privateKey: toBase64url(seed),
  };
}

/** The public entry of a key file, in the shape of `certificate.publicKeys`. */
export function publicEntry(file: PrivateKeyFile): TrustedKey {
  return { id: file.id, key: file.publicKey, holder: file.holder };
}

export type LoadSignerResult = { ok: true; signer: Signer } | { ok: false };

/**
 * Reads a private key file's text into a signer. Never throws: anything that is not a complete, matching
 * key pair (the private key must sign what the public key verifies) gives { ok: false }. Works without
 * WebCrypto (pages served over plain HTTP), see ./crypto.ts.
 */
export async function loadSigner(text: string): Promise<LoadSignerResult> {
  try {
    const file = JSON.parse(text) as Partial<PrivateKeyFile> | null;
    if (file?.format !== 'netral-kunci-privat' || file.version !== 1) return { ok: false };
    const { id, holder, publicKey, privateKey } = file;
    if (typeof id !== 'string' || !keyIdPattern.test(id) || typeof holder !== 'string') return { ok: false };
    if (typeof publicKey !== 'string' || typeof privateKey !== 'string') return { ok: false };
    const publicBytes = fromBase64url(publicKey);
    const seed = fromBase64url(privateKey);
    if (publicBytes?.length !== 32 || seed?.length !== 32) return { ok: false };
    const signer = await ed25519Signer(seed, publicBytes);
    // Neither WebCrypto nor noble checks that the public key belongs to the seed; a signature test does.
    if (!(await matches(signer))) return { ok: false };
    return { ok: true, signer: { keyId: id, holder, publicKey, sign: signer.sign } };
  } catch {
    return { ok: false };
  }
}

// Ed25519 keys for trainer-signed certificates, with WebCrypto. Runs on the server, in the browser and
// under plain Node (scripts/keys.mjs, scripts/certify.mjs).
//
// Private key file (written by `npm run keys`, read by `npm run certify` and the trainer page), JSON:
//   { format: "netral-kunci-privat", version: 1, warning, id, holder, created,
//     publicKey: base64url raw 32 bytes, privateKey: base64url 32-byte seed }
import { fromBase64url, toBase64url } from './base64url';

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

/** What signs certificates: a key id and a non-extractable private key. */
export interface Signer {
  keyId: string;
  holder: string;
  publicKey: string;
  privateKey: CryptoKey;
}

export const keyIdPattern = /^[A-Za-z0-9_-]{4,32}$/;
const algorithm = 'Ed25519';
const warning =
  'RAHASIA. Siapa pun yang memegang berkas ini dapat membuat sertifikat yang SAH. Simpan di luar repositori dan di luar situs; jangan kirim lewat surel atau pesan.';

/** The default key id of a public key: the first 48 bits of its SHA-256, base64url (8 characters). */
export async function keyIdFor(publicKey: Uint8Array<ArrayBuffer>): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', publicKey));
  return toBase64url(hash.slice(0, 6));
}

/** Creates a new key pair and the private key file for it. */
export async function generateKeyFile(holder: string, id?: string, now = new Date()): Promise<PrivateKeyFile> {
  const pair = (await crypto.subtle.generateKey(algorithm, true, ['sign', 'verify'])) as CryptoKeyPair;
  const jwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
  if (!jwk.d || !jwk.x) throw new Error('WebCrypto did not export the Ed25519 key');
  const publicKey = fromBase64url(jwk.x);
  if (!publicKey) throw new Error('WebCrypto exported an unreadable public key');
  const keyId = id ?? (await keyIdFor(publicKey));
  if (!keyIdPattern.test(keyId)) throw new Error('key id must be 4–32 letters, digits, "-" or "_"');
  return {
    format: 'netral-kunci-privat',
    version: 1,
    warning,
    id: keyId,
    holder,
    created: now.toISOString(),
    publicKey: jwk.x,
    privateKey: jwk.d,
  };
}

/** The public entry of a key file, in the shape of `certificate.publicKeys`. */
export function publicEntry(file: PrivateKeyFile): TrustedKey {
  return { id: file.id, key: file.publicKey, holder: file.holder };
}

const publicKeys = new Map<string, Promise<CryptoKey>>();

/** Imports a base64url raw Ed25519 public key for verifying (cached: a class is checked with one key). */
export function importPublicKey(key: string): Promise<CryptoKey> {
  let imported = publicKeys.get(key);
  if (!imported) {
    const raw = fromBase64url(key);
    imported =
      raw && raw.length === 32
        ? crypto.subtle.importKey('raw', raw, algorithm, false, ['verify'])
        : Promise.reject(new Error('not a 32-byte Ed25519 public key'));
    publicKeys.set(key, imported);
  }
  return imported;
}

export type LoadSignerResult = { ok: true; signer: Signer } | { ok: false };

/**
 * Reads a private key file's text into a signer. Never throws: anything that is not a complete, matching
 * key pair (the private key must sign what the public key verifies) gives { ok: false }.
 */
export async function loadSigner(text: string): Promise<LoadSignerResult> {
  try {
    const file = JSON.parse(text) as Partial<PrivateKeyFile> | null;
    if (file?.format !== 'netral-kunci-privat' || file.version !== 1) return { ok: false };
    const { id, holder, publicKey, privateKey } = file;
    if (typeof id !== 'string' || !keyIdPattern.test(id) || typeof holder !== 'string') return { ok: false };
    if (typeof publicKey !== 'string' || typeof privateKey !== 'string') return { ok: false };
    if (fromBase64url(publicKey)?.length !== 32 || fromBase64url(privateKey)?.length !== 32) return { ok: false };
    const key = await crypto.subtle.importKey(
      'jwk',
      { kty: 'OKP', crv: 'Ed25519', x: publicKey, d: privateKey },
      algorithm,
      false,
      ['sign'],
    );
    // WebCrypto does not check that x belongs to d; a signature test does.
    const probe = new TextEncoder().encode('netral-probe');
    const signature = await crypto.subtle.sign(algorithm, key, probe);
    if (!(await crypto.subtle.verify(algorithm, await importPublicKey(publicKey), signature, probe))) return { ok: false };
    return { ok: true, signer: { keyId: id, holder, publicKey, privateKey: key } };
  } catch {
    return { ok: false };
  }
}

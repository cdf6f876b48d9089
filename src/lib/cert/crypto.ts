// Ed25519 and SHA-256 for certificates, in any browser context. Runs on the server, in the browser and
// under plain Node.
//
// Browsers give `crypto.subtle` only in a secure context (HTTPS or localhost), and many agencies serve their
// intranet over plain HTTP on a LAN address. So: SHA-256 always comes from @noble/hashes (small and
// synchronous, so certificate numbers stay a plain function), and Ed25519 uses WebCrypto where it exists
// (the private key then stays a non-extractable CryptoKey) and the audited @noble/curves where it does not.
// @noble/curves is loaded only when needed, so pages served over HTTPS never download it.
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { toBase64url } from './base64url';

/** SHA-256 of `bytes`. */
export function sha256(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(nobleSha256(bytes));
}

/** Lowercase hex of bytes. */
export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** `count` random bytes from `crypto.getRandomValues`, which every context has (unlike `randomUUID`). */
export function randomBytes(count: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(count));
}

/** Signs and says which public key it belongs to; the private key never leaves the closure or CryptoKey. */
export interface Ed25519Signer {
  /** Raw 32-byte public key. */
  publicKey: Uint8Array<ArrayBuffer>;
  sign(message: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>>;
}

const algorithm = 'Ed25519';

/** WebCrypto when this context has it, else undefined (plain HTTP page, old browser). */
function subtle(): SubtleCrypto | undefined {
  return (globalThis.crypto as Crypto | undefined)?.subtle;
}

let noble: Promise<typeof import('@noble/curves/ed25519.js')> | undefined;
const loadNoble = () => (noble ??= import('@noble/curves/ed25519.js'));


/**
 * A signer for a 32-byte Ed25519 seed and its public key. With WebCrypto the seed is imported as a
 * non-extractable key; without it (or if WebCrypto lacks Ed25519) @noble/curves signs. Does not check that
 * the public key belongs to the seed: see `matches`.
 */
export async function ed25519Signer(seed: Uint8Array<ArrayBuffer>, publicKey: Uint8Array<ArrayBuffer>): Promise<Ed25519Signer> {
  const webCrypto = subtle();
  if (webCrypto) {
    try {
      const key = await webCrypto.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', x: toBase64url(publicKey), d: toBase64url(seed) }, algorithm, false, ['sign']);
      return { publicKey, sign: async (message) => new Uint8Array(await webCrypto.sign(algorithm, key, message)) };
    } catch {
      // No Ed25519 in this WebCrypto: fall through to @noble/curves.
    }
  }
  const { ed25519 } = await loadNoble();
  const secret = Uint8Array.from(seed);
  return { publicKey, sign: async (message) => Uint8Array.from(ed25519.sign(message, secret)) };
}

/** Whether `signature` is a valid Ed25519 signature of `message` by the raw 32-byte `publicKey`. Never throws. */
export async function ed25519Verify(
  publicKey: Uint8Array<ArrayBuffer>,
  signature: Uint8Array<ArrayBuffer>,
  message: Uint8Array<ArrayBuffer>,
): Promise<boolean> {
  if (publicKey.length !== 32 || signature.length !== 64) return false;
  const webCrypto = subtle();
  if (webCrypto) {
    try {
      const key = await webCrypto.importKey('raw', publicKey, algorithm, false, ['verify']);
      return await webCrypto.verify(algorithm, key, signature, message);
    } catch {
      // No Ed25519 in this WebCrypto: fall through to @noble/curves.
    }
  }
  try {
    const { ed25519 } = await loadNoble();
    // zip215: false is RFC 8032's strict check, the one WebCrypto implementations apply.
    return ed25519.verify(signature, message, publicKey, { zip215: false });
  } catch {
    return false;
  }
}

/** A new random seed and its public key (raw bytes). */
export async function ed25519KeyPair(): Promise<{ seed: Uint8Array<ArrayBuffer>; publicKey: Uint8Array<ArrayBuffer> }> {
  const { ed25519 } = await loadNoble();
  const seed = randomBytes(32);
  return { seed, publicKey: Uint8Array.from(ed25519.getPublicKey(seed)) };
}

/** Whether the signer's private key belongs to its public key (a probe signature verifies). */
export async function matches(signer: Ed25519Signer): Promise<boolean> {
  const probe = new TextEncoder().encode('netral-probe');
  try {
    return await ed25519Verify(signer.publicKey, await signer.sign(probe), probe);
  } catch {
    return false;
  }
}

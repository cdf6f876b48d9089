// Trainer-signed certificates: signing a completion request and verifying a certificate code.
// Runs on the server, in the browser and under plain Node, with or without WebCrypto (see ./crypto.ts).
//
// Certificate code, format version 1: "NC1." + base64url(body + signature), where
//   body      = u8 key id length, key id (ASCII), request payload (see ./request.ts)
//   signature = Ed25519 over "netral-sertifikat-v1\n" + body (64 bytes)
// The key id is inside the signed body, so it cannot be swapped without breaking the signature.
import { fromBase64url, toBase64url } from './base64url';
import { ByteReader, FormatError } from './bytes';
import { ed25519Verify } from './crypto';
import { keyIdPattern, type Signer, type TrustedKey } from './keys';
import { certificateNumber } from './number';
import { encodeRequest, readRequest, requestPrefix, type CompletionRequest } from './request';

/** Text prefix of a version-1 certificate code. */
export const certificatePrefix = 'NC1.';

/** A code longer than this is not one of ours; refusing it early bounds the work hostile input can cause. */
export const maxCodeLength = 4096;

const domain = new TextEncoder().encode('netral-sertifikat-v1\n');
const signatureBytes = 64;

/** A revoked certificate, from content/revocations.yaml. */
export interface Revocation {
  /** Certificate number, e.g. "2026-7K3M-Q9TD". */
  number: string;
  /** Why it was revoked, shown on the verification page. */
  reason: string;
  /** Date of revocation, "YYYY-MM-DD". */
  date: string;
}

/** A decoded certificate: the signed request, the signing key id and the derived number. */
export interface Certificate {
  request: CompletionRequest;
  keyId: string;
  /** Certificate number derived from the attempt digest. */
  number: string;
  /** The certificate code as verified (trimmed). */
  code: string;
}

/** Why a code is not a valid certificate. */
export type InvalidReason = 'empty' | 'malformed' | 'unsupported' | 'unsigned' | 'unknown-key' | 'altered' | 'revoked';

/** The outcome of checking a certificate code. */
export type Verification =
  | { status: 'valid'; certificate: Certificate; key: TrustedKey }
  | { status: 'invalid'; reason: 'revoked'; certificate: Certificate; key: TrustedKey; revocation: Revocation }
  | { status: 'invalid'; reason: 'unknown-key'; keyId: string }
  | { status: 'invalid'; reason: Exclude<InvalidReason, 'revoked' | 'unknown-key'> };

function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Signs a completion request; returns the certificate code. Throws FormatError for an invalid request. */
export async function signRequest(request: CompletionRequest, signer: Pick<Signer, 'keyId' | 'sign'>): Promise<string> {
  if (!keyIdPattern.test(signer.keyId)) throw new FormatError('key id');
  const keyId = new TextEncoder().encode(signer.keyId);
  const body = concat(Uint8Array.of(keyId.length), keyId, encodeRequest(request));
  const signature = await signer.sign(concat(domain, body));
  return certificatePrefix + toBase64url(concat(body, signature));
}

type Parsed =
  | { ok: true; certificate: Certificate; body: Uint8Array<ArrayBuffer>; signature: Uint8Array<ArrayBuffer> }
  | { ok: false; reason: 'empty' | 'malformed' | 'unsupported' | 'unsigned' };

/** Decodes a certificate code without checking its signature. Never throws. */
export function parseCertificateCode(input: unknown): Parsed {
  if (typeof input !== 'string') return { ok: false, reason: 'malformed' };
  if (input.length > maxCodeLength) return { ok: false, reason: 'malformed' };
  const code = input.trim();
  if (code === '') return { ok: false, reason: 'empty' };
  if (code.startsWith(requestPrefix)) return { ok: false, reason: 'unsigned' };
  if (!code.startsWith(certificatePrefix)) return { ok: false, reason: /^N[CR]\d+\./.test(code) ? 'unsupported' : 'malformed' };
  const bytes = fromBase64url(code.slice(certificatePrefix.length));
  if (!bytes || bytes.length <= signatureBytes) return { ok: false, reason: 'malformed' };
  const body = bytes.slice(0, bytes.length - signatureBytes);
  const signature = bytes.slice(bytes.length - signatureBytes);
  try {
    const reader = new ByteReader(body);
    const keyIdLength = reader.u8();
    const keyId = String.fromCharCode(...reader.raw(keyIdLength));
    if (!keyIdPattern.test(keyId)) throw new FormatError('key id');
    const request = readRequest(reader);
    reader.end();
    return { ok: true, certificate: { request, keyId, number: certificateNumber(request), code }, body, signature };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}

/** What a verifier trusts: the configured public keys and the revocation list. */
export interface Trust {
  keys: readonly TrustedKey[];
  revocations: readonly Revocation[];
}

/**
 * Checks a certificate code: format, key, signature, then revocation. Never throws; hostile or broken
 * input gives an "invalid" result with its reason.
 */
export async function verifyCertificate(input: unknown, trust: Trust): Promise<Verification> {
  const parsed = parseCertificateCode(input);
  if (!parsed.ok) return { status: 'invalid', reason: parsed.reason };
  const { certificate, body, signature } = parsed;
  const key = trust.keys.find((candidate) => candidate.id === certificate.keyId);
  if (!key) return { status: 'invalid', reason: 'unknown-key', keyId: certificate.keyId };
  const publicKey = fromBase64url(key.key);
  const genuine = publicKey !== null && (await ed25519Verify(publicKey, signature, concat(domain, body)));
  if (!genuine) return { status: 'invalid', reason: 'altered' };
  const revocation = trust.revocations.find((entry) => entry.number === certificate.number);
  if (revocation) return { status: 'invalid', reason: 'revoked', certificate, key, revocation };
  return { status: 'valid', certificate, key };
}

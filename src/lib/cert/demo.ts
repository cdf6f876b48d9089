// The demo key shipped so a fresh checkout can show a verified certificate end to end. Its PRIVATE key is
// public (tests/fixtures/demo-signing-key.json), so anything it signs proves nothing: the verification
// page and the certificate say so loudly, and agencies remove it from src/site.config.ts before going live.

/** Key id of the demo key. */
export const demoKeyId = 'demo';

/** The demo public key (base64url, raw 32 bytes). */
export const demoPublicKey = 'X0H-ineb9vVJ5GP5rDVVKwcmzFmGuvFAEOqnEM0Jizg';

/** Holder text of the demo key in the shipped configuration. */
export const demoHolder = 'Kunci demo — ganti sebelum dipakai';

/** Whether a trusted key is the public demo key (by its key material, whatever its id or holder says). */
export function isDemoKey(key: { key: string }): boolean {
  return key.key === demoPublicKey;
}

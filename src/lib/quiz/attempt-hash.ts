// The hash that seals a test attempt (SHA-256 from @noble/hashes: pages served over plain HTTP have no
// crypto.subtle), loaded with import() by src/lib/quiz/attempt.ts. A module of its own, exporting one
// function, so that import() needs no namespace object: importing @noble/hashes/sha2.js itself that way made
// the bundler build one, with its runtime helpers, into the chunk the certificate pages load. Runs anywhere.
import { sha256 } from '@noble/hashes/sha2.js';

/** Lowercase hex SHA-256 of a text's UTF-8 bytes. */
export function sha256Hex(text: string): string {
  return [...sha256(new TextEncoder().encode(text))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

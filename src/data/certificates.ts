// Build-time data for the certificate pages: what the verifier trusts and how topics are named. Server only.
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import type { Trust } from '../lib/cert/certificate';
import { demoHolder, demoKeyId, demoPublicKey, isDemoKey } from '../lib/cert/demo';
import type { TrustedKey } from '../lib/cert/keys';
import { parseRevocations } from '../schemas/revocation';
import site from '../site.config';

/** The revocation list's path, relative to the project root. */
export const revocationsFile = 'content/revocations.yaml';

/**
 * The public keys the built site trusts: those in src/site.config.ts, plus the public demo key when the
 * build runs with NETRAL_TRUST_DEMO_KEY=1. `npm test` builds that way so its end-to-end tests can sign
 * with the demo key even after an agency removes it from the configuration; `npm run build` does not.
 */
export function trustedKeys(): TrustedKey[] {
  const keys = [...site.certificate.publicKeys];
  if (process.env['NETRAL_TRUST_DEMO_KEY'] === '1' && !keys.some(isDemoKey))
    keys.push({ id: demoKeyId, key: demoPublicKey, holder: demoHolder });
  return keys;
}

/** The trusted public keys and the revocation list. A missing list means nothing is revoked. */
export function getTrust(): Trust {
  let text = '';
  try {
    text = readFileSync(revocationsFile, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return { keys: trustedKeys(), revocations: parseRevocations(text, revocationsFile) };
}

/** Module titles by id, for the per-topic table. */
export async function getModuleTitles(): Promise<Record<string, string>> {
  const modules = await getCollection('modules');
  return Object.fromEntries(modules.map((entry) => [entry.id, entry.data.title]));
}

/** Whether the public demo key is still trusted (an agency must remove it before going live). */
export function demoKeyConfigured(): boolean {
  return trustedKeys().some(isDemoKey);
}

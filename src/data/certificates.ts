// Build-time data for the certificate pages: what the verifier trusts and how topics are named. Server only.
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import type { Trust } from '../lib/cert/certificate';
import { demoHolder, demoKeyId, demoPublicKey, isDemoKey } from '../lib/cert/demo';
import type { TrustedKey } from '../lib/cert/keys';
import type { RevocationList } from '../lib/cert/revocations';
import { parseRevocations } from '../schemas/revocation';
import site from '../site.config';
import { contentPath } from './content-dir';

/** The revocation list's path, relative to the project root. */
export const revocationsFile = contentPath('revocations.yaml');

/** Whether this build was asked to trust the public demo key (NETRAL_TRUST_DEMO_KEY=1). */
export function demoKeyRequested(): boolean {
  return process.env['NETRAL_TRUST_DEMO_KEY'] === '1';
}

/**
 * The public keys the built site trusts: those in src/site.config.ts, and the public demo key only when the
 * build runs with NETRAL_TRUST_DEMO_KEY=1 (`npm test` and `npm start` do; `npm run build` does not). The
 * demo key's private half is published, so it is left out of any other build even if the configuration
 * lists it: a deployment that forgets to remove it cannot issue forgeable SAH verdicts.
 */
export function trustedKeys(): TrustedKey[] {
  const keys = site.certificate.publicKeys.filter((key) => !isDemoKey(key));
  if (demoKeyRequested()) keys.push({ id: demoKeyId, key: demoPublicKey, holder: demoHolder });
  return keys;
}

let revocationList: RevocationList | undefined;

/**
 * The revocation list and when this build made it; one value per build, so the copy built into
 * /verifikasi/ and the separate pencabutan.json carry the same date. A missing file means nothing is revoked.
 */
export function getRevocationList(): RevocationList {
  if (!revocationList) {
    let text = '';
    try {
      text = readFileSync(revocationsFile, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    revocationList = { issued: new Date().toISOString(), revocations: parseRevocations(text, revocationsFile) };
  }
  return revocationList;
}

/** The trusted public keys and the revocation list. */
export function getTrust(): Trust {
  return { keys: trustedKeys(), revocations: getRevocationList().revocations };
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

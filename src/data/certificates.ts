// Build-time data for the certificate pages: what the verifier trusts and how topics are named. Server only.
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import type { Trust } from '../lib/cert/certificate';
import { isDemoKey } from '../lib/cert/demo';
import { parseRevocations } from '../schemas/revocation';
import site from '../site.config';

/** The revocation list's path, relative to the project root. */
export const revocationsFile = 'content/revocations.yaml';

/** The configured public keys and the revocation list. A missing list means nothing is revoked. */
export function getTrust(): Trust {
  let text = '';
  try {
    text = readFileSync(revocationsFile, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return { keys: site.certificate.publicKeys, revocations: parseRevocations(text, revocationsFile) };
}

/** Module titles by id, for the per-topic table. */
export async function getModuleTitles(): Promise<Record<string, string>> {
  const modules = await getCollection('modules');
  return Object.fromEntries(modules.map((entry) => [entry.id, entry.data.title]));
}

/** Whether the public demo key is still trusted (an agency must remove it before going live). */
export function demoKeyConfigured(): boolean {
  return site.certificate.publicKeys.some(isDemoKey);
}

// The revocation list as the site publishes it: built into /verifikasi/ and also served as a small
// separate file (pencabutan.json) that the page fetches from the network before answering, so a device
// holding an older offline copy of the site still learns of a revocation once it is online. Pure; runs on
// the server and in the browser.
import type { Revocation } from './certificate';
import { certificateNumberPattern } from './number';

/** Path of the published list relative to the base path. */
export const revocationListPath = 'pencabutan.json';

/** A revocation list and when it was built. */
export interface RevocationList {
  /** When the list was built, ISO 8601 (the page shows it). */
  issued: string;
  revocations: Revocation[];
}

const day = /^\d{4}-\d{2}-\d{2}$/;

/** Checks a list read from the network or storage; null when it is not one. */
export function parseRevocationList(raw: unknown): RevocationList | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { issued, revocations } = raw as Record<string, unknown>;
  if (typeof issued !== 'string' || Number.isNaN(Date.parse(issued)) || !Array.isArray(revocations)) return null;
  const list: Revocation[] = [];
  for (const entry of revocations as unknown[]) {
    if (typeof entry !== 'object' || entry === null) return null;
    const { number, reason, date } = entry as Record<string, unknown>;
    if (typeof number !== 'string' || !certificateNumberPattern.test(number)) return null;
    if (typeof reason !== 'string' || typeof date !== 'string' || !day.test(date)) return null;
    list.push({ number, reason, date });
  }
  return { issued, revocations: list };
}

/** The newer of two lists (by build time); the first when they are equally new. */
export function newerList(a: RevocationList, b: RevocationList | null): RevocationList {
  return b && Date.parse(b.issued) > Date.parse(a.issued) ? b : a;
}

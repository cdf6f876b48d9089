// The offline precache as the build describes it and the browser checks it. Pure (no DOM, no Node APIs);
// runs in the build (src/integrations/offline.ts) and in the browser (<netral-offline>).
//
// The build writes `precache.json` next to the service worker:
//   { "version": "3f9c0a1b2c4d", "bytes": 1234567, "entries": [{ "url": "index.html", "revision": "…" }, …] }
// `entries` is exactly the precache list compiled into sw.js (precache.json included), with URLs relative
// to the worker. A changed file changes its revision, so the list — and with it the version — changes.

/** One precached file: its URL relative to the worker and Workbox's content hash (null when the URL is hashed). */
export interface PrecacheEntry {
  url: string;
  revision: string | null;
}

/** What `precache.json` holds. */
export interface PrecacheInfo {
  /** Build version: a hash of the precache list. */
  version: string;
  /** Total size of the precached files in bytes. */
  bytes: number;
  /** Every precached file. */
  entries: PrecacheEntry[];
}

/** The file the build writes next to the service worker. */
export const PRECACHE_INFO_FILE = 'precache.json';

/** Workbox's precache caches are named `<cacheId>-precache-v2-<scope>`; ours use this cache id. */
export const CACHE_ID = 'netral';

/** The runtime cache trainer material is saved in (TrainerOfflineSave) and served from (sw.js). */
export const TRAINER_CACHE = 'netral-trainer';

// Workbox stores an entry that has a revision under its URL plus this search parameter
// (workbox-precaching/utils/createCacheKey.js).
const REVISION_PARAM = '__WB_REVISION__';

/** The build version: the first 12 hex digits of SHA-256 over the sorted "url revision" lines. */
export async function precacheVersion(entries: readonly PrecacheEntry[]): Promise<string> {
  const lines = entries.map((e) => `${e.url} ${e.revision ?? ''}`).sort();
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(lines.join('\n')));
  return [...new Uint8Array(digest)]
    .slice(0, 6)
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('');
}

/** The cache key Workbox uses for an entry: its URL resolved against the worker's, revision appended. */
export function precacheKey(entry: PrecacheEntry, workerUrl: string): string {
  const url = new URL(entry.url, workerUrl);
  if (entry.revision) url.searchParams.set(REVISION_PARAM, entry.revision);
  return url.href;
}

/** How many entries are among the cached request URLs. */
export function countCached(entries: readonly PrecacheEntry[], cachedUrls: ReadonlySet<string>, workerUrl: string): number {
  return entries.filter((entry) => cachedUrls.has(precacheKey(entry, workerUrl))).length;
}

/** `precache.json` as read from the network or a cache, checked; null when it is not one. */
export function parsePrecacheInfo(raw: unknown): PrecacheInfo | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { version, bytes, entries } = raw as Record<string, unknown>;
  if (typeof version !== 'string' || !/^[0-9a-f]{12}$/.test(version)) return null;
  if (typeof bytes !== 'number' || !Number.isSafeInteger(bytes) || bytes < 0) return null;
  if (!Array.isArray(entries) || entries.length === 0) return null;
  const parsed: PrecacheEntry[] = [];
  for (const item of entries as unknown[]) {
    if (typeof item !== 'object' || item === null) return null;
    const { url, revision } = item as Record<string, unknown>;
    // Relative URLs only: the list must never point the page at another origin.
    if (typeof url !== 'string' || url === '' || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) return null;
    if (revision !== null && typeof revision !== 'string') return null;
    parsed.push({ url, revision });
  }
  return { version, bytes, entries: parsed };
}

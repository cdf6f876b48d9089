// Saving a copy for offline use on request (<netral-offline>, <netral-trainer-offline>): what to fetch and
// how to name sizes. Pure. Apart from ./precache.ts so the service worker's status element, which every
// page starts, does not load it.
import type { PrecacheEntry } from './precache';

/** A size in Indonesian notation: 850 → "1 KB", 1_234_567 → "1,2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}

/** The URL a file is requested at: a folder's index.html is asked for as the folder ("x/index.html" → "x/"). */
export function servedUrl(path: string): string {
  return path === 'index.html' ? './' : path.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * The entries of `next` that a saved copy does not already hold: not among the URLs present in the cache,
 * or saved at another revision (`saved`: the lists saved last time). Unchanged files are not fetched again.
 */
export function entriesToSave(next: readonly PrecacheEntry[], saved: readonly PrecacheEntry[], present: ReadonlySet<string>): PrecacheEntry[] {
  const before = new Map(saved.map((entry) => [entry.url, entry.revision]));
  return next.filter((entry) => !present.has(entry.url) || before.get(entry.url) !== entry.revision);
}

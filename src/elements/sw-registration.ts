// Browser adapter: registers the service worker that src/integrations/offline.ts generates. Shared by
// <netral-sw> (update prompt) and <netral-offline> (save for offline).
import { lmsHost } from './lms-host';

/** The worker's URL and scope, from the data-worker and data-scope attributes of an element. */
export interface WorkerLocation {
  url: string;
  scope: string;
}

/** True when this browser can run the offline service worker. */
export function offlineSupported(): boolean {
  return 'serviceWorker' in navigator && 'caches' in window;
}

/** Reads the worker location from an element's data-worker and data-scope attributes. */
export function workerLocation(element: HTMLElement): WorkerLocation | null {
  const url = element.dataset['worker'];
  const scope = element.dataset['scope'];
  return url && scope ? { url: new URL(url, location.href).href, scope } : null;
}

/**
 * Registers (or finds) the worker; null in `astro dev`, where there is none, or when registration fails.
 * Registering again is harmless: the browser returns the existing registration, or starts a new install
 * when an earlier one failed.
 */
export async function registerWorker(where: WorkerLocation): Promise<ServiceWorkerRegistration | null> {
  // Inside an LMS the package is served from the LMS's paths, which a worker must never take over.
  if (!import.meta.env.PROD || !offlineSupported() || lmsHost()) return null;
  try {
    return await navigator.serviceWorker.register(where.url, { scope: where.scope });
  } catch {
    // Blocked by the browser or offline on the very first visit: the site still works online.
    return null;
  }
}

/** Request URLs stored in this site's Workbox precache(s). */
export async function precachedUrls(cacheId: string): Promise<Set<string>> {
  const urls = new Set<string>();
  for (const name of await caches.keys()) {
    if (!name.startsWith(`${cacheId}-precache-`)) continue;
    for (const request of await (await caches.open(name)).keys()) urls.add(request.url);
  }
  return urls;
}

/** Resolves when the worker changes state or after `ms` milliseconds, whichever comes first. */
export function stateChangeOr(worker: ServiceWorker, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const listener = new AbortController();
    const finish = () => {
      listener.abort();
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(finish, ms);
    worker.addEventListener('statechange', finish, { signal: listener.signal });
  });
}

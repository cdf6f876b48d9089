// Astro integration: after the build (and after Pagefind has written its index), generate the service
// worker that precaches the whole site with Workbox's generateSW, and write precache.json (the list and
// the build version, read by <netral-offline>). Register it after pagefindIndex() in astro.config.mjs.
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW, getManifest } from 'workbox-build';
import { CACHE_ID, PRECACHE_INFO_FILE, precacheVersion, type PrecacheInfo } from '../lib/offline/precache';

/** The service worker's file name, at the base path. */
export const WORKER_FILE = 'sw.js';

/** What generateSW reports, plus the build version. */
export interface ServiceWorkerReport {
  version: string;
  count: number;
  bytes: number;
  warnings: string[];
}

// Shared by getManifest() and generateSW() so the version describes exactly what sw.js precaches.
function manifestOptions(outDir: string) {
  return {
    globDirectory: outDir,
    globPatterns: ['**/*'],
    globIgnores: [
      WORKER_FILE,
      PRECACHE_INFO_FILE, // added below with the version as its revision
      '**/*.map',
      // Host configuration (public/_headers), read by Netlify and Cloudflare Pages and never served by
      // them (nor by astro preview): precaching it would fail the whole install.
      '_headers',
      '_redirects',
      // Pagefind's ready-made UIs: <netral-search> uses only the search API (pagefind.js and its worker).
      'pagefind/pagefind-ui.*',
      'pagefind/pagefind-modular-ui.*',
      'pagefind/pagefind-component-ui.*',
      'pagefind/pagefind-highlight.js',
      'pagefind/playground/**',
      // The revocation list is fetched from the network by /verifikasi/ (src/pages/pencabutan.json.ts):
      // a precached copy would keep an old list on a device long after a revocation. Offline, the page
      // uses the list built into it (or a newer one it saw before).
      'pencabutan.json',
    ],
    // These names already contain a content hash, so Workbox needs no revision (and may use the HTTP cache).
    dontCacheBustURLsMatching: /^(?:_astro\/|pagefind\/(?:fragment|index|filter)\/)/,
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  };
}

/** Writes `<outDir>/sw.js` and `<outDir>/precache.json` for the site built in `outDir`. */
export async function writeServiceWorker(outDir: string): Promise<ServiceWorkerReport> {
  const options = manifestOptions(outDir);
  const listed = await getManifest(options);
  const entries = listed.manifestEntries.map(({ url, revision }) => ({ url, revision: revision ?? null }));
  const version = await precacheVersion(entries);
  const self = { url: PRECACHE_INFO_FILE, revision: version };
  const info: PrecacheInfo = { version, bytes: listed.size, entries: [...entries, self] };
  await writeFile(join(outDir, PRECACHE_INFO_FILE), JSON.stringify(info));

  const built = await generateSW({
    ...options,
    additionalManifestEntries: [self],
    swDest: join(outDir, WORKER_FILE),
    cacheId: CACHE_ID,
    mode: 'production',
    sourcemap: false,
    inlineWorkboxRuntime: true,
    cleanupOutdatedCaches: true,
    // The first install takes control at once, so one visit is enough to work offline. Later versions wait:
    // generateSW then adds a listener for { type: 'SKIP_WAITING' }, which <netral-sw> sends when the
    // learner accepts the update.
    clientsClaim: true,
    skipWaiting: false,
    // Lessons are folders: /materi/x/y/ is served from materi/x/y/index.html.
    directoryIndex: 'index.html',
    // A static site: no query string selects a different file. Pages read theirs in the browser (search
    // ?q=, verification codes), and Pagefind adds ?ts=<time> to its entry file, which must still match.
    ignoreURLParametersMatching: [/.*/],
    runtimeCaching: [
      {
        // A page that is not precached: ask the network; offline, show the precached 404 page.
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: '404.html' } },
      },
    ],
  });
  return { version, count: built.count, bytes: built.size, warnings: [...listed.warnings, ...built.warnings] };
}

/** The offline integration: the service worker after the build; in `astro dev`, a worker that removes itself. */
export function offlineServiceWorker(): AstroIntegration {
  return {
    name: 'netral:offline',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        // A worker left by `npm start` on the same localhost port would keep serving the old build to
        // `astro dev`; the browser's update check fetches this one instead, and it unregisters itself.
        if (command === 'dev') {
          injectRoute({ pattern: `/${WORKER_FILE}`, entrypoint: new URL('./dev-sw-reset.ts', import.meta.url) });
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const report = await writeServiceWorker(fileURLToPath(dir));
        for (const warning of report.warnings) logger.warn(warning);
        logger.info(
          `Service worker ${WORKER_FILE} precaches ${report.count} files, ${Math.round(report.bytes / 1024)} KB (version ${report.version}).`,
        );
      },
    },
  };
}

// Astro integration: after the build (and after Pagefind has written its index), split the site into the
// learner core and trainer material (src/lib/offline/plan.ts), generate the service worker that precaches
// the core with Workbox's generateSW, and write precache.json (the core list and the build version, read by
// <netral-offline> and <netral-sw>) and one list of trainer material per module (read when a trainer saves
// a module for offline use). Register it after pagefindIndex() in astro.config.mjs.
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import { pageAssets } from '../../scripts/lib/page-weight.mjs';
import { planOfflineCopy, trainerListFile, TRAINER_FOLDERS, TRAINER_LIST_FOLDER, type BuiltFile } from '../lib/offline/plan';
import {
  CACHE_ID,
  PRECACHE_INFO_FILE,
  precacheVersion,
  TRAINER_CACHE,
  type PrecacheEntry,
  type PrecacheInfo,
} from '../lib/offline/precache';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The service worker's file name, at the base path. */
export const WORKER_FILE = 'sw.js';

/** What was written, for the build log and the bench. */
export interface ServiceWorkerReport {
  version: string;
  /** Files in the learner core (precache.json included). */
  count: number;
  /** Their size in bytes, uncompressed. */
  bytes: number;
  /** Trainer material per module: files and bytes. */
  trainer: { group: string; count: number; bytes: number }[];
  /** Files left out on purpose. */
  leftOut: number;
}

// Names that contain a content hash need no revision (Workbox may then use the HTTP cache).
const HASHED = /^(?:_astro\/|pagefind\/(?:fragment|index|filter)\/)/;

/** Every file under `dir` as a path relative to it with forward slashes, and its size. */
async function builtFiles(dir: string): Promise<BuiltFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const paths = entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
  return Promise.all(paths.sort().map(async (path) => ({ path, bytes: (await stat(join(dir, path))).size })));
}

/** What each HTML page loads (stylesheets, scripts, their imports and import()s), as dist/ paths. */
function pageLoads(outDir: string, pages: string[], base: string): Map<string, string[]> {
  const loads = new Map<string, string[]>();
  for (const page of pages) {
    const { css, js, deferred } = pageAssets(outDir, join(outDir, page), base);
    loads.set(page, [...css, ...js, ...deferred].map((file) => relative(outDir, file).split(sep).join('/')));
  }
  return loads;
}

/** Languages of the Pagefind index, from pagefind-entry.json (none without one). */
async function searchLanguages(outDir: string): Promise<Set<string>> {
  try {
    const entry = JSON.parse(await readFile(join(outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages?: Record<string, { wasm?: string }>;
    };
    return new Set(Object.values(entry.languages ?? {}).map((language) => language.wasm ?? ''));
  } catch {
    return new Set();
  }
}

/** The precache entries for `paths`: Workbox's revision is the MD5 of the file unless its name is hashed. */
async function entriesFor(outDir: string, paths: string[]): Promise<PrecacheEntry[]> {
  return Promise.all(
    paths.map(async (url) => ({
      url,
      revision: HASHED.test(url) ? null : createHash('md5').update(await readFile(join(outDir, url))).digest('hex'),
    })),
  );
}

/** The list of a set of files, with its version, as precache.json and the trainer lists hold it. */
async function listOf(entries: PrecacheEntry[], bytes: number): Promise<PrecacheInfo> {
  return { version: await precacheVersion(entries), bytes, entries };
}

/**
 * Writes `<outDir>/sw.js`, `<outDir>/precache.json` (the learner core) and `<outDir>/offline/trainer-*.json`
 * (trainer material per module) for the site built in `outDir`. Throws, naming the files, when the
 * offline copy would be incomplete.
 */
export async function writeServiceWorker(outDir: string, base = '/'): Promise<ServiceWorkerReport> {
  const files = await builtFiles(outDir);
  const sizes = new Map(files.map((f) => [f.path, f.bytes]));
  const moduleIds = new Set(files.map((f) => /^materi\/([^/]+)\/index\.html$/.exec(f.path)?.[1]).filter((id) => id !== undefined));
  const html = files.map((f) => f.path).filter((path) => path.endsWith('.html'));
  const plan = planOfflineCopy({ files, moduleIds, searchLanguages: await searchLanguages(outDir), loads: pageLoads(outDir, html, base) });
  if (plan.problems.length) {
    throw new Error(`The offline copy would be incomplete:\n- ${plan.problems.join('\n- ')}`);
  }
  const sum = (paths: string[]) => paths.reduce((total, path) => total + (sizes.get(path) ?? 0), 0);

  await mkdir(join(outDir, TRAINER_LIST_FOLDER), { recursive: true });
  const trainer: ServiceWorkerReport['trainer'] = [];
  for (const [group, paths] of [...plan.trainer].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const list = await listOf(await entriesFor(outDir, paths), sum(paths));
    await writeFile(join(outDir, trainerListFile(group)), JSON.stringify(list));
    trainer.push({ group, count: paths.length, bytes: list.bytes });
  }

  const entries = await entriesFor(outDir, plan.core);
  const version = await precacheVersion(entries);
  const self = { url: PRECACHE_INFO_FILE, revision: version };
  const info: PrecacheInfo = { version, bytes: sum(plan.core), entries: [...entries, self] };
  await writeFile(join(outDir, PRECACHE_INFO_FILE), JSON.stringify(info));

  // Regular expressions, not functions: Workbox copies the routes into sw.js as source text, so they
  // cannot refer to anything here. Both match the full URL from its start.
  const origin = '^https?://[^/]+';
  const trainerUrls = new RegExp(`${origin}${escapeRegExp(base)}(?:${TRAINER_FOLDERS.join('|')})/`);
  const assetUrls = new RegExp(`${origin}${escapeRegExp(base)}_astro/`);
  // A saved file was fetched by the page (no Origin header); a module script asks with one. Servers that
  // answer "Vary: Origin" (astro preview, some CDNs) would make the saved copy never match offline.
  const trainerMatch = { ignoreSearch: true, ignoreVary: true };
  const built = await generateSW({
    // The list is made above; Workbox only writes the worker.
    globDirectory: outDir,
    globPatterns: [],
    additionalManifestEntries: info.entries,
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
        // Trainer material: the network first (a trainer online sees the latest deck), else the copy saved
        // for offline use (TrainerOfflineSave), else the precached 404 page.
        urlPattern: trainerUrls,
        handler: 'NetworkFirst',
        options: {
          cacheName: TRAINER_CACHE,
          matchOptions: trainerMatch,
          precacheFallback: { fallbackURL: '404.html' },
        },
      },
      {
        // Scripts and styles that are not precached: those only trainer pages load. Their names are hashed,
        // so a saved copy is never stale.
        urlPattern: assetUrls,
        handler: 'CacheFirst',
        options: { cacheName: TRAINER_CACHE, matchOptions: trainerMatch },
      },
      {
        // Any other page that is not precached: ask the network; offline, show the precached 404 page.
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: '404.html' } },
      },
    ],
  });
  if (built.warnings.length) throw new Error(`Service worker: ${built.warnings.join('; ')}`);
  return { version, count: info.entries.length, bytes: info.bytes, trainer, leftOut: plan.leftOut.size };
}

/** The offline integration: the service worker after the build; in `astro dev`, a worker that removes itself. */
export function offlineServiceWorker(): AstroIntegration {
  let base = '/';
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
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const log = logger.fork('offline');
        const report = await writeServiceWorker(fileURLToPath(dir), base);
        const trainerBytes = report.trainer.reduce((sum, group) => sum + group.bytes, 0);
        const trainerFiles = report.trainer.reduce((sum, group) => sum + group.count, 0);
        log.info(
          `${WORKER_FILE} precaches the learner core: ${report.count} files, ${Math.round(report.bytes / 1024)} KB (version ${report.version}). ` +
            `Trainer material on request: ${trainerFiles} files, ${Math.round(trainerBytes / 1024)} KB in ${report.trainer.length} groups.`,
        );
      },
    },
  };
}

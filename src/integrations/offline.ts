// Astro integration: after the build, build the search index (Pagefind, ./pagefind.ts), split the site into
// the learner core and trainer material (src/lib/offline/plan.ts), generate the service worker that
// precaches the core with Workbox's generateSW, and write precache.json (the core list and the build
// version, read by <netral-offline> and <netral-sw>) and one list of trainer material per module (read when
// a trainer saves a module for offline use). It replaces pagefindIndex() in astro.config.mjs.
//
// Build time: every built file is read once, for both steps: its revision and, for a page, what it loads
// and, if it has data-pagefind-body, its text for Pagefind, whose own process indexes while this one reads
// on (at 1,000 lessons each step read all 3,100 pages, 250 MB, on its own before); Workbox bundles
// the worker's code (rollup, Babel, Terser: over a second of CPU) only when its options change, with a
// placeholder for the precache list, and that code is kept in Astro's cache folder; the list is put in its
// place afterwards. Bundled with the list inline, the worker took seconds more at 1,000 lessons.
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GenerateSWOptions } from 'workbox-build';
import { pageAssets } from '../../scripts/lib/page-weight.mjs';
import { createSearchIndexer, type SearchIndexer } from './pagefind';
import { planOfflineCopy, trainerListFile, TRAINER_FOLDERS, TRAINER_LIST_FOLDER, type BuiltFile } from '../lib/offline/plan';
import {
  CACHE_ID,
  PRECACHE_INFO_FILE,
  precacheVersion,
  TRAINER_CACHE,
  type PrecacheEntry,
  type PrecacheInfo,
} from '../lib/offline/precache';

const require = createRequire(import.meta.url);
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
  /** With the search index built in the same pass: pages indexed, of pages read. */
  search?: { indexed: number; read: number };
}

// Names that contain a content hash need no revision (Workbox may then use the HTTP cache).
const HASHED = /^(?:_astro\/|pagefind\/(?:fragment|index|filter)\/)/;

/** The build as the offline copy needs it. */
interface ScannedBuild {
  /** Every file, sorted by path. */
  files: BuiltFile[];
  /** Workbox's revision of each file: the MD5 of its bytes, or null when its name is hashed. */
  revisions: Map<string, string | null>;
  /** For each HTML page, what it loads (stylesheets, scripts, their imports and import()s), as dist/ paths. */
  loads: Map<string, string[]>;
}

/** What pageAssets() keeps across the pages of one build. */
type AssetCaches = Required<Pick<NonNullable<Parameters<typeof pageAssets>[3]>, 'modules' | 'files'>>;

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/**
 * Reads each of `paths` (sorted, relative to `outDir`) once into `into`: its size, its revision and, for a
 * page, what it loads. `offer` is handed each file's bytes with its position in `paths` (the search index is
 * filled from the same read).
 */
async function scanFiles(
  outDir: string,
  base: string,
  paths: readonly string[],
  into: ScannedBuild,
  caches: AssetCaches,
  offer?: (position: number, path: string, bytes: Buffer, text?: string) => void,
): Promise<void> {
  const toPath = (file: string) => relative(outDir, file).split(sep).join('/');
  let next = 0;
  // A few reads at a time: all of dist/ at once can be hundreds of MB.
  const reader = async () => {
    for (let i = next++; i < paths.length; i = next++) {
      const path = paths[i] ?? '';
      const bytes = await readFile(join(outDir, path));
      into.files.push({ path, bytes: bytes.length });
      into.revisions.set(path, HASHED.test(path) ? null : createHash('md5').update(bytes).digest('hex'));
      // A page is decoded once, for what it loads and for the search index.
      const html = path.endsWith('.html') ? bytes.toString('utf8') : undefined;
      if (html !== undefined) {
        const { css, js, deferred } = pageAssets(outDir, join(outDir, path), base, { html, ...caches });
        into.loads.set(path, [...css, ...js, ...deferred].map(toPath));
      }
      offer?.(i, path, bytes, html);
    }
  };
  await Promise.all(Array.from({ length: 8 }, reader));
}

/**
 * Reads every file under `outDir` once: its size, its revision and, for a page, what it loads. With
 * `indexer`, the same read fills the search index: the pages are offered to Pagefind, whose own process
 * indexes them while this one reads on; then Pagefind writes pagefind/ and those files are read too.
 */
async function scanBuild(outDir: string, base: string, indexer?: SearchIndexer): Promise<ScannedBuild & { search?: { indexed: number; read: number } }> {
  const scanned: ScannedBuild = { files: [], revisions: new Map(), loads: new Map() };
  // Scripts are shared by many pages: each is read and searched for imports once, and each address looked up
  // in dist/ once.
  const caches: AssetCaches = { modules: new Map(), files: new Map() };
  const all = await filesUnder(outDir);
  if (!indexer) {
    await scanFiles(outDir, base, all, scanned, caches);
  } else {
    // What Pagefind writes is read after it has written it (a stale pagefind/ folder is replaced by then).
    const site = all.filter((path) => !path.startsWith('pagefind/'));
    await scanFiles(outDir, base, site, scanned, caches, (i, path, bytes, text) => indexer.offer(i, path, bytes, text));
    const search = await indexer.write();
    const written = (await filesUnder(join(outDir, 'pagefind'))).map((path) => `pagefind/${path}`);
    await scanFiles(outDir, base, written, scanned, caches);
    scanned.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { ...scanned, search };
  }
  scanned.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return scanned;
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

/** The precache entries for `paths`, with the revisions the scan found. */
function entriesFor(revisions: ReadonlyMap<string, string | null>, paths: string[]): PrecacheEntry[] {
  return paths.map((url) => ({ url, revision: revisions.get(url) ?? null }));
}

/** Workbox's options for the worker, without the files (the precache list is put in afterwards). */
type WorkerOptions = Omit<GenerateSWOptions, 'swDest' | 'globDirectory' | 'globPatterns' | 'additionalManifestEntries'>;

// What Workbox is given as the precache list when it bundles the worker; the real list replaces it.
const PLACEHOLDER_URL = '__NETRAL_PRECACHE_LIST__';
// The placeholder as it appears in the bundled code, whatever the minifier made of its quotes and spaces.
const PLACEHOLDER_CODE = new RegExp(`\\[\\s*\\{\\s*["']?url["']?\\s*:\\s*["']${PLACEHOLDER_URL}["']\\s*,\\s*["']?revision["']?\\s*:\\s*null\\s*\\}\\s*\\]`, 'g');

/** Workbox options as text, for the cache key: regular expressions and functions as their source. */
function optionsKey(options: object): string {
  const workbox = require('workbox-build/package.json') as { version: string };
  const text = JSON.stringify(options, (_key, value: unknown) =>
    value instanceof RegExp || typeof value === 'function' ? `${value.constructor.name}:${String(value)}` : value,
  );
  return createHash('sha256').update(`workbox-build ${workbox.version}\n${text}`).digest('hex').slice(0, 20);
}

/**
 * The service worker's code for `options`, with the placeholder list: from `cacheDir` when an earlier build
 * made it with the same options and Workbox version, else bundled by Workbox's generateSW (and kept there).
 */
async function workerCode(options: WorkerOptions, cacheDir: string | undefined): Promise<string> {
  const full = { ...options, globPatterns: [], additionalManifestEntries: [{ url: PLACEHOLDER_URL, revision: null }] };
  const cached = cacheDir && join(cacheDir, 'netral-sw', `${optionsKey(full)}.js`);
  if (cached) {
    try {
      return await readFile(cached, 'utf8');
    } catch {
      // Not made yet.
    }
  }
  const work = await mkdtemp(join(tmpdir(), 'netral-sw-'));
  try {
    // Loaded only when needed (it is large), with require: Astro runs this file in Vite's module runner, which
    // is closed by the time the build is done, so import() would fail here.
    const { generateSW } = require('workbox-build') as typeof import('workbox-build');
    const built = await generateSW({ ...full, globDirectory: work, swDest: join(work, WORKER_FILE) });
    if (built.warnings.length) throw new Error(`Service worker: ${built.warnings.join('; ')}`);
    const code = await readFile(join(work, WORKER_FILE), 'utf8');
    if (cached) {
      try {
        await mkdir(join(cached, '..'), { recursive: true });
        // Written whole, then renamed: a build that stops half way never leaves a cut file to be read later.
        await writeFile(`${cached}.${process.pid}`, code);
        await rename(`${cached}.${process.pid}`, cached);
      } catch {
        // Only a cache: a folder we cannot write to makes the next build bundle the worker again.
      }
    }
    return code;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The worker's code with `entries` as its precache list. Throws when the placeholder is not there once. */
export function withPrecacheList(code: string, entries: readonly PrecacheEntry[]): string {
  const found = code.match(PLACEHOLDER_CODE)?.length ?? 0;
  if (found !== 1) throw new Error(`Service worker: the precache list's placeholder appears ${found} times in Workbox's output, not once.`);
  // A function, so "$" in a URL is never read as a replacement pattern.
  return code.replace(PLACEHOLDER_CODE, () => JSON.stringify(entries));
}

/** The list of a set of files, with its version, as precache.json and the trainer lists hold it. */
async function listOf(entries: PrecacheEntry[], bytes: number): Promise<PrecacheInfo> {
  return { version: await precacheVersion(entries), bytes, entries };
}

/**
 * Writes `<outDir>/sw.js`, `<outDir>/precache.json` (the learner core) and `<outDir>/offline/trainer-*.json`
 * (trainer material per module) for the site built in `outDir`. Throws, naming the files, when the
 * offline copy would be incomplete. `cacheDir` keeps the worker's bundled code between builds. With
 * `what.searchIndex`, Pagefind's index is built first from the same read of dist/ (and precached).
 */
export async function writeServiceWorker(
  outDir: string,
  base = '/',
  cacheDir?: string,
  what: { searchIndex?: boolean } = {},
): Promise<ServiceWorkerReport> {
  const indexer = what.searchIndex ? await createSearchIndexer(outDir) : undefined;
  let scanned: Awaited<ReturnType<typeof scanBuild>>;
  try {
    scanned = await scanBuild(outDir, base, indexer);
  } finally {
    // Pagefind's process is stopped also when the build fails, so it is never left running.
    await indexer?.close();
  }
  const { files, revisions, loads, search } = scanned;
  const sizes = new Map(files.map((f) => [f.path, f.bytes]));
  const moduleIds = new Set(files.map((f) => /^materi\/([^/]+)\/index\.html$/.exec(f.path)?.[1]).filter((id) => id !== undefined));
  const plan = planOfflineCopy({ files, moduleIds, searchLanguages: await searchLanguages(outDir), loads });
  if (plan.problems.length) {
    throw new Error(`The offline copy would be incomplete:\n- ${plan.problems.join('\n- ')}`);
  }
  const sum = (paths: string[]) => paths.reduce((total, path) => total + (sizes.get(path) ?? 0), 0);

  await mkdir(join(outDir, TRAINER_LIST_FOLDER), { recursive: true });
  const trainer: ServiceWorkerReport['trainer'] = [];
  for (const [group, paths] of [...plan.trainer].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const list = await listOf(entriesFor(revisions, paths), sum(paths));
    await writeFile(join(outDir, trainerListFile(group)), JSON.stringify(list));
    trainer.push({ group, count: paths.length, bytes: list.bytes });
  }

  const entries = entriesFor(revisions, plan.core);
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
  // The list is made above and put in afterwards; Workbox only writes the worker's code.
  const options: WorkerOptions = {
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
  };
  const code = await workerCode(options, cacheDir);
  await writeFile(join(outDir, WORKER_FILE), withPrecacheList(code, info.entries));
  return { version, count: info.entries.length, bytes: info.bytes, trainer, leftOut: plan.leftOut.size, ...(search && { search }) };
}

/**
 * The offline integration: the search index and the service worker after the build, in one pass over dist/;
 * in `astro dev`, a worker that removes itself.
 */
export function offlineServiceWorker(): AstroIntegration {
  let base = '/';
  let cacheDir: string | undefined;
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
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const log = logger.fork('offline');
        const report = await writeServiceWorker(fileURLToPath(dir), base, cacheDir, { searchIndex: true });
        if (report.search) {
          logger.fork('pagefind').info(`Indexed ${report.search.indexed} of ${report.search.read} pages (those with data-pagefind-body).`);
        }
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

// `npm run bench`: what the site costs, measured on a fresh build. Prints, per page type, the compressed
// bytes of HTML, CSS and JS a page needs and the requests it makes before any click; the bytes and time of
// a first search; the offline copy (learner core and trainer material); how long the course and generated
// courses of 250 and 1,000 lessons take to build; and the issue #17 table against Starlight's figures.
// Sizes are gzip -6 of each file (as deploy/nginx.conf sends them); build-output.spec.ts asserts the size
// budgets, times are only printed. Each build runs --runs=N times (3 by default) and the median is shown,
// as wall time and as CPU time (user + system, which the machine's load changes far less).
//   --quick      skip the generated courses
//   --starlight  also build vanilla Starlight with the same lesson text (scripts/starlight-baseline.mjs), in
//                turn with each of our builds, search it in turn with ours, and compare against those figures
//                instead of the issue's; the same Starlight site with its pages as .mdx is built in turn too
//                and reported beside it (what compiling pages with @astrojs/mdx costs the same text)
//   --write      also write the report into docs/dev/performance.md (between the bench markers)
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findChromium } from './find-chromium.mjs';
import { median, timeBuilds } from './lib/build-time.mjs';
import { fileFor, listPages, walk } from './lib/dist-pages.mjs';
import { compressedSize, compression, pageWeight } from './lib/page-weight.mjs';
import { generateCourse } from './generate-course.mjs';
import { ensureStarlight, starlightHome, starlightMdxHome, writeStarlightSite } from './starlight-baseline.mjs';

const root = resolve(import.meta.dirname, '..');
const distDir = join(root, 'dist');
const quick = process.argv.includes('--quick');
const write = process.argv.includes('--write');
const starlight = process.argv.includes('--starlight');
const runs = Math.max(1, Number(process.argv.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 3));
const KB = 1024;

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const table = (header, rows) => {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
};

const starlightVersions = starlight ? ensureStarlight() : undefined;
const logRun = (name, run, result) =>
  console.log(
    `  ${name} ${run + 1}/${runs}: ${seconds(result.wallMs)} wall, ${result.cpuMs === undefined ? '?' : seconds(result.cpuMs)} CPU (load ${result.load.toFixed(1)})`,
  );

/**
 * Builds the project in `cwd` `runs` times, and with --starlight the Starlight site of `lessons` lessons and
 * its .mdx copy in turn with it; returns { netral, starlight?, starlightMdx? } build times.
 */
function timedBuilds(cwd, lessons) {
  if (!starlight) return { netral: timeBuilds({ netral: { cwd } }, runs, logRun).netral };
  writeStarlightSite(lessons);
  writeStarlightSite(lessons, { mdx: true });
  return timeBuilds({ netral: { cwd }, starlight: { cwd: starlightHome }, starlightMdx: { cwd: starlightMdxHome } }, runs, logRun);
}

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

// DevTools' "Slow 4G" preset: 562.5 ms round trip, 1.44 Mbit/s down, 675 kbit/s up.
const slow4g = { offline: false, latency: 562.5, downloadThroughput: (1.6e6 * 0.9) / 8, uploadThroughput: (750e3 * 0.9) / 8 };

/** How to search each site from its home page: the button that opens search and the field's role. */
const searchSites = {
  netral: { button: 'Cari', field: 'searchbox' },
  // Starlight's button is named by its aria-label; Pagefind's UI field is a plain text input.
  starlight: { button: 'Pencarian', field: 'textbox' },
};

/**
 * In Chromium, against `astro preview`: the requests each page in `urls` makes before any click (service
 * workers blocked, as on a site without one; the worker's own downloads are the offline copy's figure),
 * and a first search from the home page: the bytes it fetches and, on Slow 4G, the time from typing to the
 * first result (`runs` times; with `starlightRoot`, Starlight's built site is searched the same way, in turn
 * with ours).
 */
async function browserFigures(base, urls, starlightRoot) {
  const executablePath = await findChromium();
  if (!executablePath) return undefined;
  const { chromium } = await import('@playwright/test');
  const { preview } = await import('astro');
  const port = await freePort();
  const server = await preview({ root, logLevel: 'error', server: { port, host: '127.0.0.1' } });
  const starlightPort = starlightRoot ? await freePort() : undefined;
  const starlightServer = starlightRoot ? await preview({ root: starlightRoot, logLevel: 'error', server: { port: starlightPort, host: '127.0.0.1' } }) : undefined;
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  const origin = `http://127.0.0.1:${port}`;
  try {
    /** @type {Map<string, number>} */
    const requests = new Map();
    for (const url of urls) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      let count = 0;
      page.on('request', () => (count += 1));
      await page.goto(`${origin}${base.replace(/\/$/, '')}${url}`, { waitUntil: 'networkidle' });
      // What starts when the browser is idle (islands.ts), then whatever that fetches.
      await page.evaluate(() => new Promise((done) => requestIdleCallback(() => done(undefined), { timeout: 3000 })));
      await page.waitForLoadState('networkidle');
      requests.set(url, count);
      await context.close();
    }

    // Typing to the first result a learner can open (a link in a result: Pagefind's UI shows empty
    // placeholders first), the same on both sites.
    const searchOnce = async (site, throttle) => {
      const { button, field } = searchSites[site];
      const siteOrigin = site === 'starlight' ? `http://127.0.0.1:${starlightPort}` : origin;
      const siteBase = site === 'starlight' ? '/' : base;
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(`${siteOrigin}${siteBase}`, { waitUntil: 'networkidle' });
      const fetched = new Set();
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin === siteOrigin && url.pathname.startsWith(`${siteBase}pagefind/`)) fetched.add(url.pathname);
      });
      if (throttle) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', slow4g);
      }
      await page.getByRole('button', { name: button, exact: true }).click();
      const start = performance.now();
      await page.getByRole('dialog').getByRole(field).fill('netralitas');
      await page.getByRole('dialog').getByRole('listitem').getByRole('link').first().waitFor({ timeout: 60_000 });
      const ms = performance.now() - start;
      await page.waitForLoadState('networkidle');
      await context.close();
      return { ms, fetched };
    };
    const { fetched } = await searchOnce('netral', false);
    let bytes = 0;
    for (const path of fetched) {
      const file = fileFor(distDir, `/${path.slice(base.length)}`);
      if (file) bytes += compressedSize(readFileSync(file));
    }
    // In turn (ours, Starlight, ours…), so a change in the machine's load reaches both alike.
    const slow4gRuns = { netral: [], starlight: [] };
    for (let run = 0; run < runs; run++) {
      for (const site of starlightServer ? ['netral', 'starlight'] : ['netral']) {
        const { ms } = await searchOnce(site, true);
        slow4gRuns[site].push(ms);
        console.log(`  first search on Slow 4G, ${site} ${run + 1}/${runs}: ${seconds(ms)}`);
      }
    }
    const searchOf = (site) => (slow4gRuns[site].length ? { slow4gMs: median(slow4gRuns[site]), slow4gRuns: slow4gRuns[site] } : undefined);
    return { requests, search: { files: fetched.size, bytes, ...searchOf('netral') }, starlightSearch: searchOf('starlight') };
  } finally {
    await browser.close();
    await server.stop();
    await starlightServer?.stop();
  }
}

/** Files and compressed bytes of a list written by src/integrations/offline.ts. */
function listSize(dir, list) {
  let compressed = 0;
  for (const { url } of list.entries) {
    const file = fileFor(dir, `/${url}`);
    if (file) compressed += compressedSize(readFileSync(file));
  }
  return { files: list.entries.length, raw: list.bytes, compressed };
}

/** The offline copy of the build in `dir`: the learner core (precache.json) and trainer material on request. */
function offlineCopy(dir) {
  let core;
  try {
    core = JSON.parse(readFileSync(join(dir, 'precache.json'), 'utf8'));
  } catch {
    return undefined;
  }
  const trainer = { files: 0, raw: 0, compressed: 0, groups: 0 };
  let lists = [];
  try {
    lists = readdirSync(join(dir, 'offline')).filter((name) => name.endsWith('.json'));
  } catch {
    // No trainer lists.
  }
  for (const name of lists) {
    const size = listSize(dir, JSON.parse(readFileSync(join(dir, 'offline', name), 'utf8')));
    trainer.files += size.files;
    trainer.raw += size.raw;
    trainer.compressed += size.compressed;
    trainer.groups += 1;
  }
  return { core: listSize(dir, core), trainer };
}

/** Builds a generated course of `lessons` lessons in a temporary copy; returns its build times and offline copy. */
function generatedBuild(lessons) {
  const copy = mkdtempSync(join(tmpdir(), 'netral-bench-'));
  try {
    const made = generateCourse(join(copy, 'site'), lessons);
    // The service worker's bundled code, as the course build just left it in Astro's cache (the same options
    // whatever the lessons): without it the first build of a copy would bundle it again, which the median of
    // three builds hides but a single run (--runs=1) would count.
    const workerCache = join(root, '.astro', 'netral-sw');
    if (existsSync(workerCache)) cpSync(workerCache, join(copy, 'site', '.astro', 'netral-sw'), { recursive: true });
    const builds = timedBuilds(join(copy, 'site'), lessons);
    const pages = walk(join(copy, 'site', 'dist')).filter((file) => file.endsWith('.html')).length;
    return { ...builds, lessons: made.real + made.generated, pages, offline: offlineCopy(join(copy, 'site', 'dist')) };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

// ── 1. Build the course ────────────────────────────────────────────────────────────────────────────────
console.log(`Building the course (${runs}×${starlight ? ', in turn with Starlight and its MDX copy' : ''})…`);
const courseBuilds = timedBuilds(root, 0);
const courseBuild = courseBuilds.netral;
// The base path the build was made for, as Base.astro writes it on <html data-base>.
const base = /<html[^>]*\sdata-base="([^"]+)"/.exec(readFileSync(join(distDir, 'index.html'), 'utf8'))?.[1] ?? '/';

// ── 2. Page weight per page type (the heaviest page of each type) ─────────────────────────────────────
const pages = listPages(distDir, join(root, 'src/pages'));
const byType = Map.groupBy(pages, (page) => page.type);
const worst = new Map();
for (const [type, group] of [...byType].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const weights = group.map((page) => ({ page, weight: pageWeight(distDir, page.file, base) }));
  weights.sort((a, b) => b.weight.total - a.weight.total);
  worst.set(type, { ...weights[0], median: median(weights.map((w) => w.weight.total)) });
}
const lessonType = 'materi/[module]/[lesson]';

// ── 3. Requests, first search, offline copy ───────────────────────────────────────────────────────────
console.log('Measuring requests and a first search in Chromium…');
// With --starlight, Starlight's site of this course's size is still built in its folder (the generated
// courses replace it later).
const browser = await browserFigures(base, [...worst.values()].map((w) => w.page.url), starlight ? starlightHome : undefined);
const offline = offlineCopy(distDir);

// ── 4. Generated courses of 250 and 1,000 lessons ─────────────────────────────────────────────────────
/** @type {Map<number, ReturnType<typeof generatedBuild>>} */
const generated = new Map();
if (!quick) {
  for (const lessons of [250, 1000]) {
    console.log(`Building a generated course of ${lessons} lessons in a temporary copy (${runs}×)…`);
    generated.set(lessons, generatedBuild(lessons));
  }
}

// ── Report ────────────────────────────────────────────────────────────────────────────────────────────
const rows = [...worst].map(([type, { page, weight: w }]) => [
  type,
  byType.get(type)?.length ?? 0,
  kb(w.html),
  kb(w.css),
  kb(w.js + w.inlineJs),
  kb(w.total),
  kb(w.laterJs + w.laterCss),
  kb(w.onUseJs),
  browser?.requests.get(page.url) ?? '–',
  page.url,
]);
/** Each run as "wall/CPU". */
const runsText = (b) => b.runs.map((r) => `${seconds(r.wallMs)}${r.cpuMs === undefined ? '' : `/${seconds(r.cpuMs)}`}`).join(', ');
const mb = (bytes) => `${(bytes / KB / KB).toFixed(2)} MB`;
const copyText = (copy) => (copy ? `${copy.core.files} files, ${mb(copy.core.compressed)} gzip (${mb(copy.core.raw)} raw)` : 'no service worker');
const big = generated.get(1000);
const small = generated.get(250);
/** How much the whole offline copy (core and trainer material, gzip) grows from `small` to `big`. */
const offlineGrowth = (bigCopy, smallCopy) =>
  (bigCopy.core.compressed + bigCopy.trainer.compressed) / (smallCopy.core.compressed + smallCopy.trainer.compressed);
const lessonWeight = worst.get(lessonType);
const upFront = (type) => worst.get(type)?.weight.total;
/** "3.1 s median (2.9, 3.1, 3.4 s)": a search's median time on Slow 4G and each run's. */
const searchText = (search) =>
  search.slow4gRuns.length > 1 ? `${seconds(search.slow4gMs)} median (${search.slow4gRuns.map((ms) => (ms / 1000).toFixed(1)).join(', ')} s)` : seconds(search.slow4gMs);
const met = (ok) => (ok === undefined ? 'not measured' : ok ? 'met' : 'not met');
/** "6.1 s wall, 9.0 s CPU": a build's median times. */
const buildText = (b) => `${seconds(b.wallMs)} wall${b.cpuMs === undefined ? '' : `, ${seconds(b.cpuMs)} CPU`}`;
/** Starlight's build, and with its pages as .mdx when measured. */
const starlightText = (builds) => `${buildText(builds.starlight)}${builds.starlightMdx ? `; pages as MDX: ${buildText(builds.starlightMdx)}` : ''}`;
/** Ours no slower than Starlight's measured build (wall and CPU), or than the issue's figure in ms. */
const noSlower = (ours, theirs, issueMs) =>
  theirs ? ours.wallMs <= theirs.wallMs && (ours.cpuMs === undefined || theirs.cpuMs === undefined || ours.cpuMs <= theirs.cpuMs) : ours.wallMs <= issueMs;
/** How much longer the 1,000-lesson build takes than the 250-lesson one (CPU time where measured). */
const growth = (a, b) => (a.cpuMs !== undefined && b.cpuMs !== undefined ? a.cpuMs / b.cpuMs : a.wallMs / b.wallMs);
const issueRows = [
  [
    'build, 27 lessons',
    buildText(courseBuild),
    courseBuilds.starlight ? starlightText(courseBuilds) : '2.4 s',
    'no slower than Starlight',
    met(noSlower(courseBuild, courseBuilds.starlight, 2400)),
  ],
  [
    'build, ~1,000 lessons',
    big
      ? `${buildText(big.netral)}${small ? `; ${growth(big.netral, small.netral).toFixed(1)}× the 250-lesson build for 4× the lessons` : ''}`
      : 'skipped (--quick)',
    big?.starlight ? `${starlightText(big)}${small?.starlight ? `; ${growth(big.starlight, small.starlight).toFixed(1)}× the 250-lesson build` : ''}` : '20-29 s',
    'no slower than Starlight, linear',
    big && small ? met(noSlower(big.netral, big.starlight, 29_000) && growth(big.netral, small.netral) <= 4.4) : met(undefined),
  ],
  ['offline copy downloaded on first visit', copyText(offline), 'none', 'learner core first, at most 1.2 MB gzip', met(offline && offline.core.compressed <= 1.2 * KB * KB)],
  [
    'offline copy at 1,000 lessons',
    big?.offline
      ? `${copyText(big.offline)} + trainer ${big.offline.trainer.files} files, ${mb(big.offline.trainer.compressed)}` +
        `${small?.offline ? `; ${offlineGrowth(big.offline, small.offline).toFixed(1)}× the 250-lesson copy` : ''}; the build fails if a file would be left out`
      : 'skipped (--quick)',
    'none',
    'grows with lessons only, never silently incomplete',
    big?.offline && small?.offline ? met(offlineGrowth(big.offline, small.offline) <= 4.4) : met(undefined),
  ],
  [
    'pre-test / post-test page up front',
    `${kb(upFront('tes/pre-test') ?? 0)} / ${kb(upFront('tes/post-test') ?? 0)}`,
    '–',
    'at most 30 KB',
    met(Math.max(upFront('tes/pre-test') ?? Infinity, upFront('tes/post-test') ?? Infinity) <= 30 * KB),
  ],
  [
    '/sertifikat/, /verifikasi/, /pelatih/tanda-tangan/ up front',
    ['sertifikat', 'verifikasi', 'pelatih/tanda-tangan'].map((t) => kb(upFront(t) ?? 0)).join(' / '),
    '–',
    'at most 25 KB each',
    met(['sertifikat', 'verifikasi', 'pelatih/tanda-tangan'].every((t) => (upFront(t) ?? Infinity) <= 25 * KB)),
  ],
  [
    'lesson up front',
    lessonWeight
      ? `${kb(lessonWeight.median)} median, ${kb(lessonWeight.weight.total)} heaviest; ${browser?.requests.get(lessonWeight.page.url) ?? '?'} requests before any click`
      : '–',
    '25.3 KB, 9-10 requests',
    'at most 15 KB and 12 requests',
    lessonWeight && browser ? met(lessonWeight.median <= 15 * KB && (browser.requests.get(lessonWeight.page.url) ?? Infinity) <= 12) : met(undefined),
  ],
  [
    'first search on Slow 4G, typing to first result',
    browser ? `${searchText(browser.search)} (${kb(browser.search.bytes)} in ${browser.search.files} files)` : 'not measured (no Chromium)',
    browser?.starlightSearch ? searchText(browser.starlightSearch) : '4.0 s',
    'faster than Starlight',
    met(browser ? browser.search.slow4gMs < (browser.starlightSearch?.slow4gMs ?? 4000) : undefined),
  ],
];

const date = new Date().toISOString().slice(0, 10);
const allRuns = [courseBuilds, ...generated.values()].flatMap((b) => [...b.netral.runs, ...(b.starlight?.runs ?? []), ...(b.starlightMdx?.runs ?? [])]);
const loads = allRuns.map((r) => r.load);
const report = [
  `Measured ${date} on Node ${process.versions.node}, ${runs === 1 ? 'one build' : `median of ${runs} builds`} each; ` +
    `1-minute load average ${Math.min(...loads).toFixed(1)}-${Math.max(...loads).toFixed(1)} at the builds' start on ${availableParallelism()} cores. ` +
    'Wall time is what a developer waits; CPU time (user + system of the build and every process it starts) varies less with load.',
  '',
  starlightVersions
    ? `### Against the goals of issue #17 (Starlight ${starlightVersions.starlight} with astro ${starlightVersions.astro} measured in the same run: \`npm run bench -- --starlight\`)`
    : '### Against the goals of issue #17 (Starlight figures from the issue, measured there on the same machine)',
  '',
  table(['measure', 'Netral now', 'Starlight', 'goal', ''], issueRows),
  '',
  `### Page weight per page type (the heaviest page of each type, ${compression}, each file compressed alone)`,
  '',
  '"JS" is script loaded up front, inline scripts included; "later" is JavaScript the page loads after it has',
  'loaded without a click (the elements src/elements/islands.ts starts when the browser is idle or they come into',
  'view), with the stylesheet of what those elements show once they run; "on use" is what those scripts import()',
  'when the learner uses something (search, submitting a test;',
  'Pagefind excluded); "requests" is everything the page fetches until the network is quiet after the browser has',
  'been idle, before any click, with service workers blocked.',
  '',
  table(['page type', 'pages', 'HTML', 'CSS', 'JS', 'total', 'later', 'on use', 'requests', 'heaviest page'], rows),
  '',
  '### Build and offline copy',
  '',
  table(
    ['measure', 'value'],
    [
      ['build time, this course', `${buildText(courseBuild)} (${byType.get(lessonType)?.length ?? 0} lessons, ${pages.length} pages; runs: ${runsText(courseBuild)})`],
      ...(courseBuilds.starlight ? [['build time, Starlight, same lessons', `${buildText(courseBuilds.starlight)} (runs: ${runsText(courseBuilds.starlight)})`]] : []),
      ...(courseBuilds.starlightMdx ? [['build time, Starlight, same lessons as MDX', `${buildText(courseBuilds.starlightMdx)} (runs: ${runsText(courseBuilds.starlightMdx)})`]] : []),
      ...[...generated].flatMap(([lessons, g]) => [
        [`build time, generated ${lessons} lessons`, `${buildText(g.netral)} (${g.lessons} lessons, ${g.pages} pages; runs: ${runsText(g.netral)})`],
        ...(g.starlight ? [[`build time, Starlight, ${lessons} lessons`, `${buildText(g.starlight)} (runs: ${runsText(g.starlight)})`]] : []),
        ...(g.starlightMdx ? [[`build time, Starlight, ${lessons} lessons as MDX`, `${buildText(g.starlightMdx)} (runs: ${runsText(g.starlightMdx)})`]] : []),
      ]),
      ['offline copy: learner core, precached on the first visit', copyText(offline)],
      [
        'offline copy: trainer material, per module on request',
        offline ? `${offline.trainer.files} files, ${mb(offline.trainer.compressed)} gzip in ${offline.trainer.groups} groups` : '–',
      ],
      ...[...generated].map(([lessons, g]) => [
        `offline copy at ${lessons} lessons`,
        g.offline ? `learner core ${copyText(g.offline)}; trainer material ${g.offline.trainer.files} files, ${mb(g.offline.trainer.compressed)} gzip` : 'no service worker',
      ]),
      ['first search ("netralitas" from the home page)', browser ? `${kb(browser.search.bytes)} in ${browser.search.files} files` : 'not measured'],
    ],
  ),
].join('\n');
console.log(`\n${report}`);

if (write) {
  const doc = join(root, 'docs/dev/performance.md');
  const text = readFileSync(doc, 'utf8');
  const start = '<!-- bench:start (npm run bench -- --write) -->';
  const end = '<!-- bench:end -->';
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${doc} has no ${start} … ${end} markers`);
  writeFileSync(doc, `${text.slice(0, from + start.length)}\n${report}\n${text.slice(to)}`);
  console.log(`\nWrote the report into ${doc}.`);
}

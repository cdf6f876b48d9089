// `npm run bench`: what the site costs, measured on a fresh build. Prints, per page type, the compressed
// bytes of HTML, CSS and JS a page needs; the bytes of a first search; the precache (or whole build)
// size; and how long the course and a generated 1,000-lesson course take to build. Sizes are gzip -6 of
// each file (as deploy/nginx.conf sends them); the budget test asserts the lesson budget, times are only
// printed. `--quick` skips the 1,000-lesson build.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findChromium } from './find-chromium.mjs';
import { fileFor, listPages, walk } from './lib/dist-pages.mjs';
import { compressedSize, compression, pageWeight } from './lib/page-weight.mjs';
import { generateCourse } from './generate-course.mjs';

const root = resolve(import.meta.dirname, '..');
const distDir = join(root, 'dist');
const quick = process.argv.includes('--quick');
const generatedLessons = 1000;

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const table = (header, rows) => {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
};

/** Runs `astro build` in `cwd` and returns how long it took. */
function timedBuild(cwd) {
  const start = performance.now();
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd, encoding: 'utf8' });
  const elapsed = performance.now() - start;
  if (result.status !== 0) throw new Error(`astro build failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
  return elapsed;
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

/** Bytes fetched by the first search on the home page (Pagefind's script, worker, WebAssembly and index). */
async function firstSearch(base) {
  const executablePath = await findChromium();
  if (!executablePath) return undefined;
  const { chromium } = await import('@playwright/test');
  const { preview } = await import('astro');
  const port = await freePort();
  const server = await preview({ root, logLevel: 'error', server: { port, host: '127.0.0.1' } });
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const origin = `http://127.0.0.1:${port}`;
    await page.goto(`${origin}${base}`);
    const fetched = new Set();
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === origin && url.pathname.startsWith(`${base}pagefind/`)) fetched.add(url.pathname);
    });
    await page.getByRole('button', { name: 'Cari' }).click();
    await page.getByRole('dialog').getByRole('searchbox').fill('netralitas');
    await page.getByRole('dialog').getByRole('listitem').first().waitFor();
    await page.waitForLoadState('networkidle');
    let bytes = 0;
    for (const path of fetched) {
      const file = fileFor(distDir, `/${path.slice(base.length)}`);
      if (file) bytes += compressedSize(readFileSync(file));
      if (process.env['BENCH_VERBOSE'] && file) console.log(`  ${path} ${compressedSize(readFileSync(file))}`);
    }
    return { files: fetched.size, bytes };
  } finally {
    await browser.close();
    await server.stop();
  }
}

/** The service worker's precache list (Workbox manifest entries in sw.js), or undefined without one. */
function precache() {
  const sw = join(distDir, 'sw.js');
  let code;
  try {
    code = readFileSync(sw, 'utf8');
  } catch {
    return undefined;
  }
  const urls = new Set([...code.matchAll(/["']?url["']?\s*:\s*["']([^"']+)["']/g)].map((m) => m[1]));
  let raw = 0;
  let compressed = 0;
  for (const url of urls) {
    const file = fileFor(distDir, `/${url.replace(/^\//, '')}`);
    if (!file) continue;
    const bytes = readFileSync(file);
    raw += bytes.length;
    compressed += compressedSize(bytes);
  }
  return { files: urls.size, raw, compressed };
}

// ── 1. Build the course ────────────────────────────────────────────────────────────────────────────────
console.log('Building the course…');
const courseBuild = timedBuild(root);
// The base path the build was made for, as Base.astro writes it on <html data-base>.
const base = /<html[^>]*\sdata-base="([^"]+)"/.exec(readFileSync(join(distDir, 'index.html'), 'utf8'))?.[1] ?? '/';

// ── 2. Page weight per page type (the heaviest page of each type) ─────────────────────────────────────
const pages = listPages(distDir, join(root, 'src/pages'));
const byType = Map.groupBy(pages, (page) => page.type);
const rows = [];
for (const [type, group] of [...byType].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const weights = group.map((page) => ({ page, weight: pageWeight(distDir, page.file, base) }));
  const worst = weights.sort((a, b) => b.weight.total - a.weight.total)[0];
  const w = worst.weight;
  rows.push([type, group.length, kb(w.html), kb(w.css), kb(w.js), kb(w.js + w.inlineJs), kb(w.total), kb(w.deferredJs), worst.page.url]);
}

// ── 3. First search, precache ─────────────────────────────────────────────────────────────────────────
console.log('Measuring a first search…');
const search = await firstSearch(base);
const cached = precache();
const all = walk(distDir);
const distRaw = all.reduce((sum, file) => sum + statSync(file).size, 0);
const distCompressed = all.reduce((sum, file) => sum + compressedSize(readFileSync(file)), 0);

// ── 4. A generated course of 1,000 lessons ────────────────────────────────────────────────────────────
let bigBuild;
if (!quick) {
  console.log(`Building a generated course of ${generatedLessons} lessons in a temporary copy…`);
  const copy = mkdtempSync(join(tmpdir(), 'netral-bench-'));
  try {
    const made = generateCourse(join(copy, 'site'), generatedLessons);
    bigBuild = { ms: timedBuild(join(copy, 'site')), lessons: made.real + made.generated };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

// ── Report ────────────────────────────────────────────────────────────────────────────────────────────
console.log(`\nPage weight per page type: the heaviest page of each type, ${compression}, each file compressed alone.`);
console.log('"JS" counts script files loaded up front; "JS all" adds inline scripts (already inside the HTML figure);');
console.log('"later" is JS the page may load after it has loaded (import(), Pagefind excluded; an upper bound).\n');
console.log(table(['page type', 'pages', 'HTML', 'CSS', 'JS', 'JS all', 'total', 'later', 'heaviest page'], rows));
console.log('');
console.log(
  table(
    ['measure', 'value'],
    [
      ['first search ("netralitas", from the home page)', search ? `${kb(search.bytes)} in ${search.files} files` : 'not measured (no Chromium)'],
      cached
        ? ['precache (dist/sw.js)', `${cached.files} files, ${kb(cached.raw)} (${kb(cached.compressed)} compressed)`]
        : ['whole build (no dist/sw.js)', `${all.length} files, ${kb(distRaw)} (${kb(distCompressed)} compressed)`],
      ['build time, this course', `${seconds(courseBuild)} (${byType.get('materi/[module]/[lesson]')?.length ?? 0} lessons, ${pages.length} pages)`],
      ['build time, generated course', bigBuild ? `${seconds(bigBuild.ms)} (${bigBuild.lessons} lessons)` : 'skipped (--quick)'],
    ],
  ),
);
console.log(`\nMeasured ${new Date().toISOString().slice(0, 10)} on Node ${process.versions.node}; times depend on the machine and are never asserted.`);

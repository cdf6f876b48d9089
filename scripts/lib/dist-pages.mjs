// @ts-check
// The built site as the tests and `npm run bench` see it: every HTML page in dist/, its URL and its page
// type (the src/pages route that produced it), and a small set of representative pages to visit in a
// browser. Everything is discovered from the build, so pages added later are covered without a list to
// keep up to date. Node only.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * One HTML page of the build.
 * @typedef {object} DistPage
 * @property {string} file absolute path of the HTML file
 * @property {string} url path the page is served at, without the base path: "/materi/x/y/", "/404.html"
 * @property {string} type the route that produced it, e.g. "materi/[module]/[lesson]", or "(other)"
 * @property {number} bytes size of the HTML file
 * @property {string[]} elements custom elements used on the page ("netral-quiz", ...), sorted
 */

/**
 * A page route from src/pages.
 * @typedef {object} PageRoute
 * @property {string} type the route file without extension, e.g. "materi/[module]/index"
 * @property {RegExp} pattern matches the URLs it produces
 * @property {number} dynamic how many dynamic segments it has (rest parameters count double)
 */

const pageExtensions = /\.(astro|md|mdx|html)$/;

/**
 * Every file under `dir`, as absolute paths, sorted.
 * @param {string} dir
 * @returns {string[]}
 */
export function walk(dir) {
  /** @type {string[]} */
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...walk(path));
    else if (entry.isFile()) files.push(path);
  }
  return files.sort();
}

/**
 * The page routes in `pagesDir` (src/pages), most specific first. Endpoints (.ts/.js) are not pages.
 * @param {string} pagesDir
 * @returns {PageRoute[]}
 */
export function pageRoutes(pagesDir) {
  /** @type {PageRoute[]} */
  const routes = [];
  for (const file of walk(pagesDir)) {
    const rel = relative(pagesDir, file).split(sep).join('/');
    if (!pageExtensions.test(rel) || rel.split('/').some((part) => part.startsWith('_'))) continue;
    const type = rel.replace(pageExtensions, '');
    const segments = type.split('/');
    let dynamic = 0;
    const parts = segments.map((segment) => {
      if (/^\[\.\.\.[^\]]+\]$/.test(segment)) {
        dynamic += 2;
        return '(?:.*/)?';
      }
      let regex = '';
      for (const piece of segment.split(/(\[[^\]]+\])/)) {
        if (piece.startsWith('[')) {
          dynamic += 1;
          regex += '[^/]+?';
        } else regex += piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      }
      return `${regex}/`;
    });
    const last = segments.at(-1);
    let source;
    if (last === 'index') source = `^/${parts.slice(0, -1).join('')}$`;
    else if (segments.length === 1 && /^(404|500)$/.test(type)) source = `^/${type}(?:\\.html|/)$`;
    else source = `^/${parts.join('')}$`;
    routes.push({ type, pattern: new RegExp(source), dynamic });
  }
  return routes.sort((a, b) => a.dynamic - b.dynamic || b.type.length - a.type.length);
}

/**
 * The URL a file in dist/ is served at: "materi/x/index.html" → "/materi/x/", "404.html" → "/404.html".
 * @param {string} distDir
 * @param {string} file
 * @returns {string}
 */
export function urlOf(distDir, file) {
  const rel = relative(distDir, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/**
 * The dist/ file a URL path (without base and query) is served from, or undefined when none is.
 * @param {string} distDir
 * @param {string} urlPath
 * @returns {string | undefined}
 */
export function fileFor(distDir, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (path.includes('\0') || path.split('/').includes('..')) return undefined;
  const candidate = join(distDir, path.endsWith('/') ? `${path}index.html` : path);
  try {
    return statSync(candidate).isFile() ? candidate : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Every HTML page in `distDir` with its URL and page type, sorted by URL.
 * @param {string} distDir
 * @param {string} pagesDir
 * @returns {DistPage[]}
 */
export function listPages(distDir, pagesDir) {
  const routes = pageRoutes(pagesDir);
  return walk(distDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const url = urlOf(distDir, file);
      const html = readFileSync(file, 'utf8');
      const elements = [...new Set([...html.matchAll(/<([a-z][a-z0-9]*-[a-z0-9-]*)[\s>]/g)].map((m) => m[1] ?? ''))].sort();
      const type = routes.find((route) => route.pattern.test(url))?.type ?? '(other)';
      return { file, url, type, bytes: Buffer.byteLength(html), elements };
    })
    .sort((a, b) => (a.url < b.url ? -1 : 1));
}

/**
 * Pages that together stand for the whole site: for each page type the page with the most custom
 * elements (the largest on a tie), then more pages until every custom element used anywhere is on one.
 * @param {DistPage[]} pages
 */
export function representativePages(pages) {
  const richest = (/** @type {DistPage} */ a, /** @type {DistPage} */ b) => b.elements.length - a.elements.length || b.bytes - a.bytes;
  /** @type {Map<string, DistPage>} */
  const chosen = new Map();
  for (const page of [...pages].sort(richest)) if (!chosen.has(page.type)) chosen.set(page.type, page);
  const picked = [...chosen.values()];
  const covered = new Set(picked.flatMap((p) => p.elements));
  for (;;) {
    const missing = (/** @type {DistPage} */ p) => p.elements.filter((e) => !covered.has(e)).length;
    const best = [...pages].sort((a, b) => missing(b) - missing(a) || richest(a, b))[0];
    if (!best || missing(best) === 0) break;
    picked.push(best);
    for (const e of best.elements) covered.add(e);
  }
  return picked.sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
}

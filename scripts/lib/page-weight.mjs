// @ts-check
// What a page of the build costs to load: its HTML plus every stylesheet and script it loads up front
// (module scripts with their static imports, transitively). Code the page's scripts load later with
// import() (the custom elements src/elements/islands.ts starts when the browser is idle or an element
// comes into view) is reported apart as `deferredJs`, and the stylesheet of what those elements show once
// they run (named by <meta name="netral-idle-styles">, added by src/elements/idle.ts with their code) as
// `laterCss` (with any stylesheet an element names in data-styles and adds when the browser is idle);
// Pagefind, loaded only when the learner searches, is in neither. Sizes are gzip at level 6, the level deploy/nginx.conf uses, each file compressed on its own
// as a server sends it. Node only; used by the budget test and the bench.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileFor, urlOf } from './dist-pages.mjs';

/** The compression the sizes are measured with, for reports. */
export const compression = 'gzip -6';

/**
 * Compressed bytes of a page and what it loads up front.
 * @typedef {object} PageWeight
 * @property {number} html
 * @property {number} css
 * @property {number} js external scripts and their static imports
 * @property {number} inlineJs inline scripts, compressed together (already part of `html`)
 * @property {number} total html + css + js
 * @property {string[]} files the CSS and JS files counted, as dist/-relative URLs
 * @property {number} deferredJs scripts reachable only through import(), Pagefind excluded: everything
 *   the page may load later, as islands.ts names the chunks of elements a page may not have
 * @property {number} laterJs of that, what loads after the page without a click (see pageAssets)
 * @property {number} laterCss the stylesheet the idle elements load with their code, after the page without a click
 * @property {number} onUseJs of that, what the loaded chunks import() when the learner uses something
 */

/** Gzip size (level 6) of some bytes; files that are already gzip (Pagefind's index) count as they are. */
export function compressedSize(/** @type {Buffer} */ bytes) {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return bytes.length;
  return gzipSync(bytes, { level: 6 }).length;
}

const attrs = String.raw`((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>\x60]+))?)*)\s*\/?>`;
const linkPattern = new RegExp(String.raw`<link\b` + attrs, 'gi');
const metaPattern = new RegExp(String.raw`<meta\b` + attrs, 'gi');
const scriptPattern = new RegExp(String.raw`<script\b` + attrs + String.raw`([\s\S]*?)<\/script\s*>`, 'gi');
const attributePattern = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/**
 * Attributes of a tag's attribute string, lower-cased names.
 * @param {string} source
 */
function attributes(source) {
  /** @type {Record<string, string>} */
  const found = {};
  for (const m of source.matchAll(attributePattern)) found[(m[1] ?? '').toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  return found;
}

/**
 * Static `import`/`export … from` specifiers in a module's code (not dynamic `import()`).
 * @param {string} code
 * @returns {string[]}
 */
export function staticImports(code) {
  const found = [];
  for (const m of code.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+)["']/g)) found.push(m[1] ?? '');
  return found;
}

/**
 * Dynamic `import("…")` specifiers in a module's code (quotes or backticks without substitutions).
 * @param {string} code
 * @returns {string[]}
 */
export function dynamicImports(code) {
  const found = [];
  for (const m of code.matchAll(/\bimport\(\s*(["'`])([^"'`$]+)\1\s*\)/g)) found.push(m[2] ?? '');
  return found;
}

/**
 * A script's imports, as a cache of them keeps them between calls.
 * @typedef {{ imports: string[], dynamic: string[] }} ModuleImports
 */

/**
 * The stylesheets and scripts an HTML page loads up front, as dist/ files; the scripts it may load later
 * through import() (`deferred`), and of those what loads without a click (`later`) and what only when the
 * learner uses something (`onUse`). The idle elements' stylesheet (<meta name="netral-idle-styles">) is in
 * `deferred` and `later`: src/elements/idle.ts adds it with the idle elements' code; so is a stylesheet an
 * element names in data-styles (a test's run and result views), which the element adds when the browser is idle. `options.html` is the
 * page's text when the caller has read it already; `options.modules` (a Map kept across calls) saves reading
 * and searching each script once per page, and `options.files` (a Map kept across calls) looking up in dist/
 * each address a page or script refers to.
 * @param {string} distDir
 * @param {string} htmlFile
 * @param {string} base the site's base path, "/" or "/netral/"
 * @param {{ html?: string, modules?: Map<string, ModuleImports>, files?: Map<string, string | undefined> }} [options]
 */
export function pageAssets(distDir, htmlFile, base = '/', options = {}) {
  const html = options.html ?? readFileSync(htmlFile, 'utf8');
  const modules = options.modules ?? new Map();
  const files = options.files ?? new Map();
  // The dist/ file of an address below the base path (undefined when there is none), looked up once.
  const fileAt = (/** @type {string} */ pathname) => {
    if (files.has(pathname)) return files.get(pathname);
    const file = fileFor(distDir, `/${pathname.slice(base.length)}`);
    files.set(pathname, file);
    return file;
  };
  /** @returns {ModuleImports} */
  const moduleImports = (/** @type {string} */ file) => {
    let found = modules.get(file);
    if (!found) {
      const code = readFileSync(file, 'utf8');
      found = { imports: staticImports(code), dynamic: dynamicImports(code) };
      modules.set(file, found);
    }
    return found;
  };
  const pageUrl = new URL(`${base.replace(/\/$/, '')}${urlOf(distDir, htmlFile)}`, 'http://site.invalid');
  /** @type {Set<string>} */
  const css = new Set();
  /** @type {Set<string>} */
  const js = new Set();
  /** @type {string[]} */
  const inline = [];

  const resolve = (/** @type {string} */ ref, /** @type {URL} */ from) => {
    const url = new URL(ref, from);
    if (url.origin !== from.origin) throw new Error(`${urlOf(distDir, htmlFile)} loads ${ref} from another origin`);
    if (!url.pathname.startsWith(base)) throw new Error(`${urlOf(distDir, htmlFile)} loads ${ref} outside the base path`);
    const file = fileAt(url.pathname);
    if (!file) throw new Error(`${urlOf(distDir, htmlFile)} loads ${ref}, which is not in the build`);
    return { file, url };
  };
  /** @type {{ ref: string, url: URL }[]} import() specifiers and the module they are in */
  const lazy = [];
  const addScript = (/** @type {string} */ file, /** @type {URL} */ url) => {
    if (js.has(file)) return;
    js.add(file);
    const { imports, dynamic } = moduleImports(file);
    for (const ref of imports) {
      const next = resolve(ref, url);
      addScript(next.file, next.url);
    }
    for (const ref of dynamic) lazy.push({ ref, url });
  };

  for (const m of html.matchAll(linkPattern)) {
    const attrs = attributes(m[1] ?? '');
    const rel = (attrs['rel'] ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('stylesheet') && attrs['href']) css.add(resolve(attrs['href'], pageUrl).file);
    if (rel.includes('modulepreload') && attrs['href']) {
      const { file, url } = resolve(attrs['href'], pageUrl);
      addScript(file, url);
    }
  }
  /** @type {string[]} the idle elements' stylesheet and those elements name in data-styles */
  const idleStyles = [];
  for (const m of html.matchAll(metaPattern)) {
    const attrs = attributes(m[1] ?? '');
    if (attrs['name'] === 'netral-idle-styles' && attrs['content']) idleStyles.push(resolve(attrs['content'], pageUrl).file);
  }
  for (const m of html.matchAll(/\sdata-styles\s*=\s*"([^"]+)"/g)) idleStyles.push(resolve(m[1] ?? '', pageUrl).file);
  for (const m of html.matchAll(scriptPattern)) {
    const attrs = attributes(m[1] ?? '');
    const type = (attrs['type'] ?? '').toLowerCase();
    if (type && type !== 'module' && !type.includes('javascript')) continue; // data blocks (JSON)
    if (attrs['src']) {
      const { file, url } = resolve(attrs['src'], pageUrl);
      addScript(file, url);
      continue;
    }
    // An inline script: its own bytes are part of the HTML; what it imports is fetched.
    const code = m[2] ?? '';
    inline.push(code);
    for (const ref of staticImports(code)) {
      const next = resolve(ref, pageUrl);
      addScript(next.file, next.url);
    }
    for (const ref of dynamicImports(code)) lazy.push({ ref, url: pageUrl });
  }
  // What import() reaches, with its own imports, beyond what is loaded up front (everything the page may
  // ever load: the offline copy precaches it).
  /** @type {Set<string>} */
  const deferred = new Set();
  const addDeferred = (/** @type {string} */ file, /** @type {URL} */ url) => {
    if (js.has(file) || deferred.has(file)) return;
    deferred.add(file);
    const { imports, dynamic } = moduleImports(file);
    for (const ref of [...imports, ...dynamic]) {
      const next = resolve(ref, url);
      if (!next.url.pathname.startsWith(`${base}pagefind/`)) addDeferred(next.file, next.url);
    }
  };
  for (const { ref, url } of lazy) {
    const next = resolve(ref, url);
    if (!next.url.pathname.startsWith(`${base}pagefind/`)) addDeferred(next.file, next.url);
  }
  // Of that, what loads without a click: the element chunks src/elements/islands.ts starts when the browser
  // is idle or an element comes into view (idle-elements.<hash>.js, and netral-<tag>.<hash>.js only on a
  // page that has <netral-tag>), with their static imports. Any other import() runs when the learner uses
  // something (opens search, submits a test): "on use".
  /** @type {Set<string>} */
  const later = new Set();
  /** @type {Set<string>} */
  const onUse = new Set();
  /** @type {{ ref: string, url: URL }[]} */
  const used = [];
  const addLater = (/** @type {string} */ file, /** @type {URL} */ url) => {
    if (js.has(file) || later.has(file)) return;
    later.add(file);
    const { imports, dynamic } = moduleImports(file);
    for (const ref of imports) {
      const next = resolve(ref, url);
      addLater(next.file, next.url);
    }
    for (const ref of dynamic) used.push({ ref, url });
  };
  for (const { ref, url } of lazy) {
    const next = resolve(ref, url);
    if (next.url.pathname.startsWith(`${base}pagefind/`)) continue;
    const chunk = /\/(idle-elements|netral-[a-z]+(?:-[a-z]+)*)\.[\w-]+\.js$/.exec(next.url.pathname)?.[1];
    if (!chunk) used.push({ ref, url });
    else if (chunk === 'idle-elements' || html.includes(`<${chunk}`)) addLater(next.file, next.url);
  }
  // The idle elements' stylesheet loads with their chunk, when the browser is idle; an element's data-styles
  // when the browser is idle too (src/elements/idle.ts), or on first use if that is sooner.
  for (const file of idleStyles) {
    deferred.add(file);
    later.add(file);
  }
  const addOnUse = (/** @type {string} */ file, /** @type {URL} */ url) => {
    if (js.has(file) || later.has(file) || onUse.has(file)) return;
    onUse.add(file);
    const { imports, dynamic } = moduleImports(file);
    for (const ref of [...imports, ...dynamic]) {
      const next = resolve(ref, url);
      if (!next.url.pathname.startsWith(`${base}pagefind/`)) addOnUse(next.file, next.url);
    }
  };
  for (const { ref, url } of used) {
    const next = resolve(ref, url);
    if (!next.url.pathname.startsWith(`${base}pagefind/`)) addOnUse(next.file, next.url);
  }
  return { css: [...css], js: [...js], inline, deferred: [...deferred], later: [...later], onUse: [...onUse] };
}

/**
 * Compressed bytes of a page's HTML, CSS and JS.
 * @param {string} distDir
 * @param {string} htmlFile
 * @param {string} [base]
 * @returns {PageWeight}
 */
export function pageWeight(distDir, htmlFile, base = '/') {
  const { css, js, inline, deferred, later, onUse } = pageAssets(distDir, htmlFile, base);
  const size = (/** @type {string[]} */ files) => files.reduce((sum, file) => sum + compressedSize(readFileSync(file)), 0);
  const isCss = (/** @type {string} */ file) => file.endsWith('.css');
  const html = compressedSize(readFileSync(htmlFile));
  const weight = { html, css: size(css), js: size(js) };
  return {
    ...weight,
    inlineJs: inline.length ? compressedSize(Buffer.from(inline.join('\n'))) : 0,
    total: weight.html + weight.css + weight.js,
    files: [...css, ...js].map((file) => urlOf(distDir, file)),
    deferredJs: size(deferred.filter((file) => !isCss(file))),
    laterJs: size(later.filter((file) => !isCss(file))),
    laterCss: size(later.filter(isCss)),
    onUseJs: size(onUse),
  };
}

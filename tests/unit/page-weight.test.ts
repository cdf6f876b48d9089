// The page-weight measure the lesson budget relies on (scripts/lib/page-weight.mjs), on a small build of
// its own: what counts up front, what counts as deferred, and what is left out.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { dynamicImports, pageAssets, pageWeight, staticImports } from '../../scripts/lib/page-weight.mjs';

const dist = mkdtempSync(join(tmpdir(), 'netral-weight-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const files: Record<string, string> = {
  'page/index.html': [
    '<!doctype html><html><head>',
    '<link rel="stylesheet" href="/_astro/site.css"><link rel="stylesheet" href="/_astro/print.css" media="print">',
    '<link rel="icon" href="/favicon.svg"><meta name="netral-idle-styles" content="/_astro/idle-elements.Id1.css">',
    '<script>document.documentElement.dataset.theme = "light";</script>',
    '<script type="application/json">{"not":"code"}</script>',
    '</head><body><p>Isi pelajaran.</p><netral-quiz></netral-quiz><netral-exam data-styles="/_astro/netral-exam.Ex1.css"></netral-exam>',
    '<script type="module" src="/_astro/page.js"></script>',
    '</body></html>',
  ].join(''),
  '_astro/site.css': 'body{margin:0}',
  '_astro/print.css': 'nav{display:none}',
  '_astro/idle-elements.Id1.css': '.search-dialog{margin:0;padding:1rem}',
  '_astro/netral-exam.Ex1.css': '.exam__bar{display:grid}',
  '_astro/page.js':
    'import"./shared.js";const load=()=>import(`./idle-elements.Id1.js`),deck=()=>import(`./netral-deck.D3ck-x_1.js`),q=()=>import(`./netral-quiz.Qz1.js`),h=()=>import("./hash.js");',
  '_astro/hash.js': 'export const hash=6;',
  '_astro/netral-deck.D3ck-x_1.js': 'export const deck=4;',
  '_astro/netral-quiz.Qz1.js': 'export const quiz=5;',
  '_astro/shared.js': 'export const shared=1;',
  '_astro/idle-elements.Id1.js': 'import"./engine.js";import("./later.js");const search=(u)=>import(u);',
  '_astro/engine.js': 'import"./shared.js";export const engine=2;',
  '_astro/later.js': 'export const later=3;',
  'favicon.svg': '<svg/>',
};
for (const [path, text] of Object.entries(files)) {
  mkdirSync(join(dist, path, '..'), { recursive: true });
  writeFileSync(join(dist, path), text);
}
const page = join(dist, 'page/index.html');
const rel = (list: string[]) => list.map((file) => file.slice(dist.length)).sort();

describe('page weight', () => {
  test('counts stylesheets (print too) and module scripts with their static imports up front', () => {
    const assets = pageAssets(dist, page);
    expect(rel(assets.css)).toEqual(['/_astro/print.css', '/_astro/site.css']);
    expect(rel(assets.js)).toEqual(['/_astro/page.js', '/_astro/shared.js']);
    expect(assets.inline).toEqual(['document.documentElement.dataset.theme = "light";']);
  });

  test('reports what import() reaches as deferred, transitively, without counting a file twice', () => {
    expect(rel(pageAssets(dist, page).deferred)).toEqual([
      '/_astro/engine.js',
      '/_astro/hash.js',
      '/_astro/idle-elements.Id1.css',
      '/_astro/idle-elements.Id1.js',
      '/_astro/later.js',
      '/_astro/netral-deck.D3ck-x_1.js',
      '/_astro/netral-exam.Ex1.css',
      '/_astro/netral-quiz.Qz1.js',
    ]);
  });

  test('of the deferred scripts, loads without a click the idle elements and the chunk of each element the page has; any other import() is on use', () => {
    const assets = pageAssets(dist, page);
    expect(rel(assets.later)).toEqual(['/_astro/engine.js', '/_astro/idle-elements.Id1.css', '/_astro/idle-elements.Id1.js', '/_astro/netral-exam.Ex1.css', '/_astro/netral-quiz.Qz1.js']);
    expect(rel(assets.onUse)).toEqual(['/_astro/hash.js', '/_astro/later.js']);
  });

  test('counts the stylesheets added when the browser is idle (<meta name="netral-idle-styles">, data-styles) as later, not up front', () => {
    const assets = pageAssets(dist, page);
    expect(rel(assets.css)).toEqual(['/_astro/print.css', '/_astro/site.css']);
    expect(pageWeight(dist, page).laterCss).toBeGreaterThan(0);
  });

  test('totals HTML, CSS and up-front JS; deferred JS stays apart', () => {
    const weight = pageWeight(dist, page);
    expect(weight.total).toBe(weight.html + weight.css + weight.js);
    expect(weight.deferredJs).toBeGreaterThan(weight.laterJs + weight.onUseJs);
    expect(weight.laterJs).toBeGreaterThan(weight.onUseJs);
    expect(weight.onUseJs).toBeGreaterThan(0);
    expect(weight.files).toHaveLength(4);
  });

  test("gives the same answer from a page's text and a cache of scripts kept across pages", () => {
    const modules = new Map();
    const found = new Map<string, string | undefined>();
    const html = files['page/index.html'] ?? '';
    const cached = pageAssets(dist, page, '/', { html, modules, files: found });
    // Every script the page reaches was read once, into the cache, and every address looked up once.
    const scripts = [...cached.js, ...cached.deferred].filter((file) => file.endsWith('.js'));
    expect([...modules.keys()].sort()).toEqual([...new Set(scripts)].sort());
    expect([...new Set(found.values())].sort()).toEqual([...new Set([...cached.css, ...cached.js, ...cached.deferred])].sort());
    expect(pageAssets(dist, page, '/', { html, modules, files: found })).toEqual(cached);
    expect(cached).toEqual(pageAssets(dist, page));
  });

  test('finds import specifiers in quotes and backticks, never computed ones', () => {
    expect(staticImports('import"./a.js";export{b}from"./b.js";import(`./c.js`)')).toEqual(['./a.js', './b.js']);
    expect(dynamicImports('import(`./c.js`);import("./d.js");import(url);import(`./${name}.js`)')).toEqual(['./c.js', './d.js']);
  });

  test('refuses a page that loads a script from another origin', () => {
    writeFileSync(join(dist, 'other.html'), '<script type="module" src="https://cdn.example/x.js"></script>');
    expect(() => pageAssets(dist, join(dist, 'other.html'))).toThrow(/another origin/);
  });
});

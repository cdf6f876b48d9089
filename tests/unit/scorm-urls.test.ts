// Making the LMS build's addresses relative (src/lib/scorm/relative-urls.ts), so a package works from any
// path. The zips themselves are checked in tests/e2e/scorm.spec.ts.
import { describe, expect, test } from 'vitest';
import { relativePath, relativizeUrls } from '../../src/lib/scorm/relative-urls';

const base = '/__netral_package__/';
const pages = new Set(['', 'materi/netralitas-asn', 'materi/netralitas-asn/apa-itu', 'glosarium']);
const context = (fileDir: string) => ({ fileDir, base, hasIndex: (folder: string) => pages.has(folder) });

describe('relativePath()', () => {
  test('climbs out of the file\'s folder and into the target', () => {
    expect(relativePath('materi/netralitas-asn/apa-itu', '_astro/a.css')).toBe('../../../_astro/a.css');
    expect(relativePath('materi/netralitas-asn/apa-itu', 'materi/netralitas-asn/boleh/index.html')).toBe('../boleh/index.html');
    expect(relativePath('', 'index.html')).toBe('index.html');
    expect(relativePath('lms', '')).toBe('../');
    expect(relativePath('', '')).toBe('./');
  });
});

describe('relativizeUrls()', () => {
  test('page addresses in attributes and in JSON data attributes become relative files', () => {
    const html = `<a href="${base}">x</a><link href="${base}_astro/a.css"><a href="${base}glosarium/#asn">g</a>` +
      `<x-y data-config="{&quot;href&quot;:&quot;${base}materi/netralitas-asn/&quot;,&quot;bundle&quot;:&quot;${base}pagefind/pagefind.js&quot;}">`;
    expect(relativizeUrls(html, 'markup', context('materi/netralitas-asn/apa-itu'))).toBe(
      '<a href="../../../index.html">x</a><link href="../../../_astro/a.css"><a href="../../../glosarium/index.html#asn">g</a>' +
        '<x-y data-config="{&quot;href&quot;:&quot;../index.html&quot;,&quot;bundle&quot;:&quot;../../../pagefind/pagefind.js&quot;}">',
    );
  });

  test('a folder without an index.html keeps its slash (a prefix such as the Pagefind folder)', () => {
    expect(relativizeUrls(`<x data-b="${base}pagefind/">`, 'markup', context(''))).toBe('<x data-b="pagefind/">');
  });

  test('CSS addresses are relative to the stylesheet', () => {
    expect(relativizeUrls(`a{background:url(${base}icons/x.svg)}`, 'markup', context('_astro'))).toBe('a{background:url(../icons/x.svg)}');
  });

  test("a script's base literal becomes the package root worked out from the module's own address", () => {
    const js = 'const t=function(e){return`' + base + '`+e};';
    expect(relativizeUrls(js, 'script', context('_astro'))).toBe('const t=function(e){return(new URL(`../`,import.meta.url).href)+e};');
  });

  test('any other use of the base in a script is refused, not guessed', () => {
    expect(() => relativizeUrls(`fetch("${base}kuis/x.json")`, 'script', context('_astro'))).toThrow(/cannot be made relative/);
  });
});

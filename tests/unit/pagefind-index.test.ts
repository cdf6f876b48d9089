// Which built pages the search index is given (src/integrations/pagefind.ts): those that mark their
// content with Pagefind's data-pagefind-body attribute, found in the file's bytes.
import { describe, expect, test } from 'vitest';
import { hasBodyMarker, indexedPart, pageUrl } from '../../src/integrations/pagefind';

const page = (html: string) => Buffer.from(html, 'utf8');

describe('hasBodyMarker()', () => {
  test('finds the attribute alone, with a value, or last before the tag closes', () => {
    expect(hasBodyMarker(page('<main data-pagefind-body class="prose">Netralitas</main>'))).toBe(true);
    expect(hasBodyMarker(page('<main\ndata-pagefind-body="">Netralitas</main>'))).toBe(true);
    expect(hasBodyMarker(page('<main class="x" data-pagefind-body>Netralitas</main>'))).toBe(true);
  });

  test('ignores the name in parentheses, inside another attribute name, or in a longer attribute name', () => {
    expect(hasBodyMarker(page('<p>Atribut (data-pagefind-body) menandai konten.</p>'))).toBe(false);
    expect(hasBodyMarker(page('<div x-data-pagefind-body>deck</div>'))).toBe(false);
    expect(hasBodyMarker(page('<div data-pagefind-body-off>deck</div>'))).toBe(false);
    expect(hasBodyMarker(page('<div data-pagefind-ignore>deck</div>'))).toBe(false);
  });

  test('looks past an early false match to a real one later in the page', () => {
    expect(hasBodyMarker(page('<div x-data-pagefind-body></div>ñ<main data-pagefind-body>Isi</main>'))).toBe(true);
  });
});

describe('pageUrl()', () => {
  test('serves a folder index at the folder and other files as they are', () => {
    expect(pageUrl('materi/a/b/index.html')).toBe('/materi/a/b/');
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('404.html')).toBe('/404.html');
  });
});

describe('indexedPart()', () => {
  const head = '<!DOCTYPE html><html lang="id"><head><title>Pelajaran</title><meta name="description" content="d"></head>';

  test('keeps the head, the body tag and the marked element (nested ones of its name too), not the rest of the body', () => {
    const marked = '<article data-pagefind-body class="x"><h1>Judul</h1><article><p>kutipan</p></article><p>isi</p></article>';
    const html = `${head}<body class="b"><header><img src="/logo.svg" alt=""><nav><a href="/">Beranda</a></nav></header>${marked}<footer>kaki</footer></body></html>`;
    expect(indexedPart(html)).toBe(`${head}<body class="b">${marked}</body></html>`);
  });

  test('sends the whole page when Pagefind may read something outside the marked element', () => {
    for (const outside of ['<span data-pagefind-meta="penulis">A</span>', '<span data-pagefind-filter="modul">1</span>', '<div data-pagefind-sort="n:1"></div>', '<h1>Judul</h1>']) {
      const before = `${head}<body>${outside}<main data-pagefind-body><p>isi</p></main></body></html>`;
      const after = `${head}<body><main data-pagefind-body><p>isi</p></main>${outside}</body></html>`;
      expect(indexedPart(before)).toBe(before);
      expect(indexedPart(after)).toBe(after);
    }
  });

  test('sends the whole page when two elements are marked, the marked element does not close, or there is no body tag', () => {
    const two = `${head}<body><main data-pagefind-body>a</main><aside data-pagefind-body>b</aside></body></html>`;
    const unclosed = `${head}<body><main data-pagefind-body><p>a</p></body></html>`;
    const noBody = '<main data-pagefind-body>a</main>';
    for (const html of [two, unclosed, noBody]) expect(indexedPart(html)).toBe(html);
  });
});

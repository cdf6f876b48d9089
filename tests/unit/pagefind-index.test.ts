// Which built pages the search index is given (src/integrations/pagefind.ts): those that mark their
// content with Pagefind's data-pagefind-body attribute, found in the file's bytes.
import { describe, expect, test } from 'vitest';
import { hasBodyMarker, pageUrl } from '../../src/integrations/pagefind';

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

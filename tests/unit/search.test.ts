import { describe, expect, test } from 'vitest';
import { bestSection, entryHits, expandQuery, findRanges, highlightWords, mergeHits, nextPage, type PageData } from '../../src/lib/search';
import { parseSynonyms } from '../../src/schemas/synonyms';

const synonyms = [
  ['like', 'tanda suka', 'menyukai'],
  ['medsos', 'media sosial'],
];

describe('expandQuery()', () => {
  test('adds the lessons\' wording for a word the learner uses', () => {
    expect(expandQuery('like', synonyms)).toEqual(['like', 'tanda suka', 'menyukai']);
  });
  test('replaces a synonym inside a longer query and keeps the other words', () => {
    expect(expandQuery('Like di medsos', synonyms)).toEqual(['like di medsos', 'tanda suka di medsos', 'menyukai di medsos', 'like di media sosial']);
  });
  test('matches whole words only', () => {
    expect(expandQuery('likelihood', synonyms)).toEqual(['likelihood']);
  });
  test('a phrase in the query is replaced whole', () => {
    expect(expandQuery('tanda suka', synonyms)).toEqual(['tanda suka', 'like', 'menyukai']);
  });
  test('never runs more than the limit', () => {
    expect(expandQuery('like medsos', synonyms, 2)).toHaveLength(2);
  });
});

describe('mergeHits()', () => {
  test('keeps each page once with its best score, best first', () => {
    const merged = mergeHits([
      [
        { id: 'a', score: 1 },
        { id: 'b', score: 0.5 },
      ],
      [
        { id: 'b', score: 2 },
        { id: 'c', score: 0.1 },
      ],
    ]);
    expect(merged.map((h) => [h.id, h.score])).toEqual([
      ['b', 2],
      ['a', 1],
      ['c', 0.1],
    ]);
  });
});

// A glossary page as Pagefind indexes it: a letter heading, then one element per entry.
const glossary: PageData = {
  url: '/glosarium/',
  content: 'Glosarium. A APK (Alat Peraga Kampanye) Spanduk dan baliho calon. ASN tidak boleh memasangnya. G Gratifikasi Pemberian dalam arti luas termasuk hadiah. Inspektorat Menerima laporan gratifikasi.',
  locations: [15, 25],
  anchors: [
    { element: 'h2', id: 'huruf-A', text: 'A', location: 1 },
    { element: 'div', id: 'apk', location: 2 },
    { element: 'h2', id: 'huruf-G', text: 'G', location: 14 },
    { element: 'div', id: 'gratifikasi', location: 15 },
    { element: 'div', id: 'inspektorat', location: 22 },
  ],
};
const isEntry = (anchor: { element: string }) => anchor.element === 'div';

describe('entryHits()', () => {
  test('gives one hit per entry, linking to its anchor', () => {
    const hits = entryHits(glossary, isEntry);
    expect(hits.map((h) => h.url)).toEqual(['/glosarium/#gratifikasi', '/glosarium/#inspektorat']);
  });
  test('puts the entry whose term is hit before one that only mentions it', () => {
    const hits = entryHits({ ...glossary, anchors: [...glossary.anchors].reverse() }, isEntry);
    expect(hits[0]?.id).toBe('gratifikasi');
    expect(hits[0]?.titleHit).toBe(true);
    expect(hits[1]?.titleHit).toBe(false);
  });
  test('excerpts stay inside their entry and mark the hits', () => {
    const [first] = entryHits(glossary, isEntry, 8);
    const text = first?.excerpt.map((p) => p.text).join('');
    expect(text).toBe('Gratifikasi Pemberian dalam arti luas termasuk hadiah.');
    expect(first?.excerpt.filter((p) => p.mark).map((p) => p.text)).toEqual(['Gratifikasi']);
  });
  test('an entry whose term starts with the word comes before one that only spells it out', () => {
    const page: PageData = {
      url: '/glosarium/',
      content: 'UPG (Unit Pengendalian Gratifikasi) Unit di instansi. Gratifikasi Pemberian dalam arti luas.',
      locations: [3, 7],
      anchors: [
        { element: 'div', id: 'upg', location: 0 },
        { element: 'div', id: 'gratifikasi', location: 7 },
      ],
    };
    expect(entryHits(page, isEntry).map((h) => h.id)).toEqual(['gratifikasi', 'upg']);
  });
  test('an entry without hits is left out', () => {
    expect(entryHits(glossary, isEntry).some((h) => h.id === 'apk')).toBe(false);
  });
});

describe('bestSection()', () => {
  const page: PageData = { url: '/materi/a/b/', content: '', locations: [], anchors: [] };
  test('lands on the section with the most hits', () => {
    const anchor = { element: 'h2', id: 'dua', location: 9 };
    const result = bestSection({
      ...page,
      sub_results: [
        { url: '/materi/a/b/', title: 'B', locations: [1] },
        { url: '/materi/a/b/#dua', title: 'Dua', locations: [10, 12], anchor },
      ],
    });
    expect(result).toEqual({ url: '/materi/a/b/#dua', title: 'Dua' });
  });
  test('a sources list counts only when nothing else is hit', () => {
    const sources = { url: '/materi/a/b/#sumber', title: 'Sumber', locations: [30, 31], anchor: { element: 'h2', id: 'sumber', location: 29 } };
    const minor = new Set(['sumber']);
    expect(bestSection({ ...page, sub_results: [{ url: '/materi/a/b/', title: 'B', locations: [1] }, sources] }, minor)).toEqual({ url: '/materi/a/b/' });
    expect(bestSection({ ...page, sub_results: [sources] }, minor).url).toBe('/materi/a/b/#sumber');
  });
  test('lands on the page when the hits come before any heading', () => {
    expect(bestSection({ ...page, sub_results: [{ url: '/materi/a/b/', title: 'B', locations: [1, 2] }] })).toEqual({ url: '/materi/a/b/' });
  });
});

describe('highlightWords()', () => {
  test('uses the page\'s own forms that Pagefind marked, without punctuation', () => {
    expect(highlightWords(['Netralitas,', 'netralitas', 'ASN.'], 'kenetralan')).toEqual(['netralitas', 'asn']);
  });
  test('falls back to the query', () => {
    expect(highlightWords([], 'tanda  suka')).toEqual(['tanda', 'suka']);
  });
});

describe('findRanges()', () => {
  test('finds words at word starts, case-insensitive', () => {
    expect(findRanges('Gratifikasi, gratifikasinya; tanpagratifikasi', ['gratifikasi'])).toEqual([
      [0, 11],
      [13, 24],
    ]);
  });
  test('nothing to find gives no ranges', () => {
    expect(findRanges('teks', [])).toEqual([]);
  });
});

describe('nextPage()', () => {
  test('shows the next page and says how many remain', () => {
    expect(nextPage(0, 27, 12)).toEqual({ from: 0, to: 12, remaining: 15 });
    expect(nextPage(24, 27, 12)).toEqual({ from: 24, to: 27, remaining: 0 });
  });
});

describe('parseSynonyms()', () => {
  test('reads a list of groups', () => {
    expect(parseSynonyms('- [like, tanda suka]\n', 'f.yaml')).toEqual([['like', 'tanda suka']]);
  });
  test('refuses a group of one word, naming the file', () => {
    expect(() => parseSynonyms('- [like]\n', 'f.yaml')).toThrow(/f\.yaml.*\n.*0/);
  });
});

// The checks that keep citations honest and tests fair, on small hand-made inputs: each must fail on the
// fault it exists for. The same functions run over the real course in content.test.ts and in the build.
import { describe, expect, test } from 'vitest';
import {
  citationProblems,
  formatPartialDate,
  normalizeCitation,
  referenceText,
  repeatedArticle,
  type LibraryEntry,
} from '../../src/lib/citations';
import { findCurrentOldPenalties, overusedCases, questionProblems, repeatedArticleProblems, verdictBalanceProblem } from '../../src/lib/content-checks';

const library = new Map<string, LibraryEntry>(
  [
    { id: 'pp-94-2021', kind: 'regulation', status: 'berlaku', certainty: 'verified', caveats: [{ article: 'Pasal 5 huruf k', certainty: 'single-source' }] },
    { id: 'pp-53-2010', kind: 'regulation', status: 'dicabut', certainty: 'verified', caveats: [] },
    { id: 'putusan-mk-136-2024', kind: 'ruling', status: 'berlaku', certainty: 'verified', caveats: [] },
    { id: 'bkn-pose-foto-2023', kind: 'guidance', certainty: 'verified', caveats: [] },
    { id: 'bkn-sbt-rincian-2024', kind: 'guidance', certainty: 'single-source', caveats: [] },
    { id: 'kasn-data-pilkada-2020', kind: 'data', certainty: 'verified', caveats: [] },
  ].map((e) => [e.id, e as LibraryEntry]),
);
const graded = { rule: false, graded: true };
const verdict = { rule: true, graded: true };

describe('normalizeCitation()', () => {
  test('reads the kind from the key and the id from a string or a reference', () => {
    expect(normalizeCitation({ regulation: 'pp-94-2021', article: 'Pasal 8' })).toEqual({ kind: 'regulation', source: 'pp-94-2021', article: 'Pasal 8' });
    expect(normalizeCitation({ ruling: { id: 'putusan-mk-136-2024' } })).toMatchObject({ kind: 'ruling', source: 'putusan-mk-136-2024' });
    expect(normalizeCitation({ guidance: 'bkn-pose-foto-2023' })).toEqual({ kind: 'guidance', source: 'bkn-pose-foto-2023' });
    expect(normalizeCitation({ data: 'kasn-data-pilkada-2020' })).toEqual({ kind: 'data', source: 'kasn-data-pilkada-2020' });
  });
});

describe('citationProblems()', () => {
  test('accepts a regulation with its article, a ruling and a guidance', () => {
    expect(citationProblems({ kind: 'regulation', source: 'pp-94-2021', article: 'Pasal 8' }, library, verdict)).toEqual([]);
    expect(citationProblems({ kind: 'ruling', source: 'putusan-mk-136-2024' }, library, verdict)).toEqual([]);
    expect(citationProblems({ kind: 'guidance', source: 'bkn-pose-foto-2023' }, library, verdict)).toEqual([]);
  });

  test('fails on a source that is not in the library', () => {
    expect(citationProblems({ kind: 'guidance', source: 'bkn-entah' }, library, graded)).toEqual([
      'guidance "bkn-entah": sumber tidak ada di content/regulations/ atau content/sources/',
    ]);
  });

  test('names the content directory the build reads when a source is missing', () => {
    expect(citationProblems({ kind: 'guidance', source: 'bkn-entah' }, library, graded, 'tests/fixtures/course')).toEqual([
      'guidance "bkn-entah": sumber tidak ada di tests/fixtures/course/regulations/ atau tests/fixtures/course/sources/',
    ]);
  });

  test('fails when the named kind is not the kind of the source (guidance shown as a law)', () => {
    expect(citationProblems({ kind: 'regulation', source: 'bkn-pose-foto-2023' }, library, graded).join()).toMatch(/berjenis guidance/);
    expect(citationProblems({ kind: 'regulation', source: 'putusan-mk-136-2024' }, library, graded).join()).toMatch(/berjenis ruling/);
  });

  test('fails on a data release cited for a rule, and accepts it for a fact', () => {
    expect(citationProblems({ kind: 'data', source: 'kasn-data-pilkada-2020' }, library, verdict).join()).toMatch(/tidak dapat menjadi dasar aturan/);
    expect(citationProblems({ kind: 'data', source: 'kasn-data-pilkada-2020' }, library, graded)).toEqual([]);
  });

  test('fails on a graded question citing a single-source fact or a caveated article; a lesson may', () => {
    expect(citationProblems({ kind: 'guidance', source: 'bkn-sbt-rincian-2024' }, library, graded).join()).toMatch(/single-source/);
    expect(citationProblems({ kind: 'regulation', source: 'pp-94-2021', article: 'Pasal 5 huruf k' }, library, graded).join()).toMatch(/pasal bertanda single-source/);
    expect(citationProblems({ kind: 'guidance', source: 'bkn-sbt-rincian-2024' }, library, { rule: false, graded: false })).toEqual([]);
  });

  test('fails on a graded question citing a revoked regulation', () => {
    expect(citationProblems({ kind: 'regulation', source: 'pp-53-2010' }, library, graded).join()).toMatch(/sudah tidak berlaku/);
  });
});

describe('referenceText() and repeatedArticle()', () => {
  test('the author’s own words are the whole text; without them, label then article', () => {
    expect(referenceText('UU 20/2023', 'Pasal 10', 'Pasal 10 UU 20/2023')).toBe('Pasal 10 UU 20/2023');
    expect(referenceText('UU 20/2023', 'Pasal 10', undefined)).toBe('UU 20/2023 Pasal 10');
    expect(referenceText('UU 20/2023', undefined, '  ')).toBe('UU 20/2023');
  });

  test('finds an article named twice, and only then', () => {
    expect(repeatedArticle('Pasal 10 UU 20/2023 Pasal 10')).toBe('Pasal 10');
    expect(repeatedArticle('Pasal 52 ayat (3) huruf j dan ayat (4)')).toBeUndefined();
    expect(repeatedArticle('Pasal 5 dan Pasal 52')).toBeUndefined();
  });
});

describe('repeatedArticleProblems()', () => {
  test('fails on the bug the course shipped: "Pasal 10 UU 20/2023 Pasal 10"', () => {
    expect(repeatedArticleProblems('Fungsi ASN ada di Pasal 10 <Ref id="uu-20-2023" pasal="Pasal 10" />.')).toHaveLength(1);
    expect(repeatedArticleProblems('Lihat <Ref id="uu-20-2023" pasal="Pasal 10">Pasal 10 UU 20/2023 Pasal 10</Ref>.')).toHaveLength(1);
  });

  test('accepts an article written once, in the children or by the label', () => {
    expect(repeatedArticleProblems('Lihat <Ref id="uu-20-2023" pasal="Pasal 10">Pasal 10 UU 20/2023</Ref>.')).toEqual([]);
    expect(repeatedArticleProblems('Lihat <Ref id="uu-20-2023" pasal="Pasal 10" />.')).toEqual([]);
    expect(repeatedArticleProblems('Pasal 24 mengatur kewajiban; lihat juga <Ref id="uu-20-2023" pasal="Pasal 10" />.')).toEqual([]);
  });
});

describe('questionProblems()', () => {
  const q = {
    id: 'q',
    type: 'single',
    answer: 'a',
    options: [{ id: 'a' }, { id: 'b', feedback: 'Salah karena X.' }, { id: 'c', feedback: 'Salah karena Y.' }],
  };

  test('accepts a question whose every wrong option explains itself', () => {
    expect(questionProblems(q)).toEqual([]);
  });

  test('fails on a wrong option without feedback', () => {
    expect(questionProblems({ ...q, options: [{ id: 'a' }, { id: 'b', feedback: 'X' }, { id: 'c' }] })).toEqual(['opsi salah "c" tanpa feedback']);
  });

  test('fails when two wrong options share one feedback', () => {
    expect(questionProblems({ ...q, options: [{ id: 'a' }, { id: 'b', feedback: 'X' }, { id: 'c', feedback: 'X' }] })).toHaveLength(1);
  });

  test('for a multiple-answer question, only options outside the key need feedback', () => {
    expect(questionProblems({ id: 'm', type: 'multiple', answer: ['a', 'b'], options: [{ id: 'a' }, { id: 'b' }, { id: 'c', feedback: 'X' }] })).toEqual([]);
  });
});

describe('verdictBalanceProblem()', () => {
  const scenario = (verdict: 'melanggar' | 'tidak-melanggar') => ({ id: verdict, type: 'scenario', verdict });
  const times = <T,>(n: number, value: T): T[] => Array.from({ length: n }, () => value);

  test('fails when fewer than a third of scenario questions are "tidak melanggar"', () => {
    expect(verdictBalanceProblem([...times(7, scenario('melanggar')), ...times(3, scenario('tidak-melanggar'))])).toMatch(/hanya 3 dari 10/);
  });

  test('accepts a third', () => {
    expect(verdictBalanceProblem([...times(6, scenario('melanggar')), ...times(3, scenario('tidak-melanggar')), { id: 'x', type: 'single' }])).toBeUndefined();
  });

  test('does not judge a handful of questions (a small fixture course)', () => {
    expect(verdictBalanceProblem(times(3, scenario('melanggar')))).toBeUndefined();
  });
});

describe('overusedCases()', () => {
  test('fails on a fact pattern in three questions, not in two', () => {
    const tagged = (id: string, c?: string) => ({ id, type: 'single', case: c });
    expect(overusedCases([tagged('1', 'mobil'), tagged('2', 'mobil'), tagged('3')])).toEqual([]);
    expect(overusedCases([tagged('1', 'mobil'), tagged('2', 'mobil'), tagged('3', 'mobil')])).toEqual([{ case: 'mobil', questions: ['1', '2', '3'] }]);
  });
});

describe('formatPartialDate()', () => {
  test('keeps the precision the source gave', () => {
    expect(formatPartialDate('2025')).toBe('2025');
    expect(formatPartialDate('2023-11')).toBe('November 2023');
    expect(formatPartialDate('2024-12-04')).toBe('4 Desember 2024');
  });
});

describe('findCurrentOldPenalties()', () => {
  test('fails on the old Pasal 494 and Pasal 188 figures taught as current', () => {
    expect(findCurrentOldPenalties('Ancamannya kurungan paling lama 1 tahun dan denda paling banyak Rp12.000.000.')).toHaveLength(1);
    expect(findCurrentOldPenalties('Diancam penjara 1 sampai 6 bulan dan/atau denda Rp600.000 sampai Rp6.000.000.')).toHaveLength(1);
  });

  test('accepts them marked as history, and the current wording', () => {
    expect(findCurrentOldPenalties('Catatan sejarah: sebelum 2 Januari 2026 ancamannya kurungan paling lama 1 tahun dan denda Rp12.000.000.')).toEqual([]);
    expect(findCurrentOldPenalties('Diancam pidana; besarannya disesuaikan UU 1/2026 sejak 2 Januari 2026.')).toEqual([]);
  });
});

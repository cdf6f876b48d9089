import { describe, expect, test } from 'vitest';
import { formatDate, minutesToJp, splitMinutes } from '../../src/lib/format';
import { groupByLetter } from '../../src/lib/glossary';
import { joinBase, lessonPath, lessonSlug, modulePath } from '../../src/lib/paths';
import { groupByKind, regulationLabel } from '../../src/lib/regulations';
import { findMdxReferences } from '../../src/lib/mdx-references';
import { fillTemplate, parseJsonOr } from '../../src/lib/template';

describe('paths', () => {
  test('drops the order prefix from a lesson slug', () => {
    expect(lessonSlug('netralitas-asn/01-apa-itu-netralitas')).toBe('apa-itu-netralitas');
  });

  test('builds module and lesson paths', () => {
    expect(modulePath('berakhlak')).toBe('materi/berakhlak/');
    expect(lessonPath('berakhlak', 'berakhlak/02-nilai')).toBe('materi/berakhlak/nilai/');
  });

  test('joins a base with or without slashes', () => {
    expect(joinBase('/', 'glosarium/')).toBe('/glosarium/');
    expect(joinBase('/netral/', '/glosarium/')).toBe('/netral/glosarium/');
    expect(joinBase('/netral')).toBe('/netral/');
  });
});

describe('format', () => {
  test('writes dates in Indonesian', () => {
    expect(formatDate(new Date('2026-11-23'))).toBe('23 November 2026');
    expect(formatDate(new Date('2026-01-20'))).toBe('20 Januari 2026');
  });

  test('splits minutes and rounds JP up', () => {
    expect(splitMinutes(135)).toEqual({ hours: 2, minutes: 15 });
    expect(minutesToJp(90)).toBe(2);
    expect(minutesToJp(91)).toBe(3);
  });
});

describe('fillTemplate() and parseJsonOr()', () => {
  test('fill placeholders that have a value and leave the others, even inherited names', () => {
    expect(fillTemplate('{n} dari {total} pelajaran', { n: 2, total: 5 })).toBe('2 dari 5 pelajaran');
    expect(fillTemplate('Halo {nama}, {constructor}', { nama: 'Siti' })).toBe('Halo Siti, {constructor}');
    expect(fillTemplate('{a}{a}', { a: '$&' })).toBe('$&$&');
  });

  test('read JSON, falling back on empty, broken or null text', () => {
    expect(parseJsonOr('{"a":1}', {})).toEqual({ a: 1 });
    for (const text of [undefined, null, '', '{a:1}', 'null']) expect(parseJsonOr(text, ['fallback'])).toEqual(['fallback']);
  });
});

describe('groupByLetter()', () => {
  test('sorts case-insensitively and groups by first letter', () => {
    const groups = groupByLetter([
      { id: 'pns', term: 'PNS' },
      { id: 'asn', term: 'ASN' },
      { id: 'pakta', term: 'Pakta integritas' },
      { id: 'apip', term: 'APIP' },
    ]);
    expect(groups.map((g) => g.letter)).toEqual(['A', 'P']);
    expect(groups[1]?.items.map((i) => i.id)).toEqual(['pakta', 'pns']);
  });
});

describe('regulations', () => {
  test('labels each kind as people cite it', () => {
    expect(regulationLabel({ id: 'pp-94-2021', kind: 'PP', number: '94', year: 2021 })).toBe('PP 94/2021');
    expect(regulationLabel({ id: 'x', kind: 'Putusan MK', number: '121/PUU-XXII/2024', year: 2024 })).toBe('Putusan MK 121/PUU-XXII/2024');
    expect(regulationLabel({ id: 'y', kind: 'Perkom', number: '1', year: 2026 })).toBe('Perkom KPK 1/2026');
  });

  test('groups by kind in library order, newest first', () => {
    const groups = groupByKind([
      { id: 'pp-53-2010', kind: 'PP', number: '53', year: 2010 },
      { id: 'uu-5-2014', kind: 'UU', number: '5', year: 2014 },
      { id: 'pp-94-2021', kind: 'PP', number: '94', year: 2021 },
    ]);
    expect(groups.map((g) => g.kind)).toEqual(['UU', 'PP']);
    expect(groups[1]?.items.map((i) => i.id)).toEqual(['pp-94-2021', 'pp-53-2010']);
  });
});

describe('findMdxReferences()', () => {
  test('finds terms, refs, quizzes and scenarios with their lines', () => {
    const body = 'Teks <Term id="asn">ASN</Term>\n\n<Ref id="pp-94-2021" pasal="Pasal 5">PP</Ref>\n<Quiz bank="net-apa" count={7} />\n<Scenario id="s1" />';
    expect(findMdxReferences(body)).toEqual([
      { kind: 'term', id: 'asn', line: 1 },
      { kind: 'regulation', id: 'pp-94-2021', line: 3 },
      { kind: 'bank', id: 'net-apa', line: 4, count: 7 },
      { kind: 'scenario', id: 's1', line: 5 },
    ]);
  });

  test('defaults a quiz to five questions', () => {
    expect(findMdxReferences('<Quiz bank="b" />')[0]?.count).toBe(5);
  });
});

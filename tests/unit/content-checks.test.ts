import { describe, expect, test } from 'vitest';
import { findInternalLinks, findUnmarkedRevokedMentions, lessonStructureProblems, mentionPatterns } from '../../src/lib/content-checks';
import type { RegulationLike } from '../../src/lib/regulations';

const uu5: RegulationLike = { id: 'uu-5-2014', kind: 'UU', number: '5', year: 2014 };
const permen37: RegulationLike = { id: 'permenpanrb-37-2012', kind: 'Permen', number: '37', year: 2012 };

describe('lessonStructureProblems()', () => {
  const complete = 'Teks.\n\n<Callout type="ingat" title="X">\nA\n</Callout>\n\n<Notes>\nB\n</Notes>\n\n## Ringkasan\n\n- a\n\n<Quiz bank="b" count={5} />\n';

  test('accepts a complete lesson', () => {
    expect(lessonStructureProblems(complete)).toEqual([]);
  });

  test('names each missing part', () => {
    expect(lessonStructureProblems('Teks saja.')).toEqual([
      'tidak ada bagian "## Ringkasan"',
      'tidak ada <Callout type="ingat">',
      'tidak ada <Notes> untuk fasilitator',
      'tidak ada <Quiz> (cek pemahaman)',
    ]);
  });
});

describe('mentionPatterns()', () => {
  test('matches the usual ways of writing a regulation', () => {
    const [long] = mentionPatterns(uu5);
    expect(long?.test('UU Nomor 5 Tahun 2014')).toBe(true);
    expect(long?.test('UU No. 5/2014')).toBe(true);
    expect(long?.test('UU 5/2014')).toBe(true);
    expect(long?.test('UU 15/2014')).toBe(false);
    expect(mentionPatterns(permen37).some((p) => p.test('Permen PANRB 37/2012'))).toBe(true);
  });
});

describe('findUnmarkedRevokedMentions()', () => {
  test('flags a revoked law taught as current', () => {
    const body = 'Pengantar.\n\nMenurut UU 5/2014, ASN wajib netral.';
    expect(findUnmarkedRevokedMentions(body, [uu5])).toEqual([{ regulation: 'uu-5-2014', line: 3, paragraph: 'Menurut UU 5/2014, ASN wajib netral.' }]);
  });

  test('accepts a mention marked as revoked in the same paragraph', () => {
    const body = 'Dulu <Ref id="uu-5-2014">UU 5/2014</Ref> mengatur asas netralitas; undang-undang itu sudah dicabut oleh UU 20/2023.';
    expect(findUnmarkedRevokedMentions(body, [uu5])).toEqual([]);
  });

  test('flags a bare <Ref> to a revoked regulation', () => {
    expect(findUnmarkedRevokedMentions('Lihat <Ref id="uu-5-2014" />.', [uu5])).toHaveLength(1);
  });
});

describe('findInternalLinks()', () => {
  test('collects Markdown and href links that start with a slash', () => {
    expect(findInternalLinks('[a](/glosarium/#asn) [b](https://x.id) <a href="/regulasi/">r</a>')).toEqual(['/glosarium/#asn', '/regulasi/']);
  });
});

// The Starlight baseline of the bench (scripts/starlight-baseline.mjs) gets the same lesson text as ours:
// what a lesson's MDX components show stays, what only the trainer or the browser sees goes.
import { describe, expect, test } from 'vitest';
import { toMarkdown } from '../../scripts/starlight-baseline.mjs';
import { generatedLessons } from '../../scripts/generate-course.mjs';

const lesson = [
  '---',
  'title: Apa itu netralitas',
  'description: "Arti netral bagi ASN."',
  'module: netralitas-asn',
  '---',
  '',
  'ASN wajib <Term id="netralitas">netral</Term> menurut <Ref id="uu-20-2023" pasal="Pasal 24">UU 20/2023</Ref>.',
  '',
  '<Callout type="ingat" title="Ingat">',
  'Netral bukan berarti tidak memilih.',
  '</Callout>',
  '',
  '<Notes>',
  'Tanyakan pengalaman peserta.',
  '</Notes>',
  '',
  '<Quiz bank="netralitas-1" count={3} />',
  '<Ref id="pp-94-2021" />',
  '',
].join('\n');

describe('toMarkdown()', () => {
  test('keeps the title, description and the text components show; drops notes, quizzes and empty references', () => {
    expect(toMarkdown(lesson)).toBe(
      [
        '---',
        'title: "Apa itu netralitas"',
        'description: "Arti netral bagi ASN."',
        '---',
        'ASN wajib netral menurut UU 20/2023.',
        '',
        '**Ingat**',
        '',
        'Netral bukan berarti tidak memilih.',
        '',
      ].join('\n'),
    );
  });

  test('takes the given title for a generated copy', () => {
    expect(toMarkdown(lesson, 'Apa itu netralitas (uji 1.1)')).toMatch(/^---\ntitle: "Apa itu netralitas \(uji 1\.1\)"\n/);
  });
});

describe('generatedLessons()', () => {
  test('fills modules of 50 lessons with the real lessons in turn, up to the total', () => {
    const real: [string, string][] = [
      ['a/01-satu.mdx', 'x'],
      ['a/02-dua.mdx', 'y'],
    ];
    const extra = generatedLessons(real, 105);
    expect(extra).toHaveLength(103);
    expect(extra[0]).toMatchObject({ module: 'gen-01', order: 1, slug: 'satu', text: 'x' });
    expect(extra[49]).toMatchObject({ module: 'gen-01', order: 50, slug: 'dua' });
    expect(extra[50]).toMatchObject({ module: 'gen-02', order: 1, slug: 'satu' });
    expect(extra[102]).toMatchObject({ module: 'gen-03', order: 3 });
  });
});

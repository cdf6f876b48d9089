// The Starlight baseline of the bench (scripts/starlight-baseline.mjs) gets the same lesson text as ours:
// what a lesson's MDX components show stays, what only the trainer or the browser sees goes.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
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

describe('writeStarlightSite()', () => {
  test('writes the same pages as .md, and with mdx as .mdx into the second project', async () => {
    const home = mkdtempSync(join(tmpdir(), 'netral-starlight-'));
    vi.stubEnv('NETRAL_STARLIGHT_DIR', home);
    vi.resetModules();
    try {
      const baseline = await import('../../scripts/starlight-baseline.mjs');
      expect(baseline.starlightMdxHome).toBe(`${home}-mdx`);
      const md = baseline.writeStarlightSite(60);
      const mdx = baseline.writeStarlightSite(60, { mdx: true });
      expect(md).toEqual({ dir: home, lessons: 60 });
      expect(mdx).toEqual({ dir: `${home}-mdx`, lessons: 60 });
      const pages = (dir: string) =>
        readdirSync(join(dir, 'src/content/docs'), { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => relative(join(dir, 'src/content/docs'), join(entry.parentPath, entry.name)))
          .sort();
      const mdPages = pages(home);
      // 60 lessons and the home page, every one of them in both projects with the same text.
      expect(mdPages).toHaveLength(61);
      expect(mdPages.every((page) => page.endsWith('.md'))).toBe(true);
      expect(pages(`${home}-mdx`)).toEqual(mdPages.map((page) => `${page}x`));
      for (const page of mdPages) {
        expect(readFileSync(join(`${home}-mdx`, 'src/content/docs', `${page}x`), 'utf8')).toBe(readFileSync(join(home, 'src/content/docs', page), 'utf8'));
      }
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
      rmSync(home, { recursive: true, force: true });
      rmSync(`${home}-mdx`, { recursive: true, force: true });
    }
  });
});

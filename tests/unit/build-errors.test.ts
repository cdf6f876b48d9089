// A deliberately broken lesson must fail the build with a message naming the file and the field.
// Each case builds a scratch copy of the site holding minimal content plus one broken lesson.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const scratch: string[] = [];

/** `contentDir`: the course's directory in the scratch copy, read through NETRAL_CONTENT_DIR unless "content". */
function buildWithLesson(frontmatter: string, body = 'Isi pelajaran.', contentDir = 'content'): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'netral-broken-'));
  scratch.push(dir);
  for (const item of ['src', 'scripts', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(join(root, item), join(dir, item), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const content = join(dir, contentDir);
  for (const folder of ['modules', 'lessons/netralitas-asn', 'glossary', 'regulations', 'sources', 'questions', 'scenarios'])
    mkdirSync(join(content, folder), { recursive: true });
  for (const file of ['modules/netralitas-asn.yaml', 'regulations/uu-20-2023.yaml', 'regulations/uu-5-2014.yaml'])
    cpSync(join(root, 'content', file), join(content, file));
  writeFileSync(join(content, 'lessons/netralitas-asn/01-rusak.mdx'), `---\n${frontmatter}\n---\n\n${body}\n`);
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', NETRAL_CONTENT_DIR: contentDir },
  });
  // Strip colour codes too, in case a terminal setting forces them (CI does).
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output };
}

const fields = [
  'description: Pelajaran rusak.',
  'order: 1',
  'duration: 10',
  'objectives: [Menguji]',
  'sources: [uu-20-2023]',
  'updated: 2026-11-23',
  'factsChecked: 2026-12-03',
];

afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

describe('a broken lesson fails the build', () => {
  test('a missing title names the file and the field', () => {
    const { status, output } = buildWithLesson(['module: netralitas-asn', ...fields].join('\n'));
    expect(status).not.toBe(0);
    expect(output).toContain('netralitas-asn/01-rusak');
    expect(output).toMatch(/title\W+Required|title: /);
  }, 60_000);

  test('an unknown module names the file, the field and the missing id', () => {
    const { status, output } = buildWithLesson(['title: Rusak', 'module: modul-hilang', ...fields].join('\n'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/lessons/netralitas-asn/01-rusak.mdx: module "modul-hilang" tidak ada di content/modules/');
  }, 60_000);

  test('with the course in another directory (NETRAL_CONTENT_DIR), messages name that directory, not content/', () => {
    const frontmatter = ['title: Rusak', 'module: modul-hilang', ...fields.filter((f) => !f.startsWith('sources'))].join('\n');
    const { status, output } = buildWithLesson(`${frontmatter}\nsources: [uu-hilang]`, 'Lihat <Term id="istilah-hilang" />.', 'kursus/uji');
    expect(status).not.toBe(0);
    expect(output).toContain('kursus/uji/lessons/netralitas-asn/01-rusak.mdx: module "modul-hilang" tidak ada di kursus/uji/modules/');
    expect(output).toContain('sources "uu-hilang" tidak ada di kursus/uji/regulations/');
    expect(output).not.toMatch(/(?<![\w/])content\//);
  }, 60_000);

  test('an article shown twice in a reference names the file and the article', () => {
    // The shipped bug: prose "Pasal 10" before a reference that appends its article shows "Pasal 10 UU 20/2023 Pasal 10".
    const body = 'Fungsi ASN diatur dalam Pasal 10 <Ref id="uu-20-2023" pasal="Pasal 10" />.';
    const { status, output } = buildWithLesson(['title: Rusak', 'module: netralitas-asn', ...fields].join('\n'), body);
    expect(status).not.toBe(0);
    expect(output).toContain('content/lessons/netralitas-asn/01-rusak.mdx');
    expect(output).toContain('"Pasal 10" tertulis dua kali');
  }, 60_000);
});

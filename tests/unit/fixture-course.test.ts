// The fixture course (tests/fixtures/course/, docs/dev/testing.md) the behaviour specs run on: a valid course
// under the same schemas as content/, whose references resolve, whose test mixes its banks can fill, and
// whose sizes are the ones tests/e2e/fixture-course.ts tells the specs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { glossarySchema } from '../../src/schemas/glossary';
import { lessonSchema } from '../../src/schemas/lesson';
import { moduleSchema } from '../../src/schemas/module';
import { bankSchema } from '../../src/schemas/question';
import { regulationSchema } from '../../src/schemas/regulation';
import { scenarioSchema } from '../../src/schemas/scenario';
import { sourceSchema } from '../../src/schemas/source';
import { summarySchema } from '../../src/schemas/summary';
import { parseSynonyms } from '../../src/schemas/synonyms';
import { questionProblems } from '../../src/lib/content-checks';
import { findMdxReferences } from '../../src/lib/mdx-references';
import { checkMix } from '../../src/lib/quiz/draw';
import fixtureSite from '../fixtures/course/site.config';
import * as sizes from '../e2e/fixture-course';

const root = 'tests/fixtures/course';

/** The entries of one collection folder: id (file name without extension) → parsed YAML. */
function yamlEntries(folder: string): Map<string, unknown> {
  const dir = join(root, folder);
  return new Map(readdirSync(dir).filter((name) => name.endsWith('.yaml')).map((name) => [name.replace(/\.yaml$/, ''), parse(readFileSync(join(dir, name), 'utf8'))]));
}

/** Every lesson: id ("<module>/NN-slug") → frontmatter and body. */
function lessons(): Map<string, { data: unknown; body: string }> {
  const dir = join(root, 'lessons');
  const out = new Map<string, { data: unknown; body: string }>();
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.mdx'))) {
    const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(join(dir, name), 'utf8')) ?? [];
    out.set(name.replace(/\.mdx$/, '').split('\\').join('/'), { data: parse(front), body });
  }
  return out;
}

const modules = yamlEntries('modules');
const regulations = yamlEntries('regulations');
const glossary = yamlEntries('glossary');
const banks = yamlEntries('questions');
const summaries = yamlEntries('summaries');
const scenarios = yamlEntries('scenarios');
const sources = yamlEntries('sources');
const lessonFiles = lessons();

/** A reference to an entry of `entries`, as Astro's reference() checks it at build time. */
const refTo = (entries: Map<string, unknown>, folder: string) => z.string().refine((id) => entries.has(id), `tidak ada di ${folder}/`);
const moduleRef = refTo(modules, 'modules');
const regulationRef = refTo(regulations, 'regulations');
const sourceRef = refTo(sources, 'sources');

/** Parses every entry of `entries` with `schema`; returns the problems, each naming its file. */
function problems(entries: Map<string, unknown>, folder: string, schema: z.ZodType): string[] {
  return [...entries].flatMap(([id, data]) => {
    const result = schema.safeParse(data);
    return result.success ? [] : result.error.issues.map((i) => `${folder}/${id}: ${i.path.join('.')}: ${i.message}`);
  });
}

describe('the fixture course', () => {
  test('passes every content schema, with references that resolve', () => {
    expect(problems(modules, 'modules', moduleSchema)).toEqual([]);
    expect(problems(regulations, 'regulations', regulationSchema(regulationRef))).toEqual([]);
    expect(problems(glossary, 'glossary', glossarySchema(refTo(glossary, 'glossary')))).toEqual([]);
    expect(problems(sources, 'sources', sourceSchema)).toEqual([]);
    expect(problems(banks, 'questions', bankSchema(moduleRef, regulationRef, sourceRef))).toEqual([]);
    expect(problems(scenarios, 'scenarios', scenarioSchema(moduleRef, regulationRef, sourceRef))).toEqual([]);
    expect(problems(summaries, 'summaries', summarySchema(moduleRef, regulationRef))).toEqual([]);
    const lessonData = new Map([...lessonFiles].map(([id, { data }]) => [id, data]));
    expect(problems(lessonData, 'lessons', lessonSchema(moduleRef, regulationRef))).toEqual([]);
    expect(parseSynonyms(readFileSync(join(root, 'search-synonyms.yaml'), 'utf8'), 'search-synonyms.yaml').length).toBeGreaterThan(0);
  });

  test('every wrong option says why, and every knowledge check names a bank of its own module', () => {
    const parsed = new Map([...banks].map(([id, raw]) => [id, bankSchema(z.string(), z.string()).parse(raw)]));
    for (const bank of parsed.values()) for (const q of bank.questions) expect(questionProblems(q as Parameters<typeof questionProblems>[0]), q.id).toEqual([]);
    for (const [id, { data, body }] of lessonFiles) {
      const module = (data as { module: string }).module;
      for (const ref of findMdxReferences(body).filter((r) => r.kind === 'bank')) {
        const bank = parsed.get(ref.id);
        expect(bank?.module, `${id}: <Quiz bank="${ref.id}">`).toBe(module);
        expect(bank?.questions.length ?? 0).toBeGreaterThanOrEqual(ref.count ?? 5);
      }
      for (const ref of findMdxReferences(body).filter((r) => r.kind === 'scenario')) expect(scenarios.has(ref.id), `${id}: <Scenario id="${ref.id}">`).toBe(true);
    }
  });

  test('its banks fill both test mixes, and it has the sizes the behaviour specs rely on', () => {
    const pool = [...banks.values()].flatMap((raw) => {
      const bank = bankSchema(z.string(), z.string()).parse(raw);
      return bank.questions.map((q) => ({ id: q.id, module: bank.module, type: q.type }));
    });
    expect(checkMix(pool, fixtureSite.postTest.mix)).toEqual([]);
    expect(checkMix(pool, fixtureSite.preTestMix)).toEqual([]);
    const sum = (mix: Record<string, number>) => Object.values(mix).reduce((a, b) => a + b, 0);
    expect(sum(fixtureSite.postTest.mix)).toBe(sizes.postTestQuestions);
    expect(sum(fixtureSite.preTestMix)).toBe(sizes.preTestQuestions);
    // A pre-test and a post-test share no question; module A fills a practice round of 10.
    for (const module of Object.keys(fixtureSite.postTest.mix)) {
      const available = pool.filter((q) => q.module === module).length;
      expect(available, module).toBeGreaterThanOrEqual((fixtureSite.postTest.mix[module] ?? 0) + (fixtureSite.preTestMix[module] ?? 0));
    }
    expect(pool.filter((q) => q.module === sizes.moduleA.id).length).toBeGreaterThanOrEqual(10);
    expect(new Set(pool.map((q) => q.type))).toEqual(new Set(['single', 'multiple', 'truefalse', 'scenario', 'matching', 'ordering']));
    expect(lessonFiles.size).toBe(sizes.lessonCount);
    for (const module of [sizes.moduleA, sizes.moduleB]) {
      expect([...lessonFiles.values()].filter(({ data }) => (data as { module: string }).module === module.id)).toHaveLength(sizes.lessonsPerModule);
      expect((modules.get(module.id) as { title: string }).title).toBe(module.title);
    }
    const titles = [...lessonFiles.values()].map(({ data }) => (data as { title: string }).title);
    expect(titles).toContain(sizes.lessonA1.title);
    expect(titles).toContain(sizes.lessonA2.title);
    expect((scenarios.get(sizes.dilemmaLesson.id) as { title: string }).title).toBe(sizes.dilemmaLesson.title);
  });
});

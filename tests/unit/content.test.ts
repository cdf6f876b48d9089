// The course's content checks: run over the real content collections (astro sync in global setup).
import { getCollection } from 'astro:content';
import { describe, expect, test } from 'vitest';
import {
  findInternalLinks,
  findRefUses,
  findUnmarkedRevokedMentions,
  lessonStructureProblems,
  overusedCases,
  questionProblems,
  repeatedArticleProblems,
  verdictBalanceProblem,
} from '../../src/lib/content-checks';
import { findMdxReferences } from '../../src/lib/mdx-references';
import { citationProblems, normalizeCitation, regulationCitationKind, type LibraryEntry } from '../../src/lib/citations';
import { lessonPath } from '../../src/lib/paths';
import site from '../../src/site.config';
import { officialTitle } from '../../src/lib/regulations';

const [modules, lessons, glossary, regulations, banks, scenarios, sources] = await Promise.all([
  getCollection('modules'),
  getCollection('lessons', (l) => !l.data.draft),
  getCollection('glossary'),
  getCollection('regulations'),
  getCollection('questions'),
  getCollection('scenarios'),
  getCollection('sources'),
]);
const library = new Map<string, LibraryEntry>([
  ...regulations.map((r) => [r.id, { id: r.id, kind: regulationCitationKind(r.data.kind), status: r.data.status, certainty: 'verified', caveats: r.data.caveats }] as const),
  ...sources.map((s) => [s.id, { id: s.id, kind: s.data.kind, certainty: s.data.certainty, caveats: [] }] as const),
]);
const regulationIds = new Set(regulations.map((r) => r.id));
const termIds = new Set(glossary.map((g) => g.id));
const revoked = regulations.filter((r) => r.data.status === 'dicabut').map((r) => ({ id: r.id, ...r.data }));
const questions = banks.flatMap((b) => b.data.questions.map((q) => ({ ...q, module: b.data.module.id })));
const fileOf = (l: (typeof lessons)[number]) => `content/lessons/${l.id}.mdx`;

describe('course size', () => {
  test('has six modules, at least 24 lessons, 150 questions, 60 terms, 15 regulations and 8 scenarios', () => {
    expect(modules).toHaveLength(6);
    expect(lessons.length).toBeGreaterThanOrEqual(24);
    expect(questions.length).toBeGreaterThanOrEqual(150);
    expect(glossary.length).toBeGreaterThanOrEqual(60);
    expect(regulations.length).toBeGreaterThanOrEqual(15);
    expect(scenarios.length).toBeGreaterThanOrEqual(8);
  });

  test('every module has lessons', () => {
    for (const m of modules) expect(lessons.filter((l) => l.data.module.id === m.id).length, m.id).toBeGreaterThanOrEqual(3);
  });

  test('every question type is used', () => {
    expect(new Set(questions.map((q) => q.type))).toEqual(new Set(['single', 'multiple', 'truefalse', 'scenario', 'matching', 'ordering']));
  });

  test('each module has at least twice the questions the post-test draws from it, so attempts vary', () => {
    for (const [module, count] of Object.entries(site.postTest.mix)) {
      expect(questions.filter((q) => q.module === module).length, module).toBeGreaterThanOrEqual(2 * count);
    }
  });
});

describe('lessons', () => {
  test.each(lessons.map((l) => [fileOf(l), l] as const))('%s has every part of a lesson', (_file, lesson) => {
    expect(lessonStructureProblems(lesson.body ?? '')).toEqual([]);
  });

  test('every lesson has sources that exist', () => {
    for (const l of lessons) {
      expect(l.data.sources.length, fileOf(l)).toBeGreaterThan(0);
      for (const s of l.data.sources) expect(regulationIds.has(s.id), `${fileOf(l)}: sources ${s.id}`).toBe(true);
    }
  });

  test('every <Term>, <Ref> and <Quiz> names an existing entry', () => {
    const bankIds = new Map(banks.map((b) => [b.id, b.data.questions.length]));
    const problems = lessons.flatMap((l) =>
      findMdxReferences(l.body ?? '')
        .filter((r) =>
          r.kind === 'term' ? !termIds.has(r.id)
          : r.kind === 'regulation' ? !regulationIds.has(r.id)
          : r.kind === 'bank' ? (bankIds.get(r.id) ?? 0) < (r.count ?? 5) || (r.count ?? 5) < 5
          : !scenarios.some((s) => s.id === r.id),
        )
        .map((r) => `${fileOf(l)}:${r.line} ${r.kind} ${r.id}`),
    );
    expect(problems).toEqual([]);
  });

  test('no lesson teaches a revoked regulation as current', () => {
    const problems = lessons.flatMap((l) =>
      findUnmarkedRevokedMentions(l.body ?? '', revoked).map((m) => `${fileOf(l)}:${m.line} ${m.regulation}: ${m.paragraph}`),
    );
    expect(problems).toEqual([]);
  });

  test('internal links point to pages that exist', () => {
    const pages = new Set([
      '/', '/glosarium/', '/regulasi/', '/cari/', '/tentang/',
      ...modules.map((m) => `/materi/${m.id}/`),
      ...lessons.map((l) => `/${lessonPath(l.data.module.id, l.id)}`),
    ]);
    const anchorsOk = (path: string, hash: string) =>
      path === '/glosarium/' ? termIds.has(hash) : path === '/regulasi/' ? regulationIds.has(hash) : true;
    const broken = lessons.flatMap((l) =>
      findInternalLinks(l.body ?? '')
        .filter((link) => {
          const [path = '', hash] = link.split('#');
          return !pages.has(path) || (hash !== undefined && !anchorsOk(path, hash));
        })
        .map((link) => `${fileOf(l)}: ${link}`),
    );
    expect(broken).toEqual([]);
  });

  test('every module ends with a recap', () => {
    for (const m of modules) expect(m.data.recap.length, m.id).toBeGreaterThan(0);
  });
});

describe('question banks', () => {
  test('question ids are unique across banks', () => {
    const ids = questions.map((q) => q.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  test('no question cites a revoked or expired regulation', () => {
    const revokedIds = new Set(regulations.filter((r) => r.data.status === 'dicabut' || r.data.status === 'selesai').map((r) => r.id));
    expect(questions.filter((q) => revokedIds.has(normalizeCitation(q.citation).source)).map((q) => q.id)).toEqual([]);
  });

  test('a bank naming a lesson names one that exists', () => {
    const lessonIds = new Set(lessons.map((l) => l.id));
    for (const b of banks) if (b.data.lesson) expect(lessonIds.has(b.data.lesson), `${b.id}: lesson ${b.data.lesson}`).toBe(true);
  });
});

describe('glossary and regulations', () => {
  test('related terms exist and do not point to themselves', () => {
    for (const g of glossary)
      for (const r of g.data.related) {
        expect(termIds.has(r.id), `${g.id} → ${r.id}`).toBe(true);
        expect(r.id).not.toBe(g.id);
      }
  });

  test('a revoked, amended or expired regulation names what replaced or succeeded it, and that one is listed', () => {
    for (const r of regulations.filter((x) => x.data.status !== 'berlaku')) {
      expect(r.data.replacedBy?.id, r.id).toBeTruthy();
      expect(regulationIds.has(r.data.replacedBy?.id ?? ''), r.id).toBe(true);
    }
  });

  test('the SKB for Pilkada 2020 is marked over, succeeded by the SKB of 2022', () => {
    const old = regulations.find((r) => r.id === 'skb-netralitas-2020');
    expect(old?.data.status).toBe('selesai');
    expect(old?.data.replacedBy?.id).toBe('skb-netralitas-2022');
  });

  test('UU 5/2014 is marked revoked by UU 20/2023', () => {
    const old = regulations.find((r) => r.id === 'uu-5-2014');
    expect(old?.data.status).toBe('dicabut');
    expect(old?.data.replacedBy?.id).toBe('uu-20-2023');
  });
});

describe('scenarios', () => {
  test('every path from the start reaches an ending', () => {
    for (const s of scenarios) {
      const byId = new Map(s.data.nodes.map((n) => [n.id, n]));
      const seen = new Set<string>();
      const walk = (id: string): boolean => {
        if (seen.has(id)) return true; // a loop back is fine as long as some branch ends
        seen.add(id);
        const node = byId.get(id);
        if (!node) return false;
        return node.ending ? true : (node.choices ?? []).every((c) => walk(c.next));
      };
      expect(walk(s.data.start), s.id).toBe(true);
      expect(s.data.nodes.filter((n) => n.ending).length, s.id).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('citations', () => {
  test('regulations and other sources never share an id', () => {
    expect(sources.filter((s) => regulationIds.has(s.id)).map((s) => s.id)).toEqual([]);
  });

  test('every question cites a known source of the kind it names, in force and verified', () => {
    const problems = questions.flatMap((q) =>
      citationProblems(normalizeCitation(q.citation), library, { rule: q.type === 'scenario', graded: true }).map((p) => `${q.id}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  test('every dilemma ending cites a source that can support a rule', () => {
    const problems = scenarios.flatMap((s) =>
      s.data.nodes.flatMap((n) =>
        n.ending ? citationProblems(normalizeCitation(n.ending.citation), library, { rule: true, graded: false }).map((p) => `${s.id}/${n.id}: ${p}`) : [],
      ),
    );
    expect(problems).toEqual([]);
  });

  test('every <Ref> in a lesson names a library entry', () => {
    const problems = lessons.flatMap((l) => findMdxReferences(l.body ?? '').filter((r) => r.kind === 'regulation' && !library.has(r.id)).map((r) => `${fileOf(l)}:${r.line} ${r.id}`));
    expect(problems).toEqual([]);
  });

  test('no reference shows its article twice (lessons, slides and handouts render the same MDX)', () => {
    expect(lessons.flatMap((l) => repeatedArticleProblems(l.body ?? '').map((p) => `${fileOf(l)}: ${p}`))).toEqual([]);
  });

  test('a reference with its own words and an article writes the article in those words', () => {
    // Regression: "<Ref pasal="Pasal 8">PP 94/2021</Ref>" once showed the article only by appending it.
    const problems = lessons.flatMap((l) =>
      findRefUses(l.body ?? '')
        .filter((u) => u.pasal && u.text !== undefined && !/Pasal|ayat|huruf|angka|\d/.test(u.text))
        .map((u) => `${fileOf(l)}:${u.line} ${u.pasal}: "${u.text}"`),
    );
    expect(problems).toEqual([]);
  });

  test('the library gives each regulation its full official title', () => {
    for (const r of regulations) expect(officialTitle({ ...r.data, id: r.id }), r.id).toMatch(/^(Undang-Undang|Peraturan|Surat Edaran|Keputusan Bersama|Putusan Mahkamah Konstitusi) /);
  });
});

describe('tests that measure knowledge', () => {
  test('every wrong option has its own feedback', () => {
    expect(questions.flatMap((q) => questionProblems(q).map((p) => `${q.id}: ${p}`))).toEqual([]);
  });

  test('at least a third of scenario questions are "tidak melanggar"', () => {
    expect(verdictBalanceProblem(questions)).toBeUndefined();
  });

  test('no fact pattern appears in more than two questions', () => {
    expect(overusedCases(questions)).toEqual([]);
  });
});

describe('lesson dates', () => {
  test('every lesson states when its facts were last checked, not before its last review', () => {
    for (const l of lessons) {
      expect(l.data.factsChecked, fileOf(l)).toBeInstanceOf(Date);
      expect(l.data.factsChecked.getTime(), fileOf(l)).toBeGreaterThanOrEqual(l.data.updated.getTime());
    }
  });
});

// The course's content checks: run over the real content collections (astro sync in global setup).
import { getCollection } from 'astro:content';
import { describe, expect, test } from 'vitest';
import {
  findCurrentOldPenalties,
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
          : r.kind === 'regulation' ? !library.has(r.id)
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

// The independent review of December 2026 (shared/reviews/content-2026-12.md), kept as regression tests
// where a test can express the finding. Finding ids are the review's.
describe('review findings, December 2026', () => {
  const lesson = (id: string) => lessons.find((l) => l.id === id)?.body ?? '';
  const strings = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
  const question = (id: string) => questions.find((q) => q.id === id);

  test('W1: party membership is in the SKB disciplinary list, not outside both lists', () => {
    expect(lesson('skb-netralitas/02-etik-dan-disiplin')).not.toMatch(/di luar kedua kelompok/);
    expect(lesson('skb-netralitas/02-etik-dan-disiplin')).toMatch(/\| Menjadi anggota dan\/atau pengurus partai politik \| Pemberhentian tidak dengan hormat \|/);
  });

  test('W2 and A2: the bakal-calon rule of thumb carries its two exceptions wherever it is stated', () => {
    expect(lessons.filter((l) => /satu pengecualian/.test(l.body ?? '')).map(fileOf)).toEqual([]);
    expect(lesson('skb-netralitas/03-larangan-menurut-tahapan')).toMatch(/Kecualinya dua/);
    expect(modules.find((m) => m.id === 'studi-kasus')?.data.recap.join(' ')).toMatch(/kecuali mendekati partai sebagai bakal calon/);
    expect(regulations.find((r) => r.id === 'skb-netralitas-2022')?.data.rules.join(' ')).toMatch(/dua butir tentang bakal calon/);
  });

  test('W3: KASN is said to have worked in transition until August 2024', () => {
    expect(lesson('studi-kasus/02-malang-deklarasi-dan-pakta-integritas')).not.toMatch(/Sejak itu keadaannya berubah/);
    expect(lesson('studi-kasus/02-malang-deklarasi-dan-pakta-integritas')).toMatch(/masa peralihan sampai Agustus 2024/);
  });

  test('W4: Permen PANRB 17/2024 is not said to be signed in December 2024', () => {
    expect(lessons.filter((l) => /menandatanganinya pada Desember 2024/.test(l.body ?? '')).map(fileOf)).toEqual([]);
  });

  test('A1: the lessons explain when PP 94/2021 "sedang" and SKB "berat" apply', () => {
    expect(lesson('netralitas-asn/02-boleh-dan-tidak-boleh')).toMatch(/Sedang atau berat\?/);
    expect(lesson('skb-netralitas/02-etik-dan-disiplin')).toMatch(/memberi tindakan atau dukungan keberpihakan/);
  });

  test('A4: ordering items start after the choice between refusing and reporting', () => {
    for (const id of ['anti-lapor-06', 'kasus-gck-07']) {
      const q = question(id);
      expect(q?.type === 'ordering' && q.items.map((i) => i.id)).not.toContain('tolak');
      expect(q?.type === 'ordering' && q.items.map((i) => i.id)).not.toContain('kembalikan');
    }
  });

  test('A5: a V-sign photo on the official account is judged against BKN guidance, not only "berisiko"', () => {
    const node = scenarios.find((x) => x.id === 'deklarasi-apel-senin')?.data.nodes.find((n) => n.id === 'unggah-dua-jari');
    expect(node?.ending?.verdict).toBe('melanggar');
    expect(node?.ending && normalizeCitation(node.ending.citation)).toMatchObject({ kind: 'guidance', source: 'bkn-pose-foto-2023' });
  });

  test('U1: the Sekda voice-note case carries no invented quote; the quote lives only in a pattern', () => {
    expect(lesson('netralitas-asn/04-pidana-pemilu-dan-pilkada')).not.toMatch(/mengamankan suara/);
    for (const paragraph of lesson('studi-kasus/01-belajar-dari-kasus-nyata').split(/\n\s*\n/))
      if (/mengamankan suara/.test(paragraph)) expect(paragraph).toMatch(/pola/);
  });

  test('U2: forwarding an invitation is labelled as the course\'s reading and is not a graded key', () => {
    expect(lesson('studi-kasus/01-belajar-dari-kasus-nyata')).toMatch(/Bacaan kursus ini/);
    expect(question('kasus-nyata-03')).toMatchObject({ type: 'scenario', verdict: 'tidak-melanggar' });
  });

  test('U3: resigning when set as a candidate is stated for pilkada only', () => {
    expect(lesson('netralitas-asn/02-boleh-dan-tidak-boleh')).toMatch(/Mencalonkan diri dalam pilkada/);
  });

  test('U5, U6, U7: single-source details carry a caveat and stay out of keys and the glossary', () => {
    expect(glossary.find((g) => g.id === 'sbt')?.data.definition).not.toMatch(/NIK|NIP|kategori/);
    expect(glossary.find((g) => g.id === 'satgas-netralitas')?.data.definition).toMatch(/belum pasti/);
    const graded = questions.flatMap((q) => strings(q)).join('\n');
    expect(graded).not.toMatch(/SBT memerlukan|kategori Netralitas|menu pelaporan publik/);
    for (const id of ['skb-netralitas/04-alur-pelaporan', 'studi-kasus/03-dilema-media-sosial'])
      for (const paragraph of lesson(id).split(/\n\s*\n/)) if (/atasan langsung wajib/i.test(paragraph)) expect(paragraph, id).toMatch(/satu sumber|cek teks resmi/);
  });

  test('U12: Bawaslu\'s forwarding to BKN is practice after SE MenPANRB 4/2024, not one of its rules', () => {
    const se = regulations.find((r) => r.id === 'se-menpanrb-4-2024');
    expect(se?.data.rules.join(' ')).not.toMatch(/Bawaslu meneruskan/);
    expect(se?.data.note).toMatch(/praktik/);
  });

  test('S1: guidance, statements and data are cited as what they are', () => {
    const kinds: Record<string, string> = {
      'net-apa-itu-02': 'guidance', 'net-medsos-01': 'guidance', 'net-medsos-02': 'guidance', 'net-medsos-06': 'guidance',
      'kasus-medsos-04': 'guidance', 'net-medsos-07': 'data', 'skb-pelaporan-02': 'guidance', 'skb-pelaporan-05': 'guidance',
      'skb-satgas-06': 'guidance', 'kasus-medsos-05': 'guidance', 'anti-integ-07': 'guidance', 'asn-mrt-05': 'data',
    };
    for (const [id, kind] of Object.entries(kinds)) expect(normalizeCitation(question(id)!.citation).kind, id).toBe(kind);
  });

  test('S2: dilemma choices carry no stray quote marks', () => {
    const labels = scenarios.flatMap((x) => x.data.nodes.flatMap((n) => (n.choices ?? []).map((c) => c.label)));
    for (const label of labels) {
      expect(label, label).not.toMatch(/^'|'$/);
      expect((label.match(/"/g) ?? []).length % 2, label).toBe(0);
    }
  });

  test('S4 and S5: the cases named by the review appear in at most two questions each', () => {
    const tagged = questions.filter((q) => q.case === 'mobil-dinas-sabtu' || q.case === 'bansos-desa-basis' || q.case === 'sekda-pesan-suara');
    expect(tagged.length).toBeLessThanOrEqual(6);
  });
});

describe('currency: penalties since 2 January 2026 (brief 0B)', () => {
  const strings = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

  test('no lesson gives the old kurungan and denda figures as current', () => {
    expect(lessons.flatMap((l) => findCurrentOldPenalties(l.body ?? '').map((p) => `${fileOf(l)}: ${p}`))).toEqual([]);
  });

  test('no question, dilemma, recap, glossary entry or regulation gives them as current', () => {
    const units = [
      ...questions.map((q) => [q.id, strings(q).join('\n')] as const),
      ...scenarios.flatMap((x) => x.data.nodes.map((n) => [`${x.id}/${n.id}`, strings(n).join('\n')] as const)),
      ...modules.map((m) => [m.id, m.data.recap.join('\n\n')] as const),
      ...glossary.map((g) => [g.id, g.data.definition] as const),
      ...regulations.map((r) => [r.id, [...r.data.rules, r.data.note ?? ''].join('\n\n')] as const),
    ];
    expect(units.flatMap(([id, text]) => findCurrentOldPenalties(text).map((p) => `${id}: ${p}`))).toEqual([]);
  });

  test('the library holds the new KUHP and UU 1/2026, and the other 0B items', () => {
    for (const id of ['uu-1-2023', 'uu-1-2026']) expect(regulationIds.has(id), id).toBe(true);
    const sourceIds = new Set(sources.map((x) => x.id));
    for (const id of ['bawaslu-sinergi-asn-2025', 'se-menpanrb-1-2023', 'se-menpanrb-18-2023', 'kpk-se-hari-raya-2025']) expect(sourceIds.has(id), id).toBe(true);
  });
});

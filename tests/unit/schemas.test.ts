import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { moduleSchema } from '../../src/schemas/module';
import { lessonSchema } from '../../src/schemas/lesson';
import { glossarySchema } from '../../src/schemas/glossary';
import { regulationSchema } from '../../src/schemas/regulation';
import { bankSchema, ruleCitationSchema } from '../../src/schemas/question';
import { scenarioSchema } from '../../src/schemas/scenario';
import { sourceSchema } from '../../src/schemas/source';
import { summarySchema } from '../../src/schemas/summary';

// Plain strings stand in for Astro's reference() outside the content layer.
const ref = z.string();
const lesson = lessonSchema(ref, ref);
const bank = bankSchema(ref, ref);
const scenario = scenarioSchema(ref, ref);

const goodLesson = {
  title: 'Apa itu netralitas ASN',
  description: 'Arti netralitas.',
  module: 'netralitas-asn',
  order: 1,
  duration: 15,
  objectives: ['Menjelaskan arti netralitas'],
  sources: ['uu-20-2023'],
  updated: '2026-11-23',
  factsChecked: '2026-12-03',
};

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');

describe('lessonSchema()', () => {
  test('accepts a complete lesson and defaults draft to false', () => {
    const parsed = lesson.parse(goodLesson);
    expect(parsed.draft).toBe(false);
    expect(parsed.updated).toBeInstanceOf(Date);
  });

  test('names the missing title', () => {
    const { title: _omit, ...rest } = goodLesson;
    expect(messages(lesson.safeParse(rest))).toMatch(/^title:/m);
  });

  test('requires at least one source', () => {
    expect(messages(lesson.safeParse({ ...goodLesson, sources: [] }))).toMatch(/sources: .*minimal satu sumber/);
  });

  test('rejects unknown fields so typos do not pass silently', () => {
    expect(lesson.safeParse({ ...goodLesson, titel: 'x' }).success).toBe(false);
  });

  test('requires the date the facts were last checked', () => {
    const { factsChecked: _omit, ...rest } = goodLesson;
    expect(messages(lesson.safeParse(rest))).toMatch(/^factsChecked: factsChecked wajib/m);
    expect(lesson.parse(goodLesson).factsChecked).toBeInstanceOf(Date);
  });

  test('rejects a zero duration', () => {
    expect(messages(lesson.safeParse({ ...goodLesson, duration: 0 }))).toMatch(/^duration:/m);
  });
});

describe('moduleSchema()', () => {
  test('accepts a module and rejects one without outcomes', () => {
    const good = { title: 'Netralitas ASN', order: 3, summary: 'S', outcomes: ['O'], recap: ['R'] };
    expect(moduleSchema.parse(good).order).toBe(3);
    expect(messages(moduleSchema.safeParse({ ...good, outcomes: [] }))).toMatch(/^outcomes:/m);
  });
});

describe('glossarySchema()', () => {
  test('accepts a term without expansion and defaults related to []', () => {
    expect(glossarySchema(ref).parse({ term: 'Gratifikasi', definition: 'Pemberian.' }).related).toEqual([]);
  });

  test('rejects an empty definition', () => {
    expect(messages(glossarySchema(ref).safeParse({ term: 'X', definition: '  ' }))).toMatch(/^definition:/m);
  });
});

describe('regulationSchema()', () => {
  const good = { kind: 'UU', number: 20, year: 2023, title: 'ASN', status: 'berlaku', rules: ['Netralitas'] };

  test('turns a numeric number into a string', () => {
    expect(regulationSchema(ref).parse(good).number).toBe('20');
  });

  test('takes caveats on articles the brief does not verify, never a verified one', () => {
    const caveat = { article: 'Pasal 5 huruf k', certainty: 'single-source', note: 'Satu sumber.' };
    expect(regulationSchema(ref).parse({ ...good, caveats: [caveat] }).caveats).toHaveLength(1);
    expect(regulationSchema(ref).parse(good).caveats).toEqual([]);
    expect(regulationSchema(ref).safeParse({ ...good, caveats: [{ ...caveat, certainty: 'verified' }] }).success).toBe(false);
  });

  test('rejects an unknown kind and status', () => {
    const text = messages(regulationSchema(ref).safeParse({ ...good, kind: 'Perda', status: 'aktif' }));
    expect(text).toMatch(/^kind:/m);
    expect(text).toMatch(/^status:/m);
  });
});

describe('bankSchema()', () => {
  const citation = { regulation: 'pp-94-2021', article: 'Pasal 5 huruf n' };
  const single = {
    id: 'q-1',
    type: 'single',
    prompt: 'P',
    explanation: 'E',
    citation,
    options: [
      { id: 'a', text: 'A' },
      { id: 'b', text: 'B' },
    ],
    answer: 'a',
  };

  test('accepts every question type', () => {
    const questions = [
      single,
      { ...single, id: 'q-2', type: 'multiple', answer: ['a', 'b'] },
      { id: 'q-3', type: 'truefalse', prompt: 'P', explanation: 'E', citation, answer: true },
      { ...single, id: 'q-4', type: 'scenario', verdict: 'melanggar' },
      { id: 'q-5', type: 'matching', prompt: 'P', explanation: 'E', citation, pairs: [{ id: 'x', left: 'L', right: 'R' }, { id: 'y', left: 'L2', right: 'R2' }] },
      { id: 'q-6', type: 'ordering', prompt: 'P', explanation: 'E', citation, items: [{ id: 'x', text: '1' }, { id: 'y', text: '2' }, { id: 'z', text: '3' }] },
    ];
    expect(bank.parse({ module: 'm', questions }).questions).toHaveLength(6);
  });

  test('rejects an answer that is not an option id, naming the question', () => {
    expect(messages(bank.safeParse({ module: 'm', questions: [{ ...single, answer: 'z' }] }))).toContain('soal "q-1": jawaban "z" bukan id opsi');
  });

  test('rejects a question without a citation', () => {
    const { citation: _omit, ...rest } = single;
    expect(messages(bank.safeParse({ module: 'm', questions: [rest] }))).toMatch(/citation/);
  });

  test('rejects an unknown type', () => {
    expect(bank.safeParse({ module: 'm', questions: [{ ...single, type: 'essay' }] }).success).toBe(false);
  });

  test('accepts a citation of each kind of source, and a fact-pattern tag', () => {
    const cited = (c: unknown) => bank.safeParse({ module: 'm', questions: [{ ...single, citation: c, case: 'mobil-dinas-sabtu' }] }).success;
    expect(cited({ regulation: 'pp-94-2021', article: 'Pasal 5' })).toBe(true);
    expect(cited({ ruling: 'putusan-mk-136-2024' })).toBe(true);
    expect(cited({ guidance: 'bkn-pose-foto-2023' })).toBe(true);
    expect(cited({ data: 'kasn-data-pilkada-2020' })).toBe(true);
  });

  test('rejects a citation naming no kind, two kinds, or an article of a guidance', () => {
    const cited = (c: unknown) => bank.safeParse({ module: 'm', questions: [{ ...single, citation: c }] }).success;
    expect(cited({ source: 'pp-94-2021' })).toBe(false);
    expect(cited({ regulation: 'pp-94-2021', guidance: 'bkn-pose-foto-2023' })).toBe(false);
    expect(cited({ guidance: 'bkn-pose-foto-2023', article: 'Pasal 1' })).toBe(false);
  });
});

describe('ruleCitationSchema()', () => {
  // The rule half of a citation, shared by a question's citation and a module summary's item.
  const rule = ruleCitationSchema(ref);
  const summary = summarySchema(ref, ref);
  const item = { text: 'Jaga netralitas.', citation: { regulation: 'uu-20-2023' } };
  const summaryWith = (citation: unknown) =>
    summary.safeParse({ module: 'm', style: 'boleh-tidak', do: [item, { text: 'T', citation }], dont: [item, item] });
  const questionWith = (citation: unknown) =>
    bank.safeParse({ module: 'm', questions: [{ id: 'q-1', type: 'truefalse', prompt: 'P', explanation: 'E', citation, answer: true }] });
  const rules = [
    { regulation: 'uu-20-2023', article: 'Pasal 24 ayat (1)' },
    { regulation: 'skb-netralitas-2022' },
    { ruling: 'putusan-mk-136-2024', article: 'amar putusan' },
  ];
  const notRules = [{}, { guidance: 'bkn-pose-foto-2023' }, { data: 'kasn-data-pilkada-2020' }, { regulation: 'uu-20-2023', article: ' ' }, { regulation: 'uu-20-2023', pasal: '1' }, { regulation: 'a', ruling: 'b' }];

  test('accepts a regulation with or without its article and a ruling, in a question and in a summary alike', () => {
    for (const citation of rules) {
      expect(rule.safeParse(citation).success, JSON.stringify(citation)).toBe(true);
      expect(summaryWith(citation).success, JSON.stringify(citation)).toBe(true);
      expect(questionWith(citation).success, JSON.stringify(citation)).toBe(true);
    }
  });

  test('refuses anything else in a summary; a question takes a guidance or data release besides', () => {
    for (const citation of notRules) expect(summaryWith(citation).success, JSON.stringify(citation)).toBe(false);
    expect(questionWith({ guidance: 'bkn-pose-foto-2023' }).success).toBe(true);
    expect(questionWith({ data: 'kasn-data-pilkada-2020' }).success).toBe(true);
    expect(questionWith({ regulation: 'uu-20-2023', article: ' ' }).success).toBe(false);
  });

  test('a bad citation names its field and what was expected', () => {
    expect(messages(summaryWith({ guidance: 'bkn-pose-foto-2023' }))).toBe(
      'do.1.citation: harus regulation atau ruling (id di content/regulations/), boleh dengan article',
    );
    expect(messages(questionWith({ source: 'uu-20-2023' }))).toMatch(/^questions\.0\.citation: harus salah satu dari regulation atau ruling .*guidance atau data/);
    expect(messages(summaryWith({ regulation: 'uu-20-2023', article: '' }))).toBe('do.1.citation.article: tidak boleh kosong');
  });
});

describe('sourceSchema()', () => {
  const good = { kind: 'guidance', institution: 'BKN', title: 'Penjelasan pose foto', date: '2023-11', points: ['P'] };

  test('accepts a guidance dated to the month, verified by default', () => {
    expect(sourceSchema.parse(good)).toMatchObject({ date: '2023-11', certainty: 'verified' });
    expect(sourceSchema.parse({ ...good, date: 2025 }).date).toBe('2025');
  });

  test('rejects an unknown kind, a missing institution and a malformed date', () => {
    const { institution: _omit, ...rest } = good;
    expect(messages(sourceSchema.safeParse({ ...good, kind: 'berita' }))).toMatch(/^kind:/m);
    expect(messages(sourceSchema.safeParse(rest))).toMatch(/^institution:/m);
    expect(messages(sourceSchema.safeParse({ ...good, date: 'Nov 2023' }))).toMatch(/^date: tanggal harus/m);
  });

  test('takes a certainty tag', () => {
    expect(sourceSchema.parse({ ...good, certainty: 'single-source' }).certainty).toBe('single-source');
    expect(sourceSchema.safeParse({ ...good, certainty: 'maybe' }).success).toBe(false);
  });
});

describe('scenarioSchema()', () => {
  const ending = { verdict: 'tepat', explanation: 'E', citation: { regulation: 'skb-netralitas-2022' } };
  const good = {
    title: 'T',
    module: 'studi-kasus',
    summary: 'S',
    start: 'awal',
    nodes: [
      { id: 'awal', text: 'A', choices: [{ label: 'Tolak', next: 'akhir' }] },
      { id: 'akhir', text: 'B', ending },
    ],
  };

  test('accepts a scenario whose paths all lead to endings', () => {
    expect(scenario.parse(good).nodes).toHaveLength(2);
  });

  test('rejects a choice to a missing node and a node with neither choices nor ending', () => {
    const broken = { ...good, nodes: [{ id: 'awal', text: 'A', choices: [{ label: 'X', next: 'hilang' }] }, { id: 'akhir', text: 'B' }] };
    const text = messages(scenario.safeParse(broken));
    expect(text).toContain('next "hilang" tidak ada');
    expect(text).toContain('node "akhir" harus punya choices atau ending');
  });
});

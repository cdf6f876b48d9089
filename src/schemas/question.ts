import { z } from 'astro/zod';
import { contentPath } from '../data/content-dir';
import { idSchema, textSchema } from './common';

/** Question types the quiz engine supports. */
export const questionTypes = ['single', 'multiple', 'truefalse', 'scenario', 'matching', 'ordering'] as const;
export type QuestionType = (typeof questionTypes)[number];

const ruleExpected = `harus regulation atau ruling (id di ${contentPath('regulations/')}), boleh dengan article`;

/**
 * Where a rule comes from: a regulation in `content/regulations/` with its article, or a court ruling there
 * (kind "Putusan MK"). The part of every citation that can support a rule: a question's (citationSchema) and
 * a module summary's item (src/schemas/summary.ts).
 */
export function ruleCitationSchema<R extends z.ZodType>(regulationRef: R) {
  return z.union([
    z.strictObject({
      /** Regulation id in `content/regulations/`. */
      regulation: regulationRef,
      /** Article as written in the regulation ("Pasal 24 ayat (1)"); left out for a list-style document (an SKB). */
      article: textSchema.optional(),
    }),
    z.strictObject({
      /** Court ruling id in `content/regulations/` (kind "Putusan MK"). */
      ruling: regulationRef,
      /** The part of the ruling, if any ("amar putusan"). */
      article: textSchema.optional(),
    }),
  ], { error: ruleExpected });
}

/**
 * Where a claim comes from. The key names the kind of source, so a guidance is never shown as a law: a rule
 * (`regulation` or `ruling`, see ruleCitationSchema), `guidance` (an official guidance or statement in
 * `content/sources/`) or `data` (an official data release there). A data release cannot support a rule
 * (see src/lib/citations.ts).
 */
export function citationSchema<R extends z.ZodType, S extends z.ZodType>(regulationRef: R, sourceRef: S) {
  return z.union([
    // The rule options spread into this union (not nested), so a bad citation's error lists every kind at one level.
    ...ruleCitationSchema(regulationRef).options,
    /** Official guidance or statement id in `content/sources/`. */
    z.strictObject({ guidance: sourceRef }),
    /** Official data release id in `content/sources/`. */
    z.strictObject({ data: sourceRef }),
  ], { error: `harus salah satu dari regulation atau ruling (id di ${contentPath('regulations/')}, boleh dengan article), guidance atau data (id di ${contentPath('sources/')})` });
}

const optionSchema = z.strictObject({
  /** Option id, unique inside the question (a, b, c...). */
  id: idSchema,
  /** Option text (Markdown inline). */
  text: textSchema,
  /** Feedback shown when the learner picks this option. */
  feedback: textSchema.optional(),
});

/** A question bank, `content/questions/<bank>.yaml`. */
export function bankSchema<M extends z.ZodType, R extends z.ZodType, S extends z.ZodType = R>(
  moduleRef: M,
  regulationRef: R,
  sourceRef?: S,
) {
  const base = {
    /** Stable id, unique across all banks; stored in learners' attempts, so never reuse one. */
    id: idSchema,
    /** The question (Markdown). */
    prompt: textSchema,
    /** Why the answer is right. */
    explanation: textSchema,
    /** The source of the answer (a rule for a verdict). */
    citation: citationSchema(regulationRef, sourceRef ?? regulationRef),
    /**
     * The fact pattern the question is built on, when others share it ("mobil-dinas-sabtu"); no pattern
     * may appear in more than two questions, so one post-test draw rarely asks the same case twice.
     */
    case: idSchema.optional(),
  };
  const options = z.array(optionSchema).min(2).max(6);
  const question = z
    .discriminatedUnion('type', [
      z.strictObject({ ...base, type: z.literal('single'), options, answer: idSchema }),
      z.strictObject({ ...base, type: z.literal('multiple'), options, answer: z.array(idSchema).min(1) }),
      z.strictObject({ ...base, type: z.literal('truefalse'), answer: z.boolean() }),
      z.strictObject({
        ...base,
        type: z.literal('scenario'),
        /** Whether the case breaks the rules. */
        verdict: z.enum(['melanggar', 'tidak-melanggar']),
        options,
        answer: idSchema,
      }),
      z.strictObject({
        ...base,
        type: z.literal('matching'),
        /** Pairs in their correct matching. */
        pairs: z.array(z.strictObject({ id: idSchema, left: textSchema, right: textSchema })).min(2).max(8),
      }),
      z.strictObject({
        ...base,
        type: z.literal('ordering'),
        /** Items in the correct order. */
        items: z.array(z.strictObject({ id: idSchema, text: textSchema })).min(3).max(8),
      }),
    ])
    .superRefine((q, ctx) => {
      const fail = (message: string) => ctx.addIssue({ code: 'custom', message: `soal "${q.id}": ${message}` });
      if ('options' in q) {
        const ids = q.options.map((o) => o.id);
        if (new Set(ids).size !== ids.length) fail('id opsi ganda');
        const answers = Array.isArray(q.answer) ? q.answer : [q.answer];
        for (const a of answers) if (!ids.includes(a)) fail(`jawaban "${a}" bukan id opsi (${ids.join(', ')})`);
      }
      if (q.type === 'matching' || q.type === 'ordering') {
        const list = q.type === 'matching' ? q.pairs : q.items;
        if (new Set(list.map((p) => p.id)).size !== list.length) fail('id ganda');
      }
    });
  return z.strictObject({
    /** The module (topic) of every question in the bank. */
    module: moduleRef,
    /** The lesson the bank belongs to, e.g. "netralitas-asn/01-apa-itu-netralitas". */
    lesson: z.string().optional(),
    /** The questions. */
    questions: z.array(question).min(1),
  });
}

export type Bank = z.infer<ReturnType<typeof bankSchema<z.ZodString, z.ZodString>>>;
export type Question = Bank['questions'][number];

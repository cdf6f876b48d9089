import { z } from 'astro/zod';
import { idSchema, textSchema } from './common';

/** Question types the quiz engine supports. */
export const questionTypes = ['single', 'multiple', 'truefalse', 'scenario', 'matching', 'ordering'] as const;
export type QuestionType = (typeof questionTypes)[number];

/** Where a rule comes from: a regulation id plus the article, e.g. pp-94-2021 + "Pasal 5 huruf n". */
export function citationSchema<R extends z.ZodType>(regulationRef: R) {
  return z.strictObject({
    /** Regulation id in `content/regulations/`. */
    regulation: regulationRef,
    /** Article as written in the regulation ("Pasal 24 ayat (1)"). */
    article: textSchema.optional(),
  });
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
export function bankSchema<M extends z.ZodType, R extends z.ZodType>(moduleRef: M, regulationRef: R) {
  const base = {
    /** Stable id, unique across all banks; stored in learners' attempts, so never reuse one. */
    id: idSchema,
    /** The question (Markdown). */
    prompt: textSchema,
    /** Why the answer is right. */
    explanation: textSchema,
    /** The rule behind the answer. */
    citation: citationSchema(regulationRef),
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

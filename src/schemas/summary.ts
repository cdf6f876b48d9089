// A module's one-page printable summary: `content/summaries/<module>.yaml`. Runs at build time and in unit
// tests. Every item cites a regulation (or court ruling) in content/regulations/; src/data/summaries.ts
// also checks the citation is in force and verified, as for a graded question.
import { z } from 'astro/zod';
import { textSchema } from './common';
import { ruleCitationSchema } from './question';

/** One line of the summary: a short instruction in the learner's words and the rule behind it. */
function itemSchema<R extends z.ZodType>(regulationRef: R) {
  return z.strictObject({
    /** The instruction, one or two short sentences (plain text, at most 220 characters so the page fits A4). */
    text: textSchema.max(220, 'paling banyak 220 karakter agar ringkasan muat satu halaman A4'),
    /** The regulation (or court ruling) and article that say so; never a guidance or data release. */
    citation: ruleCitationSchema(regulationRef),
  });
}

/** A module's summary: what to do and what to avoid, each with its rule. */
export function summarySchema<M extends z.ZodType, R extends z.ZodType>(moduleRef: M, regulationRef: R) {
  return z.strictObject({
    /** The module summarised (one summary per module). */
    module: moduleRef,
    /** Column headings: "boleh-tidak" (Boleh / Tidak boleh) or "lakukan-hindari" (Lakukan / Hindari). */
    style: z.enum(['boleh-tidak', 'lakukan-hindari']),
    /** What the learner does (or may do); 2–6 items. */
    do: z.array(itemSchema(regulationRef)).min(2).max(6),
    /** What the learner avoids (or must not do); 2–7 items. */
    dont: z.array(itemSchema(regulationRef)).min(2).max(7),
  });
}

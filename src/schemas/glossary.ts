import { z } from 'astro/zod';
import { textSchema } from './common';

/** A glossary term, `content/glossary/<id>.yaml`. */
export function glossarySchema<G extends z.ZodType>(termRef: G) {
  return z.strictObject({
    /** The term as written, e.g. "Bawaslu". */
    term: textSchema,
    /** What an abbreviation stands for. */
    expansion: textSchema.optional(),
    /** A plain one- or two-sentence definition. */
    definition: textSchema,
    /** Related glossary terms (ids). */
    related: z.array(termRef).default([]),
  });
}

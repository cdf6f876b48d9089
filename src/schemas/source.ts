import { z } from 'astro/zod';
import { certaintySchema, partialDateSchema, textSchema } from './common';

/**
 * Kinds of source that are not regulations: an official guidance or statement (a ministry's explanation,
 * a circular that binds no one outside the issuer, a press statement) and an official data release.
 */
export const sourceKinds = ['guidance', 'data'] as const;
export type SourceKind = (typeof sourceKinds)[number];

/** A non-regulation source in the library, `content/sources/<id>.yaml`. */
export const sourceSchema = z.strictObject({
  /** "guidance" (official guidance or statement) or "data" (official data release). */
  kind: z.enum(sourceKinds),
  /** Who issued it, e.g. "BKN", "Bawaslu", "KPK". */
  institution: textSchema,
  /** What it is, in the course's words, e.g. "Penjelasan pose foto ASN selama masa pemilu". */
  title: textSchema,
  /** When it was issued or stated: "YYYY-MM-DD", "YYYY-MM" or "YYYY". */
  date: partialDateSchema,
  /** How well the brief supports it; a question may cite only a verified source. */
  certainty: certaintySchema,
  /** What the course takes from it. */
  points: z.array(textSchema).min(1),
  /** Context, caveats, or where it was reported. */
  note: textSchema.optional(),
});

export type SourceData = z.infer<typeof sourceSchema>;

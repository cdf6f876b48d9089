import { z } from 'astro/zod';
import { certaintySchema, textSchema } from './common';

/** Kinds of legal instrument the course cites, in the order the library lists them. */
export const regulationKinds = ['UU', 'PP', 'Perpres', 'Permen', 'Perban', 'SKB', 'SE', 'Perkom', 'Putusan MK'] as const;

/**
 * Legal status as of the content's last review. "selesai": made for one event that is over (the SKB for
 * Pilkada 2020) and no longer used, with no formal revocation on record; taught only as history.
 */
export const regulationStatuses = ['berlaku', 'diubah', 'dicabut', 'selesai'] as const;

/** A regulation in the library, `content/regulations/<id>.yaml`. */
export function regulationSchema<R extends z.ZodType>(regulationRef: R) {
  return z.strictObject({
    /** Kind of instrument (UU, PP, ...). */
    kind: z.enum(regulationKinds),
    /** Number as written, e.g. "20" or "121/PUU-XXII/2024". */
    number: z.union([z.string(), z.number()]).transform(String),
    /** Year of enactment. */
    year: z.number().int().min(1945).max(2100),
    /** Title ("tentang ..."). */
    title: textSchema,
    /**
     * The full official title when it cannot be built from kind, number, year and title (a joint decree
     * signed by five officials); otherwise left out and built by officialTitle() in src/lib/regulations.ts.
     */
    officialTitle: textSchema.optional(),
    /** Date signed, promulgated or (for a court ruling) read. */
    issued: z.coerce.date().optional(),
    /** Whether it is in force, amended, revoked or over (selesai). */
    status: z.enum(regulationStatuses),
    /** The regulation that revoked or amended this one; for "selesai", the guideline that succeeded it. */
    replacedBy: regulationRef.nullish(),
    /** What it rules that the course uses. */
    rules: z.array(textSchema).min(1),
    /** A sentence on its status or context. */
    note: textSchema.optional(),
    /**
     * Articles whose number or content the brief does not verify: a graded question may not cite them
     * (a lesson may, with the caveat). E.g. { article: "Pasal 5 huruf k", certainty: single-source }.
     */
    caveats: z
      .array(
        z.strictObject({
          /** The article as a citation writes it. */
          article: textSchema,
          /** "single-source" or "uncertain". */
          certainty: certaintySchema.refine((c) => c !== 'verified', 'caveat hanya untuk single-source atau uncertain'),
          /** Why, in one sentence. */
          note: textSchema,
        }),
      )
      .default([]),
  });
}

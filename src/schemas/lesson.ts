import { z } from 'astro/zod';
import { textSchema } from './common';

/**
 * Frontmatter of a lesson, `content/lessons/<module>/NN-slug.mdx`. References are passed in so the
 * same shape can be tested without Astro's `reference()` (which needs a running content layer).
 */
export function lessonSchema<M extends z.ZodType, R extends z.ZodType>(moduleRef: M, regulationRef: R) {
  return z.strictObject({
    /** Lesson title, rendered as the page's H1. */
    title: textSchema,
    /** One sentence for the module page and search results. */
    description: textSchema,
    /** The module this lesson belongs to (an id in `content/modules/`). */
    module: moduleRef,
    /** Position inside the module, 1-based. */
    order: z.number().int().positive(),
    /** Study time in minutes. */
    duration: z.number().int().min(1).max(240),
    /** What the learner can do afterwards. */
    objectives: z.array(textSchema).min(1),
    /** Regulations the lesson relies on (ids in `content/regulations/`). */
    sources: z.array(regulationRef).min(1, 'setiap pelajaran wajib mencantumkan minimal satu sumber'),
    /** Date of the last content review. */
    updated: z.coerce.date(),
    /**
     * Date the lesson's legal facts were last checked against the brief (shown on the lesson page), so a
     * trainer knows how current "per <date>" statements are.
     */
    factsChecked: z.coerce.date({ error: 'factsChecked wajib: tanggal fakta terakhir diperiksa (YYYY-MM-DD)' }),
    /** Drafts are left out of the build. */
    draft: z.boolean().default(false),
  });
}

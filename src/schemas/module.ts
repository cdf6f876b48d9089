import { z } from 'astro/zod';
import { textSchema } from './common';

/** A course module: `content/modules/<id>.yaml`. */
export const moduleSchema = z.strictObject({
  /** Title shown in navigation, e.g. "Netralitas ASN". */
  title: textSchema,
  /** Position of the module in the course, 1-based. */
  order: z.number().int().positive(),
  /** One or two sentences shown on the home page. */
  summary: textSchema,
  /** Learning outcomes ("Peserta mampu ..."). */
  outcomes: z.array(textSchema).min(1),
  /** Key points repeated after the module's last lesson. */
  recap: z.array(textSchema).min(1),
});

export type ModuleData = z.infer<typeof moduleSchema>;

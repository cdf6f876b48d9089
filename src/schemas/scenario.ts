import { z } from 'astro/zod';
import { idSchema, textSchema } from './common';
import { citationSchema } from './question';

/** A branching dilemma, `content/scenarios/<id>.yaml`: nodes linked by choices, ending in verdicts. */
export function scenarioSchema<M extends z.ZodType, R extends z.ZodType, S extends z.ZodType = R>(
  moduleRef: M,
  regulationRef: R,
  sourceRef?: S,
) {
  const node = z.strictObject({
    /** Node id, unique in the scenario. */
    id: idSchema,
    /** What happens, in the second person. */
    text: textSchema,
    /** Choices leading to other nodes (absent on an ending). */
    choices: z.array(z.strictObject({ label: textSchema, next: idSchema })).min(1).optional(),
    /** The outcome, on a final node. */
    ending: z
      .strictObject({
        verdict: z.enum(['tepat', 'berisiko', 'melanggar']),
        explanation: textSchema,
        citation: citationSchema(regulationRef, sourceRef ?? regulationRef),
      })
      .optional(),
  });
  return z
    .strictObject({
      /** Scenario title. */
      title: textSchema,
      /** The module it belongs to. */
      module: moduleRef,
      /** One sentence setting the scene. */
      summary: textSchema,
      /** Id of the first node. */
      start: idSchema,
      /** All nodes. */
      nodes: z.array(node).min(2),
    })
    .superRefine((s, ctx) => {
      const fail = (message: string) => ctx.addIssue({ code: 'custom', message });
      const ids = new Set(s.nodes.map((n) => n.id));
      if (ids.size !== s.nodes.length) fail('id node ganda');
      if (!ids.has(s.start)) fail(`start "${s.start}" bukan id node`);
      for (const n of s.nodes) {
        if (!n.choices === !n.ending) fail(`node "${n.id}" harus punya choices atau ending (salah satu)`);
        for (const c of n.choices ?? []) if (!ids.has(c.next)) fail(`node "${n.id}": next "${c.next}" tidak ada`);
      }
    });
}

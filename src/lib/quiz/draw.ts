// Drawing exam questions by topic mix, and shuffling the options of each question. Seeded, so the same
// attempt id always gives the same questions in the same order. Shared by server and browser.
import { layoutIds, type Key } from './key';
import { createRng, shuffle } from './random';

/** What a draw needs to know about a question. */
export interface Drawable {
  id: string;
  /** Module id (the topic). */
  module: string;
}

/** Problems that make a mix impossible to draw from the pool (empty when it is fine). */
export function checkMix(pool: readonly Drawable[], mix: Readonly<Record<string, number>>): string[] {
  const problems: string[] = [];
  for (const [module, count] of Object.entries(mix)) {
    if (!Number.isInteger(count) || count < 1) problems.push(`modul "${module}": jumlah soal harus bilangan bulat ≥ 1`);
    const available = pool.filter((q) => q.module === module).length;
    if (available < count) problems.push(`modul "${module}": perlu ${count} soal, bank soal hanya berisi ${available}`);
  }
  return problems;
}

/**
 * Draws exactly `mix[module]` questions per module, without duplicates, in a shuffled order. The result
 * depends only on the seed, the set of questions (not on the pool's order) and `shown`. Questions in
 * `shown` (their answers were shown to the learner, see shown.ts) are drawn only where a module has too
 * few others to fill its share of the mix. Throws when the pool is too small.
 */
export function drawQuestions<Q extends Drawable>(
  pool: readonly Q[],
  mix: Readonly<Record<string, number>>,
  seed: string,
  shown: ReadonlySet<string> = new Set(),
): Q[] {
  const problems = checkMix(pool, mix);
  if (problems.length) throw new Error(problems.join('; '));
  const unique = new Map<string, Q>();
  for (const q of pool) if (!unique.has(q.id)) unique.set(q.id, q);
  const sorted = [...unique.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rng = createRng(`draw:${seed}`);
  const drawn: Q[] = [];
  for (const module of Object.keys(mix).sort()) {
    const shuffled = shuffle(
      sorted.filter((q) => q.module === module),
      rng,
    );
    // Unseen first, each group in its shuffled order: with nothing shown, the draw is the plain one.
    const preferred = [...shuffled.filter((q) => !shown.has(q.id)), ...shuffled.filter((q) => shown.has(q.id))];
    drawn.push(...preferred.slice(0, mix[module]));
  }
  return shuffle(drawn, rng);
}

/**
 * The display order of a question's options (or right-hand sides for matching, or starting order of items
 * for ordering), seeded. An ordering question never starts in its correct order.
 */
export function layoutFor(key: Key, seed: string): string[] {
  const ids = layoutIds(key);
  const rng = createRng(`layout:${seed}`);
  const order = shuffle(ids, rng);
  if (key.type === 'ordering' && order.every((id, i) => id === ids[i])) {
    // Rotate by one: still a fair start, and never already solved.
    order.push(order.shift() as string);
  }
  return order;
}

/** Whether `layout` is a valid layout for the key (same ids, each once). */
export function isLayoutOf(key: Key, layout: readonly string[]): boolean {
  const ids = layoutIds(key);
  return layout.length === ids.length && new Set(layout).size === layout.length && layout.every((id) => ids.includes(id));
}

// Classroom quizzes over the real question banks (astro sync in global setup): the right answer's letter
// on slides and handouts must not be guessable from its position anywhere in the course.
import { getCollection } from 'astro:content';
import { describe, expect, test } from 'vitest';
import { normalizeCitation } from '../../src/lib/citations';
import type { Question } from '../../src/lib/quiz/types';
import { questionView } from '../../src/lib/slides/questions';

const banks = await getCollection('questions');
const questions = banks.flatMap((b) =>
  b.data.questions.map((q) => ({ ...q, module: b.data.module.id, citation: normalizeCitation(q.citation) }) as Question),
);
const labels = { true: 'Benar', false: 'Salah' };

/** Right-answer positions of every single-answer question with `n` options, counted per position. */
function positionCounts(n: number): { counts: number[]; total: number } {
  const counts = Array.from({ length: n }, () => 0);
  for (const q of questions) {
    if ((q.type !== 'single' && q.type !== 'scenario') || q.options.length !== n) continue;
    const view = questionView(q, labels);
    if (view.kind !== 'choice') continue;
    counts[view.choices.findIndex((c) => c.correct)]! += 1;
  }
  return { counts, total: counts.reduce((a, b) => a + b, 0) };
}

/** The range a fair shuffle keeps one position's count in, 999 times in 1,000 (normal approximation). */
function fairRange(total: number, n: number): [number, number] {
  const mean = total / n;
  const spread = 3.29 * Math.sqrt(total * (1 / n) * (1 - 1 / n));
  return [Math.floor(mean - spread), Math.ceil(mean + spread)];
}

describe('classroom quiz fairness over the whole course', () => {
  test('the right answer of four-option questions sits in each position as often as a fair shuffle gives', () => {
    const { counts, total } = positionCounts(4);
    expect(total).toBeGreaterThan(40);
    const [low, high] = fairRange(total, 4);
    for (const [i, count] of counts.entries()) {
      expect(count, `posisi ${String.fromCharCode(65 + i)}: ${counts.join('/')}`).toBeGreaterThanOrEqual(low);
      expect(count, `posisi ${String.fromCharCode(65 + i)}: ${counts.join('/')}`).toBeLessThanOrEqual(high);
    }
  });

  test('no position holds the right answer of a clear majority of questions of any option count', () => {
    for (const n of [2, 3, 5]) {
      const { counts, total } = positionCounts(n);
      if (total < 8) continue;
      const [, high] = fairRange(total, n);
      expect(Math.max(...counts), `${n} pilihan: ${counts.join('/')}`).toBeLessThanOrEqual(high);
    }
  });

  test('multiple-answer questions do not list their right answers first', () => {
    let firstAll = 0;
    let total = 0;
    for (const q of questions) {
      if (q.type !== 'multiple') continue;
      const view = questionView(q, labels);
      if (view.kind !== 'choice') continue;
      const right = view.choices.filter((c) => c.correct).length;
      total += 1;
      if (view.choices.slice(0, right).every((c) => c.correct)) firstAll += 1;
    }
    // A fair shuffle puts all right answers first only now and then; authors always did.
    if (total) expect(firstAll / total).toBeLessThan(0.5);
  });
});

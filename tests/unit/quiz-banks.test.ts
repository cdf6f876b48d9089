// The quiz engine over the real question banks and site configuration (astro sync in global setup).
import { getCollection } from 'astro:content';
import { describe, expect, test } from 'vitest';
import { checkMix, drawQuestions, isLayoutOf, layoutFor } from '../../src/lib/quiz/draw';
import { keyOf } from '../../src/lib/quiz/key';
import { normalizeCitation } from '../../src/lib/citations';
import { matchToken } from '../../src/lib/quiz/reveal';
import type { Question } from '../../src/lib/quiz/types';
import site from '../../src/site.config';

const banks = await getCollection('questions');
const questions = banks.flatMap((b) =>
  b.data.questions.map((q) => ({ ...q, module: b.data.module.id, citation: normalizeCitation(q.citation) }) as Question),
);
const pool = questions.map((q) => ({ id: q.id, module: q.module, key: keyOf(q) }));

describe('configured exams over the real banks', () => {
  test('the pre-test and post-test mixes can be drawn', () => {
    expect(checkMix(pool, site.preTestMix)).toEqual([]);
    expect(checkMix(pool, site.postTest.mix)).toEqual([]);
  });

  test('every question of the post-test topics is reachable over many attempts', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 800; i++) for (const q of drawQuestions(pool, site.postTest.mix, `attempt-${i}`)) seen.add(q.id);
    const expected = pool.filter((q) => q.module in site.postTest.mix).map((q) => q.id);
    expect(expected.filter((id) => !seen.has(id))).toEqual([]);
  });

  test('every question gets a valid layout, and matching values never collide', () => {
    for (const q of pool) {
      expect(isLayoutOf(q.key, layoutFor(q.key, q.id)), q.id).toBe(true);
      if (q.key.type === 'matching') expect(new Set(q.key.pairs.map((p) => matchToken(q.id, p))).size, q.id).toBe(q.key.pairs.length);
    }
  });
});

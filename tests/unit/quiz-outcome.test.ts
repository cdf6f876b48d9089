import { describe, expect, test } from 'vitest';
import { answerQuestion, examStanding, startAttempt, submitAttempt, type Attempt, type PoolQuestion } from '../../src/lib/quiz/attempt';
import { inCourseOrder } from '../../src/lib/quiz/grade';
import type { Key } from '../../src/lib/quiz/key';
import { examOutcome, type OutcomeConfig } from '../../src/lib/quiz/outcome';

// A synthetic 17-question post-test: 16 single-choice questions (answer "a") over three topics and one
// five-pair matching question, so a score can land on fifths of a point (13.6 of 17 is exactly 80%).
const pairs = ['p1', 'p2', 'p3', 'p4', 'p5'];
const pool: PoolQuestion[] = [
  ...Array.from({ length: 16 }, (_, i) => ({
    id: `s${String(i).padStart(2, '0')}`,
    module: i < 6 ? 'netralitas' : i < 11 ? 'antikorupsi' : 'berakhlak',
    key: { type: 'single', options: ['a', 'b', 'c'], answer: 'a' } as Key,
  })),
  { id: 'match', module: 'berakhlak', key: { type: 'matching', pairs } },
];
const keys = new Map(pool.map((q) => [q.id, q.key]));
const mix = { netralitas: 6, antikorupsi: 5, berakhlak: 6 };
const config: OutcomeConfig = { kind: 'post', passMark: 80, attempts: 3, moduleOrder: ['netralitas', 'antikorupsi', 'berakhlak'] };
const now = new Date('2026-05-01T08:00:00.000Z');

/**
 * A submitted post-test attempt with `singlesRight` single-choice questions right (in draw order) and
 * `pairsRight` of the five matching pairs right.
 */
async function taken(number: number, singlesRight: number, pairsRight: number, kind: 'pre' | 'post' = 'post'): Promise<Attempt> {
  let attempt = startAttempt({ id: `seed-${kind}-${number}`, kind, number, pool, mix, now, timeLimitMinutes: null });
  let right = 0;
  for (const q of attempt.questions) {
    if (q.id === 'match') {
      const answer = Object.fromEntries(pairs.map((p, i) => [p, i < pairsRight ? p : pairs[(i + 1) % pairs.length]!]));
      // With fewer than five right, the wrong ones are given as a rotation among themselves.
      const wrong = pairs.slice(pairsRight);
      wrong.forEach((p, i) => (answer[p] = wrong.length > 1 ? wrong[(i + 1) % wrong.length]! : p === 'p5' ? 'p1' : 'p5'));
      attempt = answerQuestion(attempt, keys, q.id, answer);
    } else {
      attempt = answerQuestion(attempt, keys, q.id, right < singlesRight ? 'a' : 'b');
      right++;
    }
  }
  return submitAttempt(attempt, keys, config.passMark, now);
}

async function outcomeAfter(...attempts: Promise<Attempt>[]) {
  const all = await Promise.all(attempts);
  return examOutcome(examStanding(all, 'post', config.attempts), config);
}

describe('examOutcome() at the pass mark (17 questions, pass mark 80%)', () => {
  test('13.6 of 17 points is exactly 80% and passes', async () => {
    const outcome = await outcomeAfter(taken(1, 13, 3));
    expect(outcome?.result.score).toBe(80);
    expect(outcome?.passed).toBe(true);
    expect(outcome?.next).toEqual({ step: 'certificate' });
    expect(outcome?.weak).toEqual([]);
  });

  test('13.4 of 17 points is 78.8% and fails, with two attempts left', async () => {
    const outcome = await outcomeAfter(taken(1, 13, 2));
    expect(outcome?.result.score).toBe(78.8);
    expect(outcome?.passed).toBe(false);
    expect(outcome?.next).toEqual({ step: 'retry', attemptsLeft: 2, nextNumber: 2 });
  });
});

describe('examOutcome()', () => {
  test('is null before any attempt is finished', () => {
    expect(examOutcome(examStanding([], 'post', 3), config)).toBeNull();
  });

  test('after the last allowed attempt fails, says the attempts are used up', async () => {
    const outcome = await outcomeAfter(taken(1, 5, 0), taken(2, 6, 0), taken(3, 7, 0));
    expect(outcome?.attemptNumber).toBe(3);
    expect(outcome?.next).toEqual({ step: 'final' });
  });

  test('a pass on a later attempt leads to the certificate', async () => {
    const outcome = await outcomeAfter(taken(1, 5, 0), taken(2, 16, 5));
    expect(outcome?.result.score).toBe(100);
    expect(outcome?.next).toEqual({ step: 'certificate' });
  });

  test('a failed post-test lists the topics below the pass mark in course order', async () => {
    // The first five singles drawn are right: whichever topics they fall in, the weak list is in course order.
    const outcome = await outcomeAfter(taken(1, 5, 0));
    const weak = outcome?.weak.map((t) => t.module) ?? [];
    expect(weak.length).toBeGreaterThan(0);
    expect(weak).toEqual(inCourseOrder(outcome?.weak ?? [], config.moduleOrder).map((t) => t.module));
    expect(outcome?.topics.map((t) => t.module)).toEqual(['netralitas', 'antikorupsi', 'berakhlak']);
    expect(outcome?.topics.filter((t) => t.ok === false).map((t) => t.module)).toEqual(weak);
  });

  test('a pre-test has no pass or fail, no weak topics, and leads to learning', async () => {
    const pre = await taken(1, 2, 0, 'pre');
    const outcome = examOutcome(examStanding([pre], 'pre', 1), { ...config, kind: 'pre', attempts: 1 });
    expect(outcome?.passed).toBeNull();
    expect(outcome?.next).toEqual({ step: 'learn' });
    expect(outcome?.weak).toEqual([]);
    expect(outcome?.topics.every((t) => t.ok === null)).toBe(true);
  });
});

describe('inCourseOrder()', () => {
  test('sorts by the course order and puts unknown modules last, as given', () => {
    const items = [{ module: 'x' }, { module: 'b' }, { module: 'y' }, { module: 'a' }];
    expect(inCourseOrder(items, ['a', 'b']).map((i) => i.module)).toEqual(['a', 'b', 'x', 'y']);
  });
});

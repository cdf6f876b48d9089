import { describe, expect, test } from 'vitest';
import {
  AttemptError,
  answerQuestion,
  attemptDigest,
  examStanding,
  countTime,
  extendTime,
  goToQuestion,
  isTimeUp,
  MAX_TICK_MS,
  reconcileAttempt,
  startAttempt,
  statusOf,
  submitAttempt,
  timeLeftMs,
  unansweredQuestions,
  type Attempt,
  type PoolQuestion,
} from '../../src/lib/quiz/attempt';
import { learningGain, passes, percent, topicResults, weakTopics } from '../../src/lib/quiz/grade';
import type { Key } from '../../src/lib/quiz/key';

// Ten single-choice questions (answer "a") over two topics, plus one of each other type.
const singles: PoolQuestion[] = Array.from({ length: 10 }, (_, i) => ({
  id: `q${String(i).padStart(2, '0')}`,
  module: i < 6 ? 'netralitas-asn' : 'antikorupsi',
  key: { type: 'single', options: ['a', 'b', 'c'], answer: 'a' } as Key,
}));
const others: PoolQuestion[] = [
  { id: 'm1', module: 'berakhlak', key: { type: 'matching', pairs: ['p1', 'p2', 'p3'] } },
  { id: 'o1', module: 'berakhlak', key: { type: 'ordering', items: ['x', 'y', 'z'] } },
  { id: 'c1', module: 'berakhlak', key: { type: 'scenario', verdict: 'melanggar', options: ['a', 'b'], answer: 'a' } },
];
const pool = [...singles, ...others];
const keys = new Map(pool.map((q) => [q.id, q.key]));
const mix10 = { 'netralitas-asn': 6, antikorupsi: 4 };
const now = new Date('2026-05-01T08:00:00.000Z');

function start(id = 'seed-1', extra: Partial<Parameters<typeof startAttempt>[0]> = {}): Attempt {
  return startAttempt({ id, kind: 'post', number: 1, pool, mix: mix10, now, timeLimitMinutes: null, ...extra });
}

/** Answers the first `right` questions right and the rest wrong. */
function answerRight(attempt: Attempt, right: number): Attempt {
  return attempt.questions.reduce((a, q, i) => answerQuestion(a, keys, q.id, i < right ? 'a' : 'b'), attempt);
}

describe('startAttempt()', () => {
  test('moves from not-started to in-progress with the drawn questions and no answers', () => {
    expect(statusOf(undefined)).toBe('not-started');
    const attempt = start();
    expect(statusOf(attempt)).toBe('in-progress');
    expect(attempt.questions).toHaveLength(10);
    expect(attempt.answers).toEqual({});
    expect(attempt.limitMs).toBeNull();
    expect(attempt.elapsedMs).toBe(0);
    expect(attempt.questions.every((q) => q.layout.length === 3)).toBe(true);
  });

  test('gives the same questions, order and layouts from the same seed (stable resume)', () => {
    const first = start('same');
    const again = start('same');
    expect(again.questions).toEqual(first.questions);
    // A stored attempt survives a JSON round trip unchanged (what a reload does).
    const reloaded = JSON.parse(JSON.stringify(answerRight(first, 3))) as Attempt;
    expect(reloaded.questions).toEqual(first.questions);
    expect(Object.keys(reloaded.answers)).toHaveLength(10);
  });

  test('sets a time limit in milliseconds, with nothing counted yet', () => {
    const attempt = start('t', { timeLimitMinutes: 30 });
    expect(attempt.limitMs).toBe(30 * 60_000);
    expect(timeLeftMs(attempt)).toBe(30 * 60_000);
  });

  test('rejects a missing seed, a bad number and an impossible mix', () => {
    expect(() => start('')).toThrow(AttemptError);
    expect(() => start('x', { number: 0 })).toThrow(AttemptError);
    expect(() => start('x', { mix: { antikorupsi: 5 } })).toThrow(/antikorupsi/);
  });
});

describe('answerQuestion()', () => {
  test('keeps answers and clears one with undefined', () => {
    const attempt = start();
    const id = attempt.questions[0]?.id ?? '';
    const answered = answerQuestion(attempt, keys, id, 'b');
    expect(answered.answers[id]).toBe('b');
    expect(attempt.answers[id]).toBeUndefined();
    expect(answerQuestion(answered, keys, id, undefined).answers[id]).toBeUndefined();
  });

  test('rejects answers that do not fit, questions not in the attempt and a submitted attempt', async () => {
    const attempt = start();
    const id = attempt.questions[0]?.id ?? '';
    expect(() => answerQuestion(attempt, keys, id, 'z')).toThrow(AttemptError);
    expect(() => answerQuestion(attempt, keys, id, ['a'])).toThrow(AttemptError);
    expect(() => answerQuestion(attempt, keys, 'm1', { p1: 'p1' })).toThrow(AttemptError);
    const submitted = await submitAttempt(attempt, keys, 80, now);
    expect(statusOf(submitted)).toBe('submitted');
    expect(() => answerQuestion(submitted, keys, id, 'a')).toThrow(AttemptError);
    await expect(submitAttempt(submitted, keys, 80, now)).rejects.toThrow(AttemptError);
    expect(() => goToQuestion(submitted, 1)).toThrow(AttemptError);
  });
});

describe('goToQuestion()', () => {
  test('stays within the attempt', () => {
    const attempt = start();
    expect(goToQuestion(attempt, 4).current).toBe(4);
    expect(goToQuestion(attempt, 99).current).toBe(9);
    expect(goToQuestion(attempt, -3).current).toBe(0);
  });
});

describe('unansweredQuestions()', () => {
  test('names unanswered and half-answered questions with their positions', () => {
    const attempt = startAttempt({ id: 'u', kind: 'pre', number: 1, pool, mix: { berakhlak: 3 }, now, timeLimitMinutes: null });
    const index = (id: string) => attempt.questions.findIndex((q) => q.id === id);
    let a = answerQuestion(attempt, keys, 'c1', { verdict: 'melanggar' });
    a = answerQuestion(a, keys, 'o1', ['z', 'y', 'x']);
    expect(unansweredQuestions(a, keys)).toEqual(
      [
        { id: 'm1', index: index('m1'), state: 'empty' },
        { id: 'c1', index: index('c1'), state: 'partial' },
      ].sort((x, y) => x.index - y.index),
    );
  });
});

describe('submitAttempt()', () => {
  test('8 of 10 at a pass mark of 80 passes', async () => {
    const done = await submitAttempt(answerRight(start(), 8), keys, 80, now);
    expect(done.result?.score).toBe(80);
    expect(done.result?.passed).toBe(true);
  });

  test('7 of 10 at a pass mark of 80 does not pass', async () => {
    const done = await submitAttempt(answerRight(start(), 7), keys, 80, now);
    expect(done.result?.score).toBe(70);
    expect(done.result?.passed).toBe(false);
  });

  test('produces a complete ExamResult with per-topic points', async () => {
    const attempt = answerRight(start('r'), 10);
    const done = await submitAttempt(attempt, keys, 80, new Date('2026-05-01T09:00:00.000Z'));
    expect(done.result).toMatchObject({
      kind: 'post',
      attemptId: 'r',
      attemptNumber: 1,
      finishedAt: '2026-05-01T09:00:00.000Z',
      score: 100,
      passed: true,
    });
    expect(done.result?.topics.sort((a, b) => a.module.localeCompare(b.module))).toEqual([
      { module: 'antikorupsi', points: 4, max: 4 },
      { module: 'netralitas-asn', points: 6, max: 6 },
    ]);
    expect(done.result?.digest).toMatch(/^[0-9a-f]{64}$/);
  });

  test('a pre-test never counts as passed', async () => {
    const attempt = startAttempt({ id: 'p', kind: 'pre', number: 1, pool, mix: mix10, now, timeLimitMinutes: null });
    const done = await submitAttempt(answerRight(attempt, 10), keys, 80, now);
    expect(done.result?.passed).toBe(false);
    expect(done.result?.score).toBe(100);
  });
});

describe('attemptDigest()', () => {
  test('is the same for the same answers and changes with any answer', async () => {
    const a = answerRight(start('d'), 5);
    expect(await attemptDigest(a, keys)).toBe(await attemptDigest(JSON.parse(JSON.stringify(a)) as Attempt, keys));
    const id = a.questions[9]?.id ?? '';
    expect(await attemptDigest(answerQuestion(a, keys, id, 'c'), keys)).not.toBe(await attemptDigest(a, keys));
  });
});

describe('time limit', () => {
  /** Ticks of `ms` each, as the page's one-second timer adds them. */
  const tick = (attempt: Attempt, times: number, ms = 1000) => Array.from({ length: times }).reduce<Attempt>((a) => countTime(a, ms), attempt);

  test('counts the time spent down to zero', () => {
    const attempt = tick(start('t', { timeLimitMinutes: 10 }), 4 * 60);
    expect(timeLeftMs(attempt)).toBe(6 * 60_000);
    expect(isTimeUp(attempt)).toBe(false);
    const over = tick(attempt, 7 * 60);
    expect(timeLeftMs(over)).toBe(0);
    expect(isTimeUp(over)).toBe(true);
  });

  test('does not depend on the device clock: nothing but counted time moves the limit', () => {
    const attempt = tick(start('t', { timeLimitMinutes: 10 }), 60);
    // The device clock jumping a day forward shows up as one huge step, or as a step back.
    expect(countTime(attempt, 24 * 3_600_000)).toBe(attempt);
    expect(countTime(attempt, -3_600_000)).toBe(attempt);
    expect(countTime(attempt, Number.NaN)).toBe(attempt);
    expect(countTime(attempt, MAX_TICK_MS + 1)).toBe(attempt);
    expect(timeLeftMs(attempt)).toBe(9 * 60_000);
  });

  test('survives a reload with the time already spent', () => {
    const attempt = tick(start('t', { timeLimitMinutes: 10 }), 90);
    const reloaded = JSON.parse(JSON.stringify(attempt)) as Attempt;
    expect(timeLeftMs(tick(reloaded, 30))).toBe(8 * 60_000);
  });

  test('can be extended, also after it ran out', () => {
    const attempt = tick(start('t', { timeLimitMinutes: 10 }), 9 * 60 + 40);
    expect(extendTime(attempt, 10).limitMs).toBe(20 * 60_000);
    const late = tick(attempt, 5 * 60);
    expect(timeLeftMs(late)).toBe(0);
    expect(timeLeftMs(extendTime(late, 5))).toBe(5 * 60_000);
    expect(() => extendTime(attempt, 0)).toThrow(AttemptError);
  });

  test('stops counting once submitted', async () => {
    const done = await submitAttempt(start('t', { timeLimitMinutes: 10 }), keys, 80, now);
    expect(countTime(done, 1000)).toBe(done);
  });

  test('has no countdown without a limit', () => {
    const attempt = start();
    expect(timeLeftMs(attempt)).toBeNull();
    expect(isTimeUp(tick(attempt, 10_000))).toBe(false);
    expect(extendTime(attempt, 10)).toBe(attempt);
  });
});

describe('reconcileAttempt()', () => {
  test('leaves an attempt alone when the banks still hold all its questions', () => {
    const attempt = answerRight(start(), 4);
    expect(reconcileAttempt(attempt, pool)).toEqual({ attempt, changed: false });
  });

  test('replaces a removed question with an unused one of the same topic, the same way every time', () => {
    const attempt = answerRight(start('rc'), 10);
    const removed = attempt.questions.find((q) => q.module === 'netralitas-asn')?.id ?? '';
    const extra: PoolQuestion = { id: 'q-new', module: 'netralitas-asn', key: { type: 'truefalse', answer: true } };
    const newPool = [...pool.filter((q) => q.id !== removed), extra];
    const { attempt: fixed, changed } = reconcileAttempt(attempt, newPool);
    expect(changed).toBe(true);
    const ids = fixed.questions.map((q) => q.id);
    expect(ids).not.toContain(removed);
    expect(ids).toContain('q-new');
    expect(new Set(ids).size).toBe(10);
    expect(fixed.answers['q-new']).toBeUndefined();
    expect(Object.keys(fixed.answers)).toHaveLength(9);
    expect(reconcileAttempt(attempt, newPool).attempt).toEqual(fixed);
  });

  test('drops answers to options that no longer exist and redoes a broken layout', () => {
    const attempt = answerRight(start('ro'), 10);
    const target = attempt.questions[0]?.id ?? '';
    const newPool = pool.map((q) => (q.id === target ? { ...q, key: { type: 'single', options: ['b', 'c', 'd'], answer: 'b' } as Key } : q));
    const { attempt: fixed } = reconcileAttempt(attempt, newPool);
    expect(fixed.answers[target]).toBeUndefined();
    expect([...(fixed.questions[0]?.layout ?? [])].sort()).toEqual(['b', 'c', 'd']);
  });

  test('returns a submitted attempt unchanged', async () => {
    const done = await submitAttempt(start(), keys, 80, now);
    expect(reconcileAttempt(done, []).changed).toBe(false);
  });
});

describe('examStanding()', () => {
  test('counts attempts, passes and what may start next', async () => {
    const failed = await submitAttempt(answerRight(start('f1'), 5), keys, 80, now);
    const standing = examStanding([failed], 'post', 3);
    expect(standing).toMatchObject({ passed: false, attemptsUsed: 1, attemptsLeft: 2, canStart: true, nextNumber: 2 });
    const inProgress = start('f2', { number: 2 });
    expect(examStanding([failed, inProgress], 'post', 3)).toMatchObject({ inProgress, canStart: false, attemptsLeft: 1 });
    const passed = await submitAttempt(answerRight(inProgress, 10), keys, 80, now);
    expect(examStanding([failed, passed], 'post', 3)).toMatchObject({ passed: true, canStart: false });
  });

  test('stops after the last failed attempt and ignores the other exam kind', async () => {
    const attempts = await Promise.all(
      [1, 2, 3].map((n) => submitAttempt(answerRight(start(`x${n}`, { number: n }), 2), keys, 80, now)),
    );
    expect(examStanding(attempts, 'post', 3)).toMatchObject({ attemptsLeft: 0, canStart: false, passed: false });
    expect(examStanding(attempts, 'pre', 1)).toMatchObject({ attemptsUsed: 0, canStart: true });
  });
});

describe('passes()', () => {
  test('exactly at the pass mark passes; just below does not', () => {
    expect(passes(8, 10, 80)).toBe(true);
    expect(passes(7.99, 10, 80)).toBe(false);
    expect(passes(13.6, 17, 80)).toBe(true);
    expect(passes(13.5, 17, 80)).toBe(false);
  });

  test('is not fooled by floating-point sums', () => {
    // 0.1 added 80 times is 7.999999999999874, not 8.
    const points = Array.from({ length: 80 }, () => 0.1).reduce((a, b) => a + b, 0);
    expect(points).not.toBe(8);
    expect(passes(points, 10, 80)).toBe(true);
    expect(passes(1 / 3 + 1 / 3 + 1 / 3 + 7 * 0.5 + 0.5, 5, 100)).toBe(true);
  });

  test('never passes an empty exam', () => {
    expect(passes(0, 0, 80)).toBe(false);
  });
});

describe('percent()', () => {
  test('rounds down to one decimal so a fail never shows as the pass mark', () => {
    expect(percent(8, 10)).toBe(80);
    expect(percent(13.59, 17)).toBe(79.9);
    expect(percent(2, 3)).toBe(66.6);
    expect(percent(Array.from({ length: 80 }, () => 0.1).reduce((a, b) => a + b, 0), 10)).toBe(80);
  });
});

describe('topicResults() and weakTopics()', () => {
  test('sums points per topic and lists topics below the mark', () => {
    const topics = topicResults([
      { module: 'a', points: 1 },
      { module: 'b', points: 0.5 },
      { module: 'a', points: 1 },
      { module: 'b', points: 0 },
    ]);
    expect(topics).toEqual([
      { module: 'a', points: 2, max: 2 },
      { module: 'b', points: 0.5, max: 2 },
    ]);
    expect(weakTopics(topics, 80).map((t) => t.module)).toEqual(['b']);
  });
});

describe('learningGain()', () => {
  test('compares scores overall and per topic', () => {
    const base = { attemptId: 'x', attemptNumber: 1, finishedAt: '2026-05-01T08:00:00.000Z', passed: false, digest: '0'.repeat(64) };
    const gain = learningGain(
      { ...base, kind: 'pre', score: 40, topics: [{ module: 'a', points: 1, max: 2 }, { module: 'c', points: 0, max: 1 }] },
      { ...base, kind: 'post', score: 85.5, topics: [{ module: 'a', points: 2, max: 2 }, { module: 'b', points: 1, max: 2 }] },
    );
    expect(gain).toEqual({
      pre: 40,
      post: 85.5,
      gain: 45.5,
      topics: [
        { module: 'a', pre: 50, post: 100 },
        { module: 'b', pre: null, post: 50 },
        { module: 'c', pre: 0, post: null },
      ],
    });
  });
});

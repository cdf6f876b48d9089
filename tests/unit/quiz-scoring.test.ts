import { describe, expect, test } from 'vitest';
import { answerState, canonicalAnswer, parseAnswer } from '../../src/lib/quiz/answers';
import { keyOf, type Key } from '../../src/lib/quiz/key';
import { isFullMarks, scoreAnswer } from '../../src/lib/quiz/scoring';
import type { Question } from '../../src/lib/quiz/types';

const base = { module: 'netralitas-asn', prompt: 'P', explanation: 'E', citation: { kind: 'regulation' as const, source: 'pp-94-2021' } };
const opts = (...ids: string[]) => ids.map((id) => ({ id, text: id.toUpperCase() }));

const single: Key = keyOf({ ...base, id: 's', type: 'single', options: opts('a', 'b', 'c'), answer: 'b' });
const multiple: Key = keyOf({ ...base, id: 'm', type: 'multiple', options: opts('a', 'b', 'c', 'd'), answer: ['a', 'c'] });
const truefalse: Key = keyOf({ ...base, id: 't', type: 'truefalse', answer: false });
const scenario: Key = keyOf({ ...base, id: 'c', type: 'scenario', verdict: 'melanggar', options: opts('a', 'b'), answer: 'a' });
const matching: Key = keyOf({
  ...base,
  id: 'p',
  type: 'matching',
  pairs: [
    { id: 'p1', left: 'L1', right: 'R1' },
    { id: 'p2', left: 'L2', right: 'R2' },
    { id: 'p3', left: 'L3', right: 'R3' },
    { id: 'p4', left: 'L4', right: 'R4' },
  ],
});
const ordering: Key = keyOf({
  ...base,
  id: 'o',
  type: 'ordering',
  items: [
    { id: 'one', text: '1' },
    { id: 'two', text: '2' },
    { id: 'three', text: '3' },
    { id: 'four', text: '4' },
  ],
} satisfies Question);

describe('scoreAnswer()', () => {
  test('single choice: all or nothing', () => {
    expect(scoreAnswer(single, 'b')).toBe(1);
    expect(scoreAnswer(single, 'a')).toBe(0);
  });

  test('multiple response: full marks only for the exact set', () => {
    expect(scoreAnswer(multiple, ['c', 'a'])).toBe(1);
  });

  test('multiple response: partial credit is (right − wrong) ÷ right options', () => {
    expect(scoreAnswer(multiple, ['a'])).toBe(0.5);
    expect(scoreAnswer(multiple, ['a', 'c', 'b'])).toBe(0.5);
    expect(scoreAnswer(multiple, ['a', 'b'])).toBe(0);
  });

  test('multiple response: never below zero', () => {
    expect(scoreAnswer(multiple, ['b', 'd'])).toBe(0);
    expect(scoreAnswer(multiple, ['a', 'b', 'd'])).toBe(0);
  });

  test('true/false: right and wrong', () => {
    expect(scoreAnswer(truefalse, false)).toBe(1);
    expect(scoreAnswer(truefalse, true)).toBe(0);
  });

  test('scenario: half for the verdict, half for the rule', () => {
    expect(scoreAnswer(scenario, { verdict: 'melanggar', rule: 'a' })).toBe(1);
    expect(scoreAnswer(scenario, { verdict: 'melanggar', rule: 'b' })).toBe(0.5);
    expect(scoreAnswer(scenario, { verdict: 'tidak-melanggar', rule: 'a' })).toBe(0.5);
    expect(scoreAnswer(scenario, { verdict: 'melanggar' })).toBe(0.5);
    expect(scoreAnswer(scenario, { verdict: 'tidak-melanggar', rule: 'b' })).toBe(0);
  });

  test('matching: share of correct pairs', () => {
    expect(scoreAnswer(matching, { p1: 'p1', p2: 'p2', p3: 'p3', p4: 'p4' })).toBe(1);
    expect(scoreAnswer(matching, { p1: 'p1', p2: 'p3', p3: 'p2', p4: 'p4' })).toBe(0.5);
    expect(scoreAnswer(matching, { p1: 'p1' })).toBe(0.25);
    expect(scoreAnswer(matching, { p1: 'p2', p2: 'p1', p3: 'p4', p4: 'p3' })).toBe(0);
  });

  test('ordering: share of items in their correct position', () => {
    expect(scoreAnswer(ordering, ['one', 'two', 'three', 'four'])).toBe(1);
    expect(scoreAnswer(ordering, ['one', 'two', 'four', 'three'])).toBe(0.5);
    expect(scoreAnswer(ordering, ['four', 'three', 'two', 'one'])).toBe(0);
  });

  test('an unanswered or invalid answer scores 0', () => {
    expect(scoreAnswer(single, undefined)).toBe(0);
    expect(scoreAnswer(single, 'zzz')).toBe(0);
    expect(scoreAnswer(ordering, ['one', 'one', 'two', 'three'])).toBe(0);
    expect(scoreAnswer(truefalse, 'false')).toBe(0);
  });
});

describe('parseAnswer()', () => {
  test('accepts answers that fit the question', () => {
    expect(parseAnswer(single, 'a')).toBe('a');
    expect(parseAnswer(multiple, ['a', 'd'])).toEqual(['a', 'd']);
    expect(parseAnswer(scenario, { verdict: 'tidak-melanggar' })).toEqual({ verdict: 'tidak-melanggar' });
    expect(parseAnswer(matching, { p2: 'p1' })).toEqual({ p2: 'p1' });
  });

  test('rejects unknown ids, duplicates, wrong types and extra shapes', () => {
    expect(parseAnswer(single, ['a'])).toBeUndefined();
    expect(parseAnswer(multiple, [])).toBeUndefined();
    expect(parseAnswer(multiple, ['a', 'a'])).toBeUndefined();
    expect(parseAnswer(multiple, ['x'])).toBeUndefined();
    expect(parseAnswer(truefalse, 1)).toBeUndefined();
    expect(parseAnswer(scenario, { verdict: 'mungkin', rule: 'a' })).toBeUndefined();
    expect(parseAnswer(scenario, { rule: 'z' })).toBeUndefined();
    expect(parseAnswer(scenario, {})).toBeUndefined();
    expect(parseAnswer(matching, { p1: 'p9' })).toBeUndefined();
    expect(parseAnswer(matching, { p9: 'p1' })).toBeUndefined();
    expect(parseAnswer(ordering, ['one', 'two', 'three'])).toBeUndefined();
    expect(parseAnswer(ordering, null)).toBeUndefined();
  });
});

describe('answerState()', () => {
  test('tells empty, partial and complete answers apart', () => {
    expect(answerState(single, undefined)).toBe('empty');
    expect(answerState(single, 'c')).toBe('complete');
    expect(answerState(scenario, { verdict: 'melanggar' })).toBe('partial');
    expect(answerState(scenario, { verdict: 'melanggar', rule: 'b' })).toBe('complete');
    expect(answerState(matching, { p1: 'p1', p2: 'p2' })).toBe('partial');
    expect(answerState(matching, { p1: 'p1', p2: 'p2', p3: 'p4', p4: 'p3' })).toBe('complete');
    expect(answerState(ordering, ['four', 'three', 'two', 'one'])).toBe('complete');
  });
});

describe('canonicalAnswer()', () => {
  test('does not depend on the order choices were made in', () => {
    expect(canonicalAnswer(multiple, ['c', 'a'])).toEqual(canonicalAnswer(multiple, ['a', 'c']));
    expect(canonicalAnswer(matching, { p2: 'p1', p1: 'p2' })).toEqual(canonicalAnswer(matching, { p1: 'p2', p2: 'p1' }));
    expect(canonicalAnswer(single, undefined)).toBeNull();
  });
});

describe('isFullMarks()', () => {
  test('allows for floating-point sums', () => {
    expect(isFullMarks(1 / 3 + 1 / 3 + 1 / 3)).toBe(true);
    expect(isFullMarks(0.99)).toBe(false);
  });
});

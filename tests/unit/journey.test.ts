import { describe, expect, test } from 'vitest';
import { journey, lessonSuggestion, type JourneyInput } from '../../src/lib/journey';
import { emptyProgress, markReachedEnd, markVisited, type OutlineModule } from '../../src/lib/progress';
import type { ExamResult } from '../../src/lib/quiz/types';

const modules: OutlineModule[] = [
  { id: 'm1', title: 'M1', href: '/m1/', lessons: [{ id: 'm1/a', title: 'A', href: '/m1/a/', hasCheck: false }] },
  { id: 'm2', title: 'M2', href: '/m2/', lessons: [{ id: 'm2/b', title: 'B', href: '/m2/b/', hasCheck: false }] },
];
const at = new Date('2026-12-01T08:00:00Z');
const result = (kind: 'pre' | 'post', passed: boolean): ExamResult => ({
  kind,
  attemptId: `${kind}-1`,
  attemptNumber: 1,
  finishedAt: at.toISOString(),
  score: passed ? 90 : 40,
  passed,
  topics: [],
  digest: '0'.repeat(64),
});
const newLearner: JourneyInput = { modules, state: { progress: emptyProgress(), checks: {} }, results: [], requireAllLessons: false };
const allRead = markReachedEnd(markReachedEnd(emptyProgress(), 'm1/a', at), 'm2/b', at);
const states = (input: JourneyInput) => journey(input).steps.map((s) => `${s.id}:${s.state}`);

describe('journey()', () => {
  test('a new learner starts with the pre-test', () => {
    expect(states(newLearner)).toEqual(['pre:current', 'modules:todo', 'post:todo', 'certificate:todo']);
  });
  test('after the pre-test the modules are next', () => {
    expect(states({ ...newLearner, results: [result('pre', false)] })).toEqual(['pre:done', 'modules:current', 'post:todo', 'certificate:todo']);
  });
  test('a learner who started reading without the pre-test is on the modules, the pre-test still open', () => {
    const state = { progress: markVisited(emptyProgress(), 'm1/a', at), checks: {} };
    expect(states({ ...newLearner, state })).toEqual(['pre:open', 'modules:current', 'post:todo', 'certificate:todo']);
  });
  test('every lesson completed leads to the post-test', () => {
    const state = { progress: allRead, checks: {} };
    expect(states({ ...newLearner, state, results: [result('pre', false)] })).toEqual(['pre:done', 'modules:done', 'post:current', 'certificate:todo']);
  });
  test('a failed post-test keeps the post-test current', () => {
    const state = { progress: allRead, checks: {} };
    expect(journey({ ...newLearner, state, results: [result('post', false)] }).current).toBe('post');
  });
  test('a passed post-test leads to the certificate', () => {
    const state = { progress: allRead, checks: {} };
    expect(states({ ...newLearner, state, results: [result('pre', false), result('post', true)] })).toEqual([
      'pre:done',
      'modules:done',
      'post:done',
      'certificate:current',
    ]);
  });
  test('when the certificate needs every lesson, a passed post-test sends the learner back to the modules first', () => {
    const path = journey({ ...newLearner, requireAllLessons: true, results: [result('post', true)] });
    expect(path.current).toBe('post');
    expect(path.steps.find((s) => s.id === 'post')?.state).toBe('done');
  });
});

describe('lessonSuggestion()', () => {
  const first = { firstLesson: true, lastLesson: false };
  const last = { firstLesson: false, lastLesson: true };
  const middle = { firstLesson: false, lastLesson: false };
  test('suggests the pre-test before the first lesson, until it is taken', () => {
    expect(lessonSuggestion(journey(newLearner), first)).toBe('pre-test');
    expect(lessonSuggestion(journey({ ...newLearner, results: [result('pre', false)] }), first)).toBeNull();
  });
  test('the last lesson leads on to the post-test', () => {
    expect(lessonSuggestion(journey(newLearner), last)).toBe('post-test');
    expect(lessonSuggestion(journey(newLearner), middle)).toBeNull();
  });
  test('once every lesson is done, any lesson leads to the post-test', () => {
    expect(lessonSuggestion(journey({ ...newLearner, state: { progress: allRead, checks: {} } }), middle)).toBe('post-test');
  });
  test('after a passed post-test, the last lesson leads to the certificate', () => {
    expect(lessonSuggestion(journey({ ...newLearner, results: [result('post', true)] }), last)).toBe('certificate');
  });
});

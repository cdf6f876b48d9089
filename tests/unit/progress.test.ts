import { describe, expect, test } from 'vitest';
import {
  certificateStatus,
  continueLesson,
  courseProgress,
  emptyProgress,
  isLessonCompleted,
  lessonStatus,
  markPersistAsked,
  markOpened,
  markReachedEnd,
  markVisited,
  openedRecord,
  readLearnerState,
  moduleProgress,
  parseProgress,
  progressRecord,
  type LearnerState,
  type OutlineModule,
  type ProgressData,
} from '../../src/lib/progress';
import type { CheckResult } from '../../src/lib/quiz/records';
import { createStore } from '../../src/lib/storage';
import { FakeStorage } from './fake-storage';

const at = '2026-05-01T08:00:00.000Z';
const check = (score = 80): CheckResult => ({ bank: 'b', points: 4, max: 5, score, at, best: score, tries: 1 });
const lesson = (id: string, hasCheck = true) => ({ id, title: id, href: `/${id}/`, hasCheck });
const modules: OutlineModule[] = [
  { id: 'm1', title: 'M1', href: '/m1/', lessons: [lesson('m1/a'), lesson('m1/b'), lesson('m1/c', false)] },
  { id: 'm2', title: 'M2', href: '/m2/', lessons: [lesson('m2/a')] },
];
const state = (read: string[], checked: string[]): LearnerState => ({
  progress: { lessons: Object.fromEntries(read.map((id) => [id, { reachedEnd: at }])), last: null },
  checks: Object.fromEntries(checked.map((id) => [id, check()])),
});

describe('lessonStatus()', () => {
  test('a lesson is completed only when its end was reached and its check attempted', () => {
    expect(lessonStatus(lesson('m1/a'), state(['m1/a'], ['m1/a']))).toBe('completed');
    expect(lessonStatus(lesson('m1/a'), state(['m1/a'], []))).toBe('read');
    expect(lessonStatus(lesson('m1/a'), state([], ['m1/a']))).toBe('checked');
    expect(lessonStatus(lesson('m1/a'), state([], []))).toBe('not-started');
  });

  test('a failed knowledge check still counts as attempted', () => {
    const s = state(['m1/a'], []);
    expect(isLessonCompleted(lesson('m1/a'), { ...s, checks: { 'm1/a': check(0) } })).toBe(true);
  });

  test('a lesson without a knowledge check is completed when its end is reached', () => {
    expect(lessonStatus(lesson('m1/c', false), state(['m1/c'], []))).toBe('completed');
    expect(lessonStatus(lesson('m1/c', false), state([], []))).toBe('not-started');
  });

  test('results of other lessons do not count', () => {
    expect(isLessonCompleted(lesson('m1/a'), state(['m1/b'], ['m1/b']))).toBe(false);
  });

  test('an opened lesson is started: "opened" until read or checked', () => {
    const opened = { ...state([], []), opened: { 'm1/a': at } };
    expect(lessonStatus(lesson('m1/a'), opened)).toBe('opened');
    expect(lessonStatus(lesson('m1/b'), opened)).toBe('not-started');
    expect(lessonStatus(lesson('m1/a'), { ...opened, checks: { 'm1/a': check() } })).toBe('checked');
  });

  test('the last visited lesson counts as opened (data from before lessons were recorded as opened)', () => {
    const s = state([], []);
    expect(lessonStatus(lesson('m1/b'), { ...s, progress: { ...s.progress, last: { lesson: 'm1/b', at } } })).toBe('opened');
  });

  test('inherited object keys are not mistaken for lessons', () => {
    expect(lessonStatus(lesson('constructor'), state([], []))).toBe('not-started');
    expect(lessonStatus(lesson('toString', false), state([], []))).toBe('not-started');
  });
});

describe('moduleProgress() and courseProgress()', () => {
  test('count completed lessons with a rounded-down percentage', () => {
    const s = state(['m1/a', 'm1/b', 'm1/c', 'm2/a'], ['m1/a', 'm2/a']);
    expect(moduleProgress(modules[0] as OutlineModule, s)).toEqual({ done: 2, total: 3, percent: 66 });
    expect(moduleProgress(modules[1] as OutlineModule, s)).toEqual({ done: 1, total: 1, percent: 100 });
    expect(courseProgress(modules, s)).toEqual({ done: 3, total: 4, percent: 75 });
  });

  test('an empty module has no progress rather than a division by zero', () => {
    expect(moduleProgress({ lessons: [] }, state([], []))).toEqual({ done: 0, total: 0, percent: 0 });
  });
});

describe('markReachedEnd(), markVisited() and markPersistAsked()', () => {
  const first = new Date('2026-05-01T08:00:00.000Z');
  const later = new Date('2026-05-02T09:30:00.000Z');

  test('keeps the first time a lesson end was reached', () => {
    const once = markReachedEnd(emptyProgress(), 'm1/a', first);
    const twice = markReachedEnd(once, 'm1/a', later);
    expect(twice).toBe(once);
    expect(twice.lessons['m1/a']).toEqual({ reachedEnd: first.toISOString() });
  });

  test('records the last visited lesson without touching the rest', () => {
    const read = markReachedEnd(emptyProgress(), 'm1/a', first);
    const visited = markVisited(markVisited(read, 'm1/a', first), 'm2/a', later);
    expect(visited.last).toEqual({ lesson: 'm2/a', at: later.toISOString() });
    expect(visited.lessons).toEqual(read.lessons);
    expect(markPersistAsked(visited, later).persistAskedAt).toBe(later.toISOString());
  });

  test('produces values the record accepts', () => {
    const value = markPersistAsked(markVisited(markReachedEnd(emptyProgress(), 'm1/a', first), 'm1/a', first), later);
    expect(parseProgress(JSON.parse(JSON.stringify(value)))).toEqual(value);
  });
});

describe('opened record', () => {
  test('keeps the time a lesson was first opened and reaches the learner state', () => {
    const store = createStore(new FakeStorage());
    store.update(openedRecord, (o) => markOpened(o, 'm1/a', new Date(at)));
    store.update(openedRecord, (o) => markOpened(o, 'm1/a', new Date('2026-06-01T08:00:00.000Z')));
    expect(readLearnerState(store).opened).toEqual({ 'm1/a': at });
    expect(lessonStatus(lesson('m1/a'), readLearnerState(store))).toBe('opened');
  });

  test('refuses anything but lesson ids with times', () => {
    expect(() => openedRecord.parse({ lessons: { 'm1/a': 'today' } })).toThrow();
    expect(() => openedRecord.parse({ lessons: [] })).toThrow();
    expect(openedRecord.parse({ lessons: {} })).toEqual({ lessons: {} });
  });
});

describe('parseProgress()', () => {
  test('accepts the empty and a filled progress', () => {
    expect(parseProgress({ lessons: {}, last: null })).toEqual(emptyProgress());
    const filled: ProgressData = { lessons: { 'm1/a': { reachedEnd: at } }, last: { lesson: 'm1/a', at }, persistAskedAt: at };
    expect(parseProgress(filled)).toEqual(filled);
  });

  test.each([
    ['null', null],
    ['an array', []],
    ['lessons as a list', { lessons: [], last: null }],
    ['a date without time zone', { lessons: { a: { reachedEnd: '2026-11-23T10:00:00' } }, last: null }],
    ['missing last', { lessons: {} }],
    ['a bad date', { lessons: { a: { reachedEnd: 'yesterday' } }, last: null }],
    ['an extra field', { lessons: {}, last: null, admin: true }],
    ['an extra lesson field', { lessons: { a: { reachedEnd: at, score: 100 } }, last: null }],
    ['an empty lesson id', { lessons: {}, last: { lesson: '', at } }],
    ['a number as date', { lessons: {}, last: null, persistAskedAt: 5 }],
  ])('rejects %s', (_, raw) => {
    expect(() => parseProgress(raw)).toThrow();
  });
});

describe('progress record', () => {
  test('round-trips through storage and treats a damaged value as corrupt, keeping a copy', () => {
    const storage = new FakeStorage();
    const store = createStore(storage);
    store.update(progressRecord, (p) => markVisited(markReachedEnd(p, 'm1/a', new Date(at)), 'm1/a', new Date(at)));
    expect(createStore(storage).read(progressRecord).lessons).toEqual({ 'm1/a': { reachedEnd: at } });

    storage.setItem('netral:progress', '{"v":1,"data":{"lessons":');
    const fresh = createStore(storage, { now: () => 3 });
    expect(fresh.read(progressRecord)).toEqual(emptyProgress());
    expect(storage.getItem('netral:backup:progress:3')).toBe('{"v":1,"data":{"lessons":');
    expect(fresh.notices()).toEqual([{ code: 'corrupt', record: 'progress', backupKey: 'netral:backup:progress:3' }]);
  });
});

describe('continueLesson()', () => {
  test('leads to the last visited lesson', () => {
    const progress = markVisited(emptyProgress(), 'm1/b', new Date(at));
    expect(continueLesson(modules, progress)?.href).toBe('/m1/b/');
  });

  test('offers nothing before the first visit or when the lesson left the course', () => {
    expect(continueLesson(modules, emptyProgress())).toBeNull();
    expect(continueLesson(modules, markVisited(emptyProgress(), 'gone/x', new Date(at)))).toBeNull();
  });
});

describe('certificateStatus()', () => {
  const course = { done: 2, total: 4, percent: 50 };
  test('needs a passed post-test', () => {
    expect(certificateStatus({ postTestPassed: false, requireAllLessons: false, course })).toBe('needs-post-test');
    expect(certificateStatus({ postTestPassed: true, requireAllLessons: false, course })).toBe('ready');
  });

  test('needs every lesson completed only when the site requires it', () => {
    expect(certificateStatus({ postTestPassed: true, requireAllLessons: true, course })).toBe('needs-lessons');
    expect(certificateStatus({ postTestPassed: true, requireAllLessons: true, course: { done: 4, total: 4, percent: 100 } })).toBe('ready');
  });
});

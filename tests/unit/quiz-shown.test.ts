import { describe, expect, test } from 'vitest';
import { learnerRecords } from '../../src/lib/learner-records';
import { exportLearnerData, parseImportFile } from '../../src/lib/progress-file';
import { startAttempt, type PoolQuestion } from '../../src/lib/quiz/attempt';
import type { Key } from '../../src/lib/quiz/key';
import { answersShownRecord, markAnswersShown, parseAnswersShown, readAnswersShown } from '../../src/lib/quiz/shown';
import { createStore } from '../../src/lib/storage';
import { FakeStorage } from './fake-storage';

const first = new Date('2026-05-01T08:00:00.000Z');
const later = new Date('2026-05-02T09:30:00.000Z');

describe('markAnswersShown()', () => {
  test('notes each question once, keeping the time its answer was first shown', () => {
    const storage = new FakeStorage();
    const store = createStore(storage);
    expect(markAnswersShown(store, ['q1', 'q2', 'q1'], first)).toBe('saved');
    expect(markAnswersShown(store, ['q2', 'q3'], later)).toBe('saved');
    expect(markAnswersShown(store, ['q3'], later)).toBe('kept');
    expect(createStore(storage).read(answersShownRecord).questions).toEqual({
      q1: first.toISOString(),
      q2: first.toISOString(),
      q3: later.toISOString(),
    });
    expect(readAnswersShown(store)).toEqual(new Set(['q1', 'q2', 'q3']));
  });

  test('keeps what two tabs marked at the same time', () => {
    const storage = new FakeStorage();
    const tabA = createStore(storage);
    const tabB = createStore(storage);
    // Both tabs read the empty record before either writes.
    tabA.read(answersShownRecord);
    tabB.read(answersShownRecord);
    markAnswersShown(tabA, ['pre-1', 'pre-2'], first);
    markAnswersShown(tabB, ['check-1'], later);
    expect(readAnswersShown(createStore(storage))).toEqual(new Set(['pre-1', 'pre-2', 'check-1']));
  });
});

describe('parseAnswersShown()', () => {
  test('accepts the stored shape and refuses anything else', () => {
    expect(parseAnswersShown({ questions: { q1: first.toISOString() } })).toEqual({ questions: { q1: first.toISOString() } });
    expect(() => parseAnswersShown({ questions: { q1: 'yesterday' } })).toThrow();
    expect(() => parseAnswersShown({ questions: ['q1'] })).toThrow();
    expect(() => parseAnswersShown({ questions: {}, extra: 1 })).toThrow();
    const tooMany = Object.fromEntries(Array.from({ length: 5001 }, (_, i) => [`q${i}`, first.toISOString()]));
    expect(() => parseAnswersShown({ questions: tooMany })).toThrow(/too many/);
  });
});

describe('answers shown and the learner file', () => {
  test('travel in the progress export and come back on import', () => {
    const store = createStore(new FakeStorage());
    markAnswersShown(store, ['q7'], first);
    const exported = exportLearnerData(store, learnerRecords, { now: later, site: 'Netral' });
    if (!exported.ok) throw new Error('export failed');
    const parsed = parseImportFile(exported.text, learnerRecords, { now: later });
    if (!parsed.ok) throw new Error(`import refused: ${parsed.error}`);
    expect(parsed.file.records.find((r) => r.def.name === 'answers-shown')?.value).toEqual({ questions: { q7: first.toISOString() } });
  });
});

describe('a post-test after a pre-test review', () => {
  test('draws none of the reviewed questions when the banks have others', () => {
    const key: Key = { type: 'truefalse', answer: true };
    const pool: PoolQuestion[] = Array.from({ length: 10 }, (_, i) => ({ id: `q${i}`, module: 'antikorupsi', key }));
    const base = { kind: 'pre' as const, number: 1, pool, mix: { antikorupsi: 5 }, now: first, timeLimitMinutes: null };
    const store = createStore(new FakeStorage());
    const pre = startAttempt({ ...base, id: 'pre-attempt' });
    markAnswersShown(store, pre.questions.map((q) => q.id), first);
    const post = startAttempt({ ...base, kind: 'post', id: 'post-attempt', shown: readAnswersShown(store) });
    expect(post.questions.map((q) => q.id).filter((id) => pre.questions.some((q) => q.id === id))).toEqual([]);
  });
});

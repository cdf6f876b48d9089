import { describe, expect, test } from 'vitest';
import { createStore } from '../../src/lib/storage';
import { answerQuestion, startAttempt, submitAttempt, type PoolQuestion } from '../../src/lib/quiz/attempt';
import type { Key } from '../../src/lib/quiz/key';
import {
  attemptsRecord,
  checksRecord,
  parseAttempts,
  parseChecks,
  readAttempts,
  readCheckResults,
  readExamResults,
  saveAttempt,
  saveCheckResult,
} from '../../src/lib/quiz/records';
import { decodeBlob, encodeBlob, matchToken } from '../../src/lib/quiz/reveal';
import { FakeStorage } from './fake-storage';

const pool: PoolQuestion[] = Array.from({ length: 4 }, (_, i) => ({
  id: `q${i}`,
  module: 'antikorupsi',
  key: { type: 'single', options: ['a', 'b'], answer: 'a' } as Key,
}));
const keys = new Map(pool.map((q) => [q.id, q.key]));
const now = new Date('2026-05-01T08:00:00.000Z');
const start = (id: string, kind: 'pre' | 'post' = 'post') =>
  startAttempt({ id, kind, number: 1, pool, mix: { antikorupsi: 4 }, now, timeLimitMinutes: null });

describe('attempts record', () => {
  test('round-trips attempts through storage, in progress and submitted', async () => {
    const storage = new FakeStorage();
    const store = createStore(storage);
    const running = answerQuestion(start('a1'), keys, 'q1', 'a');
    expect(saveAttempt(store, running)).toBe('saved');
    const done = await submitAttempt(start('a2', 'pre'), keys, 80, now);
    saveAttempt(store, done);
    const again = createStore(storage);
    expect(readAttempts(again)).toEqual([running, done]);
    expect(store.notices()).toEqual([]);
  });

  test('replaces an attempt with the same id instead of adding one', () => {
    const store = createStore(new FakeStorage());
    const attempt = start('same');
    saveAttempt(store, attempt);
    saveAttempt(store, answerQuestion(attempt, keys, 'q0', 'b'));
    expect(readAttempts(store)).toHaveLength(1);
    expect(readAttempts(store)[0]?.answers).toEqual({ q0: 'b' });
  });

  test('treats tampered or broken attempts as corrupt and keeps a copy', () => {
    const storage = new FakeStorage();
    storage.setItem('netral:attempts', JSON.stringify({ v: 1, data: { attempts: [{ id: 'x', kind: 'final' }] } }));
    const store = createStore(storage, { now: () => 7 });
    expect(readAttempts(store)).toEqual([]);
    expect(storage.getItem('netral:backup:attempts:7')).toContain('"final"');
    expect(store.notices()[0]?.code).toBe('corrupt');
  });
});

describe('parseAttempts()', () => {
  test('rejects a submitted attempt without result, a result from another attempt and duplicates', async () => {
    const attempt = start('p1');
    const done = await submitAttempt(start('p2'), keys, 80, now);
    expect(() => parseAttempts({ attempts: [{ ...attempt, status: 'submitted' }] })).toThrow();
    expect(() => parseAttempts({ attempts: [{ ...done, id: 'other' }] })).toThrow();
    expect(() => parseAttempts({ attempts: [attempt, attempt] })).toThrow(/duplicate/);
    expect(() => parseAttempts({ attempts: [{ ...attempt, current: 9 }] })).toThrow();
    expect(() => parseAttempts({ attempts: [{ ...attempt, extra: 1 }] })).toThrow();
    expect(() => parseAttempts({ attempts: [{ ...done, result: { ...done.result, digest: 'abc' } }] })).toThrow();
    expect(() => parseAttempts(null)).toThrow();
    expect(parseAttempts({ attempts: [attempt, done] }).attempts).toHaveLength(2);
  });

  test('is the record at version 2', () => {
    expect(attemptsRecord.version).toBe(2);
    expect(attemptsRecord.key).toBe('netral:attempts');
  });
});

describe('attempts stored by version 1 (a wall-clock deadline)', () => {
  test('become a time limit with nothing counted, and keep their answers and results', async () => {
    const { limitMs: _limit, elapsedMs: _elapsed, ...running } = answerQuestion(
      startAttempt({ id: 'old', kind: 'post', number: 1, pool, mix: { antikorupsi: 4 }, now, timeLimitMinutes: 30 }),
      keys,
      'q1',
      'a',
    );
    const { limitMs: _l2, elapsedMs: _e2, ...done } = await submitAttempt(start('old-pre', 'pre'), keys, 80, now);
    const v1 = { attempts: [{ ...running, deadline: '2026-05-01T08:30:00.000Z' }, { ...done, deadline: null }] };
    const storage = new FakeStorage();
    storage.setItem('netral:attempts', JSON.stringify({ v: 1, data: v1 }));
    const [migrated, finished] = readAttempts(createStore(storage));
    expect(migrated).toMatchObject({ id: 'old', limitMs: 30 * 60_000, elapsedMs: 0, answers: { q1: 'a' } });
    expect(migrated).not.toHaveProperty('deadline');
    expect(finished).toMatchObject({ id: 'old-pre', limitMs: null, elapsedMs: 0, result: done.result });
  });
});

describe('readExamResults()', () => {
  test('returns finished results oldest first, leaving attempts in progress out', async () => {
    const store = createStore(new FakeStorage());
    const post = await submitAttempt(start('b', 'post'), keys, 80, new Date('2026-05-02T08:00:00.000Z'));
    const pre = await submitAttempt(start('a', 'pre'), keys, 80, new Date('2026-05-01T08:00:00.000Z'));
    saveAttempt(store, post);
    saveAttempt(store, pre);
    saveAttempt(store, start('c'));
    expect(readExamResults(store).map((r) => [r.kind, r.attemptId])).toEqual([
      ['pre', 'a'],
      ['post', 'b'],
    ]);
  });
});

describe('knowledge-check results', () => {
  test('keeps the latest try per lesson, the best score and the number of tries', () => {
    const store = createStore(new FakeStorage());
    saveCheckResult(store, 'antikorupsi/01-x', { bank: 'anti-x', points: 4, max: 5, at: now });
    const { result: second, outcome } = saveCheckResult(store, 'antikorupsi/01-x', { bank: 'anti-x', points: 2.5, max: 5, at: new Date('2026-05-03T00:00:00.000Z') });
    expect(outcome).toBe('saved');
    expect(second).toEqual({ bank: 'anti-x', points: 2.5, max: 5, score: 50, at: '2026-05-03T00:00:00.000Z', best: 80, tries: 2 });
    expect(readCheckResults(store)).toEqual({ 'antikorupsi/01-x': second });
  });

  test('rejects malformed results', () => {
    expect(() => parseChecks({ lessons: { x: { bank: 'b', points: 1, max: 0, score: 1, at: now.toISOString(), best: 1, tries: 1 } } })).toThrow();
    expect(() => parseChecks({ lessons: [] })).toThrow();
    expect(checksRecord.key).toBe('netral:checks');
  });
});

describe('encodeBlob() and decodeBlob()', () => {
  test('round-trip Indonesian text and hide it from plain reading', () => {
    const value = { explanation: 'Pegawai ASN dilarang — “netral” bukan berarti apatis.', n: [1, 2] };
    const blob = encodeBlob(value);
    expect(blob).not.toContain('netral');
    expect(decodeBlob(blob)).toEqual(value);
  });

  test('throws on text that is not a blob', () => {
    expect(() => decodeBlob('not base64!')).toThrow();
  });
});

describe('matchToken()', () => {
  test('is stable, differs per pair and does not show the pair id', () => {
    expect(matchToken('q', 'p1')).toBe(matchToken('q', 'p1'));
    expect(matchToken('q', 'p1')).not.toBe(matchToken('q', 'p2'));
    expect(matchToken('q', 'p1')).not.toContain('p1');
  });
});

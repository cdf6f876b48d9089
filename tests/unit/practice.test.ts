// Module practice: which questions a round asks, what counts as wrong, and the stored record.
import { describe, expect, test } from 'vitest';
import { learnerRecords } from '../../src/lib/learner-records';
import { drawRound, parsePractice, practiceRecord, practiceStatus, recordAnswer, recordRound, saveAnswer, saveRound, wrongOf } from '../../src/lib/practice';
import { createStore } from '../../src/lib/storage';
import { FakeStorage } from './fake-storage';

const ids = Array.from({ length: 12 }, (_, i) => `q${String(i + 1).padStart(2, '0')}`);

describe('drawRound()', () => {
  test('asks questions never practised first, then the wrong ones, then the right ones', () => {
    const results = Object.fromEntries(ids.slice(0, 9).map((id, i) => [id, i < 3 ? 'wrong' : 'right'] as const));
    const round = drawRound(ids, results, 6, 'seed');
    expect(round.slice(0, 3).sort()).toEqual(['q10', 'q11', 'q12']);
    expect(round.slice(3).sort()).toEqual(['q01', 'q02', 'q03']);
  });

  test('is the same for the same seed, shuffled for another, and never longer than the module', () => {
    expect(drawRound(ids, {}, 10, 'a')).toEqual(drawRound(ids, {}, 10, 'a'));
    expect(drawRound(ids, {}, 12, 'a')).not.toEqual(drawRound(ids, {}, 12, 'b'));
    expect(new Set(drawRound(ids, {}, 50, 'a'))).toEqual(new Set(ids));
  });
});

describe('wrongOf()', () => {
  test('a partly right answer counts as wrong, so it is repeated', () => {
    const points = new Map([['q01', 1], ['q02', 0.5], ['q03', 0]]);
    expect(wrongOf(['q01', 'q02', 'q03'], points)).toEqual(['q02', 'q03']);
  });
});

describe('the practice record', () => {
  test('keeps each question\'s latest outcome, counts rounds and keeps the best score', () => {
    let data = recordAnswer({ modules: {} }, 'netralitas-asn', 'q01', 'wrong');
    data = recordAnswer(data, 'netralitas-asn', 'q01', 'right');
    data = recordRound(data, 'netralitas-asn', 8, 10, new Date('2026-12-01T10:00:00Z'));
    data = recordRound(data, 'netralitas-asn', 5, 10, new Date('2026-12-02T10:00:00Z'));
    expect(data.modules['netralitas-asn']).toEqual({ rounds: 2, best: 80, last: { score: 50, at: '2026-12-02T10:00:00.000Z' }, results: { q01: 'right' } });
    expect(practiceStatus(data.modules['netralitas-asn'], ['q01', 'q02'])).toEqual({ practised: 1, right: 1, total: 2, rounds: 2, best: 80, last: 50 });
  });

  test('refuses a damaged record', () => {
    expect(() => parsePractice({ modules: { m: { rounds: -1, best: 0, results: {} } } })).toThrow();
    expect(() => parsePractice({ modules: { m: { rounds: 1, best: 0, results: { q: 'maybe' } } } })).toThrow();
  });

  test('is saved in the store and moves with the learner\'s other records', () => {
    const store = createStore(new FakeStorage());
    expect(saveAnswer(store, 'antikorupsi', 'q01', 'wrong')).toBe('saved');
    expect(saveRound(store, 'antikorupsi', 0, 1, new Date())).toBe('saved');
    expect(store.read(practiceRecord).modules['antikorupsi']?.rounds).toBe(1);
    expect(learnerRecords).toContain(practiceRecord);
  });
});

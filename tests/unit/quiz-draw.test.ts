import { describe, expect, test } from 'vitest';
import { checkMix, drawQuestions, isLayoutOf, layoutFor } from '../../src/lib/quiz/draw';
import type { Key } from '../../src/lib/quiz/key';
import { createRng, shuffle } from '../../src/lib/quiz/random';

const pool = [
  ...Array.from({ length: 8 }, (_, i) => ({ id: `net-${i}`, module: 'netralitas-asn' })),
  ...Array.from({ length: 5 }, (_, i) => ({ id: `skb-${i}`, module: 'skb-netralitas' })),
  ...Array.from({ length: 6 }, (_, i) => ({ id: `anti-${i}`, module: 'antikorupsi' })),
];
const mix = { 'netralitas-asn': 4, 'skb-netralitas': 3, antikorupsi: 3 };

describe('createRng()', () => {
  test('repeats the same sequence for the same seed and differs for another', () => {
    const a = createRng('seed');
    const b = createRng('seed');
    const c = createRng('other');
    const seqA = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(seqA);
    expect([c(), c(), c()]).not.toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('shuffle()', () => {
  test('keeps every item and leaves the input alone', () => {
    const input = [1, 2, 3, 4, 5];
    const out = shuffle(input, createRng('x'));
    expect([...out].sort()).toEqual(input);
    expect(input).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('drawQuestions()', () => {
  test('draws exactly the mix per topic, without duplicates', () => {
    for (let i = 0; i < 200; i++) {
      const drawn = drawQuestions(pool, mix, `seed-${i}`);
      expect(drawn).toHaveLength(10);
      expect(new Set(drawn.map((q) => q.id)).size).toBe(10);
      for (const [module, count] of Object.entries(mix)) expect(drawn.filter((q) => q.module === module)).toHaveLength(count);
    }
  });

  test('gives the same questions in the same order for the same seed, whatever the pool order', () => {
    const a = drawQuestions(pool, mix, 'attempt-1');
    const b = drawQuestions([...pool].reverse(), mix, 'attempt-1');
    expect(b.map((q) => q.id)).toEqual(a.map((q) => q.id));
    expect(drawQuestions(pool, mix, 'attempt-2').map((q) => q.id)).not.toEqual(a.map((q) => q.id));
  });

  test('reaches every question of the mixed topics over many seeds', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 300; i++) for (const q of drawQuestions(pool, mix, `s${i}`)) seen.add(q.id);
    expect([...seen].sort()).toEqual(pool.map((q) => q.id).sort());
  });

  test('puts every question at every position over many seeds (no topic always first)', () => {
    const firstModules = new Set<string>();
    for (let i = 0; i < 100; i++) firstModules.add(drawQuestions(pool, mix, `p${i}`)[0]?.module ?? '');
    expect(firstModules.size).toBe(3);
  });

  test('ignores topics that are not in the mix', () => {
    const drawn = drawQuestions(pool, { antikorupsi: 2 }, 'x');
    expect(drawn.every((q) => q.module === 'antikorupsi')).toBe(true);
  });

  test('draws no question whose answer was shown while a topic has enough others', () => {
    // 8 netralitas questions, 4 drawn: with 4 shown, exactly the 4 others are drawn, whatever the seed.
    const shown = new Set(['net-0', 'net-2', 'net-4', 'net-6', 'anti-1']);
    for (let i = 0; i < 100; i++) {
      const drawn = drawQuestions(pool, mix, `unseen-${i}`, shown);
      expect(drawn.filter((q) => shown.has(q.id))).toEqual([]);
      for (const [module, count] of Object.entries(mix)) expect(drawn.filter((q) => q.module === module)).toHaveLength(count);
    }
  });

  test('fills a topic with shown questions only as far as its bank runs short', () => {
    // 5 skb questions, 3 drawn, 4 shown: the one unseen question and 2 of the shown ones.
    const shown = new Set(['skb-0', 'skb-1', 'skb-2', 'skb-3']);
    const shownUsed = new Set<string>();
    for (let i = 0; i < 100; i++) {
      const skb = drawQuestions(pool, mix, `short-${i}`, shown).filter((q) => q.module === 'skb-netralitas');
      expect(skb).toHaveLength(3);
      expect(skb.map((q) => q.id)).toContain('skb-4');
      for (const q of skb) if (shown.has(q.id)) shownUsed.add(q.id);
    }
    // Which shown questions fill the gap still varies by seed.
    expect(shownUsed.size).toBe(4);
  });

  test('stays the same for the same seed and shown set, and equals the plain draw when nothing was shown', () => {
    const shown = new Set(['net-1', 'anti-0']);
    const a = drawQuestions(pool, mix, 'attempt-7', shown);
    expect(drawQuestions([...pool].reverse(), mix, 'attempt-7', new Set(shown)).map((q) => q.id)).toEqual(a.map((q) => q.id));
    expect(drawQuestions(pool, mix, 'attempt-7', new Set()).map((q) => q.id)).toEqual(drawQuestions(pool, mix, 'attempt-7').map((q) => q.id));
  });

  test('rejects a mix the pool cannot fill, naming the topic', () => {
    expect(() => drawQuestions(pool, { 'skb-netralitas': 6 }, 'x')).toThrow(/skb-netralitas.*perlu 6.*5/);
    expect(() => drawQuestions(pool, { 'studi-kasus': 1 }, 'x')).toThrow(/studi-kasus/);
  });
});

describe('checkMix()', () => {
  test('lists every problem and nothing for a good mix', () => {
    expect(checkMix(pool, mix)).toEqual([]);
    expect(checkMix(pool, { antikorupsi: 7, berakhlak: 1 })).toHaveLength(2);
    expect(checkMix(pool, { antikorupsi: 0 })).toHaveLength(1);
  });
});

describe('layoutFor()', () => {
  const ordering: Key = { type: 'ordering', items: ['a', 'b', 'c'] };

  test('is a permutation of the ids, repeated for the same seed', () => {
    const key: Key = { type: 'single', options: ['a', 'b', 'c', 'd'], answer: 'a' };
    const layout = layoutFor(key, 'q1');
    expect(isLayoutOf(key, layout)).toBe(true);
    expect(layoutFor(key, 'q1')).toEqual(layout);
  });

  test('never starts an ordering question in its correct order', () => {
    for (let i = 0; i < 200; i++) expect(layoutFor(ordering, `o${i}`)).not.toEqual(['a', 'b', 'c']);
  });

  test('has no layout for true/false', () => {
    expect(layoutFor({ type: 'truefalse', answer: true }, 'x')).toEqual([]);
  });

  test('puts the right answer in every position over many seeds', () => {
    const key: Key = { type: 'single', options: ['a', 'b', 'c', 'd'], answer: 'a' };
    const positions = new Set<number>();
    for (let i = 0; i < 100; i++) positions.add(layoutFor(key, `k${i}`).indexOf('a'));
    expect(positions.size).toBe(4);
  });
});

describe('isLayoutOf()', () => {
  test('rejects missing, extra and repeated ids', () => {
    const key: Key = { type: 'matching', pairs: ['p1', 'p2', 'p3'] };
    expect(isLayoutOf(key, ['p3', 'p1', 'p2'])).toBe(true);
    expect(isLayoutOf(key, ['p1', 'p2'])).toBe(false);
    expect(isLayoutOf(key, ['p1', 'p2', 'p2'])).toBe(false);
    expect(isLayoutOf(key, ['p1', 'p2', 'p9'])).toBe(false);
  });
});

// Several tabs writing the same learner records: the per-entry merge (src/lib/storage/merge.ts) and the
// store's re-read before each write and check after another tab's write (src/lib/storage/store.ts).
import { describe, expect, test } from 'vitest';
import { emptyProgress, progressRecord, type ProgressData } from '../../src/lib/progress';
import { attemptsRecord } from '../../src/lib/quiz/records';
import { createStore, type StorageLike, type Store } from '../../src/lib/storage';
import { jsonEqual, mergeJson } from '../../src/lib/storage/merge';
import { FakeStorage } from './fake-storage';

describe('mergeJson()', () => {
  test('keeps both sides of a change to different entries', () => {
    const base = { lessons: { a: 1 } };
    expect(mergeJson(base, { lessons: { a: 1, b: 2 } }, { lessons: { a: 1, c: 3 } })).toEqual({ lessons: { a: 1, b: 2, c: 3 } });
  });

  test('an entry only one side changed or removed takes that side', () => {
    const base = { a: 1, b: 2, c: 3 };
    expect(mergeJson(base, { a: 1, b: 20, c: 3 }, { a: 1, b: 2 })).toEqual({ a: 1, b: 20 });
    expect(mergeJson(base, { a: 1, c: 3 }, { a: 10, b: 2, c: 3 })).toEqual({ a: 10, c: 3 });
  });

  test('the same entry changed on both sides goes to the side named for conflicts', () => {
    expect(mergeJson({ last: 'x' }, { last: 'theirs' }, { last: 'mine' })).toEqual({ last: 'mine' });
    expect(mergeJson({ last: 'x' }, { last: 'theirs' }, { last: 'mine' }, 'theirs')).toEqual({ last: 'theirs' });
  });

  test('lists of items with ids merge item by item, and answers inside an item merge too', () => {
    const base = { attempts: [{ id: 'p1', answers: { q1: 'a' } }] };
    const theirs = { attempts: [{ id: 'p1', answers: { q1: 'a', q2: 'b' } }] };
    const mine = { attempts: [{ id: 'p1', answers: { q1: 'a', q3: 'c' } }, { id: 'p2', answers: {} }] };
    expect(mergeJson(base, theirs, mine)).toEqual({
      attempts: [
        { id: 'p1', answers: { q1: 'a', q2: 'b', q3: 'c' } },
        { id: 'p2', answers: {} },
      ],
    });
  });

  test('jsonEqual() ignores key order and tells lists from objects', () => {
    expect(jsonEqual({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(jsonEqual([], {})).toBe(false);
    expect(jsonEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
  });
});

/**
 * A browser with tabs, as Chromium runs localStorage: each tab reads its own copy, a write reaches the
 * shared storage at once, and other tabs see it (with a `storage` event) only when deliver() is called.
 */
class Browser {
  truth = new Map<string, string>();
  tabs: { copy: Map<string, string>; store: Store }[] = [];

  open(): Store {
    const copy = new Map(this.truth);
    const storage: StorageLike = {
      getItem: (key) => copy.get(key) ?? null,
      setItem: (key, value) => {
        copy.set(key, value);
        this.truth.set(key, value);
      },
      removeItem: (key) => {
        copy.delete(key);
        this.truth.delete(key);
      },
    };
    const store = createStore(storage);
    this.tabs.push({ copy, store });
    return store;
  }

  /** Brings every tab's copy up to date and tells each of the keys that changed. */
  deliver(): void {
    for (const tab of this.tabs) {
      const changed = [...new Set([...tab.copy.keys(), ...this.truth.keys()])].filter((k) => tab.copy.get(k) !== this.truth.get(k));
      tab.copy.clear();
      for (const [k, v] of this.truth) tab.copy.set(k, v);
      for (const key of changed) tab.store.externalChange(key);
    }
  }

  progress(): ProgressData {
    return (JSON.parse(this.truth.get(progressRecord.key) ?? 'null') as { data: ProgressData } | null)?.data ?? emptyProgress();
  }
}

const reached = (lesson: string) => (p: ProgressData): ProgressData => ({ ...p, lessons: { ...p.lessons, [lesson]: { reachedEnd: '2026-12-03T08:00:00.000Z' } } });

describe('the store across tabs', () => {
  test("a write after another tab's write keeps both (the stored record is re-read and merged)", () => {
    const storage = new FakeStorage();
    const first = createStore(storage);
    const second = createStore(storage);
    first.read(progressRecord);
    second.read(progressRecord);
    first.update(progressRecord, reached('a'));
    second.update(progressRecord, reached('b'));
    expect(Object.keys(createStore(storage).read(progressRecord).lessons).sort()).toEqual(['a', 'b']);
  });

  test('ten tabs writing at the very same moment lose no lesson once their writes are seen', () => {
    const browser = new Browser();
    const tabs = Array.from({ length: 10 }, () => browser.open());
    for (const [i, tab] of tabs.entries()) tab.update(progressRecord, reached(`lesson-${i}`));
    // Each wrote over a copy that did not have the others' lessons: the last write alone is stored.
    expect(Object.keys(browser.progress().lessons)).toHaveLength(1);
    for (let round = 0; round < 10 && Object.keys(browser.progress().lessons).length < 10; round++) browser.deliver();
    expect(Object.keys(browser.progress().lessons).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `lesson-${i}`).sort());
    browser.deliver();
    for (const tab of tabs) expect(Object.keys(tab.read(progressRecord).lessons)).toHaveLength(10);
  });

  test('two answers given at once in one attempt, in two tabs, are both kept', () => {
    const browser = new Browser();
    const attempt = {
      id: 'attempt-1',
      kind: 'post' as const,
      number: 1,
      status: 'in-progress' as const,
      startedAt: '2026-12-03T08:00:00.000Z',
      limitMs: null,
      elapsedMs: 0,
      questions: [
        { id: 'q1', module: 'm', layout: ['a', 'b'] },
        { id: 'q2', module: 'm', layout: ['a', 'b'] },
      ],
      answers: {},
      current: 0,
    };
    const setup = browser.open();
    setup.write(attemptsRecord, { attempts: [attempt] });
    browser.deliver();
    const [left, right] = [browser.open(), browser.open()];
    left.write(attemptsRecord, { attempts: [{ ...attempt, answers: { q1: 'a' } }] });
    right.write(attemptsRecord, { attempts: [{ ...attempt, answers: { q2: 'b' }, current: 1 }] });
    browser.deliver();
    browser.deliver();
    const stored = JSON.parse(browser.truth.get(attemptsRecord.key) ?? '{}') as { data: { attempts: { answers: unknown }[] } };
    expect(stored.data.attempts.map((a) => a.answers)).toEqual([{ q1: 'a', q2: 'b' }]);
  });

  test("a stale write arriving after a tab already merged the others' lessons still loses none", () => {
    const browser = new Browser();
    const [a, b, c] = [browser.open(), browser.open(), browser.open()];
    a.update(progressRecord, reached('a'));
    // c sees a's write and adds its own; b never saw either and writes last, over both.
    const cCopy = browser.tabs[2]!;
    for (const [k, v] of browser.truth) cCopy.copy.set(k, v);
    c.externalChange(progressRecord.key);
    c.update(progressRecord, reached('c'));
    b.update(progressRecord, reached('b'));
    expect(Object.keys(browser.progress().lessons)).toEqual(['b']);
    for (let round = 0; round < 5; round++) browser.deliver();
    expect(Object.keys(browser.progress().lessons).sort()).toEqual(['a', 'b', 'c']);
  });

  test("a later change in another tab that saw this tab's write is not undone", () => {
    const browser = new Browser();
    const [first, second] = [browser.open(), browser.open()];
    first.update(progressRecord, (p) => ({ ...p, last: { lesson: 'a', at: '2026-12-03T08:00:00.000Z' } }));
    browser.deliver();
    second.update(progressRecord, (p) => ({ ...p, last: { lesson: 'b', at: '2026-12-03T08:01:00.000Z' } }));
    browser.deliver();
    expect(browser.progress().last?.lesson).toBe('b');
    expect(first.read(progressRecord).last?.lesson).toBe('b');
  });

  test('a reset in another tab is not undone by a change made just before it', () => {
    const browser = new Browser();
    const [first, second] = [browser.open(), browser.open()];
    first.update(progressRecord, reached('a'));
    second.remove(progressRecord);
    browser.deliver();
    expect(browser.truth.has(progressRecord.key)).toBe(false);
  });
});

describe('saveState()', () => {
  test('says "saved" while writes reach storage, "failing" once one does not, "memory" without storage', () => {
    const storage = new FakeStorage();
    const store = createStore(storage);
    store.update(progressRecord, reached('a'));
    expect(store.saveState()).toBe('saved');

    class Full extends FakeStorage {
      override setItem(): void {
        throw new DOMException('full', 'QuotaExceededError');
      }
    }
    const full = createStore(new Full());
    expect(full.saveState()).toBe('saved');
    full.update(progressRecord, reached('a'));
    expect(full.saveState()).toBe('failing');

    expect(createStore(null).saveState()).toBe('memory');
  });

  test('a record written by a newer version of the site, kept read-only, makes saving "failing"', () => {
    const storage = new FakeStorage();
    storage.setItem(progressRecord.key, JSON.stringify({ v: 99, data: {} }));
    const store = createStore(storage);
    store.read(progressRecord);
    expect(store.saveState()).toBe('failing');
  });
});

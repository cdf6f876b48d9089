import { describe, expect, test } from 'vitest';
import { learnerRecords } from '../../src/lib/learner-records';
import { markReachedEnd, markVisited, progressRecord } from '../../src/lib/progress';
import {
  FILE_FORMAT,
  MAX_FILE_BYTES,
  applyImport,
  exportFileName,
  exportLearnerData,
  parseImportFile,
  resetLearnerData,
  type ImportFile,
} from '../../src/lib/progress-file';
import { checksRecord, readCheckResults, saveCheckResult } from '../../src/lib/quiz/records';
import { createRng } from '../../src/lib/quiz/random';
import { createStore, type StorageLike, type Store } from '../../src/lib/storage';
import { FakeStorage } from './fake-storage';

/** Full for one key: writing it throws QuotaExceededError. */
class FullFor extends FakeStorage {
  constructor(private readonly full: string) {
    super();
  }
  override setItem(key: string, value: string) {
    if (key === this.full) throw new DOMException('full', 'QuotaExceededError');
    super.setItem(key, value);
  }
}

const now = new Date('2026-05-01T08:00:00.000Z');

/** A store with one lesson read and checked, and the last visited lesson. */
function filledStore(storage: StorageLike = new FakeStorage()): Store {
  const store = createStore(storage);
  store.update(progressRecord, (p) => markVisited(markReachedEnd(p, 'm/a', now), 'm/a', now));
  saveCheckResult(store, 'm/a', { bank: 'bank-a', points: 3, max: 5, at: now });
  return store;
}

function exported(store: Store): string {
  const result = exportLearnerData(store, learnerRecords, { now, site: 'Netral' });
  if (!result.ok) throw new Error(result.error);
  return result.text;
}

const fileWith = (records: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: FILE_FORMAT, version: 1, exportedAt: now.toISOString(), site: 'Netral', records, ...extra });

describe('exportLearnerData()', () => {
  test('writes every learner record with the format marker, version and export date', () => {
    const file = JSON.parse(exported(filledStore())) as Record<string, unknown>;
    expect(file).toMatchObject({ format: 'netral-progres', version: 1, exportedAt: now.toISOString(), site: 'Netral' });
    expect(Object.keys(file['records'] as object).sort()).toEqual(['answers-shown', 'attempts', 'checks', 'dilemmas', 'exam-terms', 'identity', 'opened', 'practice', 'progress']);
    expect((file['records'] as Record<string, unknown>)['progress']).toEqual({
      v: 1,
      data: { lessons: { 'm/a': { reachedEnd: now.toISOString() } }, last: { lesson: 'm/a', at: now.toISOString() } },
    });
  });

  test('never exports backups of corrupt data', () => {
    const storage = new FakeStorage();
    storage.setItem('netral:checks', 'not json');
    const store = filledStore(storage);
    expect([...storage.items.keys()].some((k) => k.startsWith('netral:backup:checks:'))).toBe(true);
    expect(exported(store)).not.toContain('backup');
  });

  test('refuses while a record from a newer version of the site is held back', () => {
    const storage = new FakeStorage();
    storage.setItem('netral:checks', JSON.stringify({ v: 9, data: {} }));
    const store = createStore(storage);
    store.read(checksRecord);
    expect(exportLearnerData(store, learnerRecords, { now, site: 'Netral' })).toEqual({ ok: false, error: 'newer' });
  });

  test('names the file after the local date', () => {
    expect(exportFileName(new Date(2026, 0, 9, 23, 59))).toBe('progres-netral-2026-01-09.json');
  });
});

describe('parseImportFile()', () => {
  test('accepts an exported file and gives back the same records', () => {
    const result = parseImportFile(exported(filledStore()), learnerRecords);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.exportedAt.toISOString()).toBe(now.toISOString());
    expect(result.file.site).toBe('Netral');
    expect(result.file.records.map((r) => r.def.name).sort()).toEqual(['answers-shown', 'attempts', 'checks', 'dilemmas', 'exam-terms', 'identity', 'opened', 'practice', 'progress']);
  });

  test('accepts a file saved with a byte order mark', () => {
    expect(parseImportFile(`\uFEFF${exported(filledStore())}`, learnerRecords).ok).toBe(true);
  });

  test.each([
    ['an empty file', '', 'not-json'],
    ['a text file', 'halo', 'not-json'],
    ['a truncated file', '{"format":"netral-progres","version":1,', 'not-json'],
    ['JSON without the marker', '{"records":{}}', 'foreign'],
    ['another program’s JSON', '{"format":"other-app","version":1}', 'foreign'],
    ['a JSON array', '[1,2,3]', 'foreign'],
    ['a bare stored record', '{"v":1,"data":{"lessons":{}}}', 'foreign'],
    ['a newer file format', fileWith({}, { version: 2 }), 'newer'],
    ['a version that is not a number', fileWith({}, { version: '1' }), 'invalid'],
    ['a bad export date', fileWith({ progress: { v: 1, data: { lessons: {}, last: null } } }, { exportedAt: 'kemarin' }), 'invalid'],
    ['no records', fileWith({}), 'invalid'],
    ['records as a list', fileWith([]), 'invalid'],
    ['a record from a newer version', fileWith({ progress: { v: 2, data: {} } }), 'newer'],
    ['a record this site does not know', fileWith({ wallet: { v: 1, data: {} } }), 'unknown-record'],
    ['a damaged record', fileWith({ progress: { v: 1, data: { lessons: 'all' } } }), 'invalid'],
    ['a record without envelope', fileWith({ progress: { lessons: {}, last: null } }), 'invalid'],
    ['a tampered check score', fileWith({ checks: { v: 1, data: { lessons: { a: { bank: 'b', points: 1, max: 1, score: 900, at: now.toISOString(), best: 900, tries: 1 } } } } }), 'invalid'],
  ])('refuses %s', (_, text, error) => {
    const result = parseImportFile(text, learnerRecords);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toBe(error);
  });

  test('refuses a file larger than the limit without parsing it', () => {
    const huge = fileWith({ progress: { v: 1, data: { lessons: {}, last: null } } }, { padding: 'x'.repeat(MAX_FILE_BYTES) });
    expect(parseImportFile(huge, learnerRecords)).toEqual({ ok: false, error: 'too-large' });
  });

  test('names the record that is damaged or unknown', () => {
    expect(parseImportFile(fileWith({ checks: { v: 1, data: null } }), learnerRecords)).toEqual({ ok: false, error: 'invalid', record: 'checks' });
    expect(parseImportFile(fileWith({ identity2: { v: 1, data: {} } }), learnerRecords)).toEqual({
      ok: false,
      error: 'unknown-record',
      record: 'identity2',
    });
  });

  test('never throws on hostile input', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const hostile: unknown[] = [
      undefined,
      null,
      42,
      {},
      deep,
      fileWith({ __proto__: { v: 1, data: {} } }),
      '{"format":"netral-progres","version":1,"exportedAt":"2026-05-01T08:00:00.000Z","records":{"__proto__":{"v":1,"data":{}}}}',
      fileWith({ progress: { v: 1, data: { lessons: { __proto__: { reachedEnd: now.toISOString() } }, last: null } } }),
      fileWith({ progress: { v: 1e308, data: {} } }),
      fileWith({ progress: { v: -1, data: {} } }),
      fileWith({ progress: { v: 1.5, data: {} } }),
      fileWith({ progress: null }),
      fileWith({ attempts: { v: 1, data: { attempts: Array.from({ length: 500 }, () => ({})) } } }),
      fileWith({ progress: { v: 1, data: { lessons: {}, last: null } } }, { exportedAt: 1e20 }),
    ];
    for (const input of hostile) expect(() => parseImportFile(input, learnerRecords)).not.toThrow();
  });

  test('never throws on random input, and accepts none of it', () => {
    const rng = createRng('import-fuzz');
    const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
    const value = (depth: number): unknown => {
      const kind = Math.floor(rng() * (depth > 3 ? 5 : 8));
      switch (kind) {
        case 0: return null;
        case 1: return rng() > 0.5;
        case 2: return pick([0, -1, 1, 1.5, 1e308, Number.MAX_SAFE_INTEGER]);
        case 3: return pick(['', 'netral-progres', now.toISOString(), 'x'.repeat(50), '\u0000']);
        case 4: return pick(['progress', 'checks', 'attempts', 'v', 'data']);
        case 5: return Array.from({ length: Math.floor(rng() * 4) }, () => value(depth + 1));
        default: {
          const keys = ['format', 'version', 'exportedAt', 'records', 'progress', 'checks', 'attempts', 'v', 'data', 'lessons', 'last', '__proto__'];
          return Object.fromEntries(Array.from({ length: Math.floor(rng() * 5) }, () => [pick(keys), value(depth + 1)]));
        }
      }
    };
    const text = exported(filledStore());
    for (let i = 0; i < 2000; i++) {
      const candidates = [
        JSON.stringify(value(0)),
        fileWith(value(1)),
        fileWith({ progress: { v: 1, data: value(2) }, checks: { v: 1, data: value(2) } }),
        // The real file with one character changed or cut short.
        text.slice(0, Math.floor(rng() * text.length)),
      ];
      for (const candidate of candidates) {
        let result: ReturnType<typeof parseImportFile> | undefined;
        expect(() => (result = parseImportFile(candidate, learnerRecords))).not.toThrow();
        // Random data may form a valid (empty) file only by luck; it must then hold only valid records.
        if (result?.ok) for (const r of result.file.records) expect(() => r.def.parse(r.value)).not.toThrow();
      }
    }
  });
});

describe('applyImport()', () => {
  const parsed = (text: string): ImportFile => {
    const result = parseImportFile(text, learnerRecords);
    if (!result.ok) throw new Error(result.error);
    return result.file;
  };

  test('export then import into a fresh device gives the same progress', () => {
    const source = filledStore();
    const target = createStore(new FakeStorage());
    expect(applyImport(target, parsed(exported(source)))).toBe('saved');
    for (const def of learnerRecords) expect(target.read(def)).toEqual(source.read(def));
  });

  test('replaces what the device had, and leaves records the file lacks', () => {
    const target = createStore(new FakeStorage());
    saveCheckResult(target, 'other/lesson', { bank: 'x', points: 1, max: 1, at: now });
    const onlyProgress = fileWith({ progress: { v: 1, data: { lessons: {}, last: { lesson: 'm/b', at: now.toISOString() } } } });
    expect(applyImport(target, parsed(onlyProgress))).toBe('saved');
    expect(target.read(progressRecord).last?.lesson).toBe('m/b');
    expect(Object.keys(readCheckResults(target))).toEqual(['other/lesson']);
  });

  test('puts everything back when storage is full halfway', () => {
    const storage = new FullFor('netral:progress');
    const target = createStore(storage);
    saveCheckResult(target, 'old/lesson', { bank: 'x', points: 1, max: 1, at: now });
    // The same data as before (each envelope's revision, see store.ts, may be new).
    const data = () => new Map([...storage.snapshot()].map(([key, text]) => [key, (({ v, data }) => ({ v, data }))(JSON.parse(text) as { v: unknown; data: unknown })]));
    const before = data();
    expect(applyImport(target, parsed(exported(filledStore())))).toBe('failed');
    expect(data()).toEqual(before);
    expect(Object.keys(readCheckResults(target))).toEqual(['old/lesson']);
  });

  test('changes nothing while a record on the device is from a newer version', () => {
    const storage = new FakeStorage();
    storage.setItem('netral:progress', JSON.stringify({ v: 7, data: 'future' }));
    const before = storage.snapshot();
    expect(applyImport(createStore(storage), parsed(exported(filledStore())))).toBe('not-writable');
    expect(storage.snapshot()).toEqual(before);
  });

  test('holds the import in memory when storage is disabled', () => {
    const target = createStore(null);
    expect(applyImport(target, parsed(exported(filledStore())))).toBe('memory');
    expect(target.read(progressRecord).last?.lesson).toBe('m/a');
  });
});

describe('resetLearnerData()', () => {
  test('removes every learner record and keeps backups and other keys', () => {
    const storage = new FakeStorage();
    storage.setItem('netral:checks', 'broken');
    storage.setItem('netral:theme', 'dark');
    const store = filledStore(storage);
    expect(resetLearnerData(store, learnerRecords)).toBe('saved');
    expect([...storage.items.keys()].filter((k) => !k.startsWith('netral:backup:'))).toEqual(['netral:theme']);
    expect([...storage.items.keys()].some((k) => k.startsWith('netral:backup:checks:'))).toBe(true);
    expect(store.read(progressRecord).last).toBeNull();
  });

  test('changes nothing while a record on the device is from a newer version', () => {
    const storage = new FakeStorage();
    storage.setItem('netral:attempts', JSON.stringify({ v: 3, data: {} }));
    const store = filledStore(storage);
    const before = storage.snapshot();
    expect(resetLearnerData(store, learnerRecords)).toBe('not-writable');
    expect(storage.snapshot()).toEqual(before);
  });
});

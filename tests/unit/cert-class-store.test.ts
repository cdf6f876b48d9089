// The trainer's class records kept on the device (src/lib/cert/class-store.ts): what is stored, what is
// refused as corrupt, how new codes are added, and that the store keeps unreadable data instead of dropping it.
import { describe, expect, test } from 'vitest';
import { addToClass, classStoreRecord, emptyClass, parseStoredClass, withRoster } from '../../src/lib/cert/class-store';
import { createStore, type StorageLike } from '../../src/lib/storage';

const ani = { name: 'Ani Wulandari', nip: '198503122010012003', unit: 'Dinas Pendidikan' };
const budi = { name: 'Budi Santoso', nip: '199001012015031002', unit: '' };

function memoryStorage(initial: Record<string, string> = {}): StorageLike & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

describe('parseStoredClass()', () => {
  test('accepts a roster with requests and certificates', () => {
    const value = { roster: [ani, budi], requests: [{ code: 'NR1.abc', source: 'a.json' }], certificates: ['NC1.xyz'] };
    expect(parseStoredClass(value)).toEqual(value);
  });

  test.each([
    ['a list instead of an object', []],
    ['a missing field', { roster: [], requests: [] }],
    ['an unknown field', { ...emptyClass(), extra: 1 }],
    ['a NIP that is not 18 digits', { ...emptyClass(), roster: [{ ...ani, nip: '1985' }] }],
    ['a NIP listed twice', { ...emptyClass(), roster: [ani, { ...ani, name: 'Lagi' }] }],
    ['an empty name', { ...emptyClass(), roster: [{ ...ani, name: '' }] }],
    ['a request that is not a request code', { ...emptyClass(), requests: [{ code: 'NC1.x', source: '' }] }],
    ['a certificate that is not a certificate code', { ...emptyClass(), certificates: ['NR1.x'] }],
  ])('refuses %s', (_, value) => {
    expect(() => parseStoredClass(value)).toThrow();
  });
});

describe('addToClass()', () => {
  test('adds new codes after the kept ones, each once, and counts only the new', () => {
    const current = { roster: [ani], requests: [{ code: 'NR1.a', source: 'first.json' }], certificates: ['NC1.a'] };
    const { next, added } = addToClass(current, {
      requests: [{ code: 'NR1.a', source: 'again.json' }, { code: 'NR1.b', source: 'b.json' }, { code: 'NR1.b', source: 'b2.json' }],
      certificates: ['NC1.a', 'NC1.b'],
    });
    expect(next).toEqual({
      roster: [ani],
      requests: [{ code: 'NR1.a', source: 'first.json' }, { code: 'NR1.b', source: 'b.json' }],
      certificates: ['NC1.a', 'NC1.b'],
    });
    expect(added).toEqual({ requests: 1, certificates: 1 });
  });

  test('leaves out codes too long to be real, so the stored record stays valid', () => {
    const { next, added } = addToClass(emptyClass(), { requests: [{ code: `NR1.${'a'.repeat(30_000)}`, source: '' }], certificates: [`NC1.${'a'.repeat(30_000)}`] });
    expect(added).toEqual({ requests: 0, certificates: 0 });
    expect(() => parseStoredClass(next)).not.toThrow();
  });
});

describe('withRoster()', () => {
  test('replaces the roster and keeps the codes', () => {
    const current = { roster: [ani], requests: [{ code: 'NR1.a', source: '' }], certificates: [] };
    expect(withRoster(current, [budi])).toEqual({ ...current, roster: [budi] });
  });
});

describe('classStoreRecord in the store', () => {
  test('survives a new page: what one store wrote, the next reads', () => {
    const storage = memoryStorage();
    const value = { roster: [ani, budi], requests: [{ code: 'NR1.a', source: 'a.json' }], certificates: [] };
    createStore(storage).write(classStoreRecord, value);
    expect(createStore(storage).read(classStoreRecord)).toEqual(value);
  });

  test('a corrupt stored class starts empty, with a notice naming where the old text was kept', () => {
    const storage = memoryStorage({ 'netral:class-record': '{"v":1,"data":{"roster":"broken"' });
    const store = createStore(storage, { now: () => 42 });
    expect(store.read(classStoreRecord)).toEqual(emptyClass());
    expect(store.notices()).toEqual([{ code: 'corrupt', record: 'class-record', backupKey: 'netral:backup:class-record:42' }]);
    expect(storage.data.get('netral:backup:class-record:42')).toBe('{"v":1,"data":{"roster":"broken"');
  });
});

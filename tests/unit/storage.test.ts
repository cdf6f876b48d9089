import { describe, expect, test, vi } from 'vitest';
import { createStore, decodeEnvelope, defineRecord, isQuotaError, type StorageLike } from '../../src/lib/storage';
import { FakeStorage } from './fake-storage';

/** A storage that is full: every setItem throws QuotaExceededError. */
class FullStorage extends FakeStorage {
  override setItem(): void {
    throw new DOMException('full', 'QuotaExceededError');
  }
}

/** A storage disabled by the browser: every access throws SecurityError. */
class ThrowingStorage implements StorageLike {
  getItem(): string | null {
    throw new DOMException('denied', 'SecurityError');
  }
  setItem(): void {
    throw new DOMException('denied', 'SecurityError');
  }
  removeItem(): void {
    throw new DOMException('denied', 'SecurityError');
  }
}

interface Notes {
  items: string[];
}
function parseNotes(raw: unknown): Notes {
  if (typeof raw !== 'object' || raw === null || !Array.isArray((raw as Notes).items)) throw new Error('not notes');
  const items = (raw as Notes).items;
  if (!items.every((i) => typeof i === 'string')) throw new Error('not strings');
  return { items: [...items] };
}
// Version 3 of a test record: v1 was a bare string array, v2 {list}, v3 {items}.
const notes = defineRecord<Notes>({
  name: 'notes',
  version: 3,
  parse: parseNotes,
  empty: () => ({ items: [] }),
  migrations: {
    1: (data) => ({ list: data }),
    2: (data) => ({ items: (data as { list: unknown }).list }),
  },
});
const envelope = (v: number, data: unknown) => JSON.stringify({ v, data });

describe('defineRecord()', () => {
  test('keys the record under the netral: prefix', () => {
    expect(notes.key).toBe('netral:notes');
  });

  test('rejects names that are not plain ids and versions below 1', () => {
    expect(() => defineRecord({ name: 'Bad Name', version: 1, parse: parseNotes, empty: () => ({ items: [] }) })).toThrow();
    expect(() => defineRecord({ name: 'ok', version: 0, parse: parseNotes, empty: () => ({ items: [] }) })).toThrow();
  });
});

describe('decodeEnvelope()', () => {
  test('migrates an old version step by step', () => {
    expect(decodeEnvelope(notes, { v: 1, data: ['a'] })).toEqual({ status: 'ok', value: { items: ['a'] }, migratedFrom: 1 });
    expect(decodeEnvelope(notes, { v: 2, data: { list: ['b'] } })).toEqual({ status: 'ok', value: { items: ['b'] }, migratedFrom: 2 });
  });

  test('reports a newer version without reading it', () => {
    expect(decodeEnvelope(notes, { v: 4, data: 'whatever' })).toEqual({ status: 'newer', version: 4 });
  });

  test('calls data that fails validation or has no version corrupt', () => {
    expect(decodeEnvelope(notes, { v: 3, data: { items: [1] } }).status).toBe('corrupt');
    expect(decodeEnvelope(notes, { data: { items: [] } }).status).toBe('corrupt');
    expect(decodeEnvelope(notes, [1, 2]).status).toBe('corrupt');
    expect(decodeEnvelope(notes, { v: 1, data: 'not a list' }).status).toBe('corrupt');
  });
});

describe('createStore()', () => {
  test('reads an empty value when nothing is stored, and writes one key per record', () => {
    const storage = new FakeStorage();
    const store = createStore(storage);
    expect(store.read(notes)).toEqual({ items: [] });
    expect(store.write(notes, { items: ['x'] })).toBe('saved');
    expect(JSON.parse(storage.getItem('netral:notes') ?? '')).toMatchObject({ v: 3, data: { items: ['x'] } });
    expect(createStore(storage).read(notes)).toEqual({ items: ['x'] });
    expect(store.notices()).toEqual([]);
  });

  test('reads an old version through its migrations and saves the new version on the next write', () => {
    const storage = new FakeStorage();
    storage.setItem('netral:notes', envelope(1, ['old']));
    const store = createStore(storage);
    expect(store.read(notes)).toEqual({ items: ['old'] });
    store.update(notes, (n) => ({ items: [...n.items, 'new'] }));
    expect(JSON.parse(storage.getItem('netral:notes') ?? '')).toMatchObject({ v: 3, data: { items: ['old', 'new'] } });
  });

  test('keeps corrupt JSON aside under a backup key, starts clean and says so', () => {
    const storage = new FakeStorage();
    storage.setItem('netral:notes', '{"v":3,"data":{"items":[');
    const store = createStore(storage, { now: () => 1234 });
    expect(store.read(notes)).toEqual({ items: [] });
    expect(storage.getItem('netral:backup:notes:1234')).toBe('{"v":3,"data":{"items":[');
    expect(storage.getItem('netral:notes')).toBeNull();
    expect(store.notices()).toEqual([{ code: 'corrupt', record: 'notes', backupKey: 'netral:backup:notes:1234' }]);
    expect(store.write(notes, { items: ['fresh'] })).toBe('saved');
  });

  test('treats valid JSON of the wrong shape as corrupt too', () => {
    const storage = new FakeStorage();
    storage.setItem('netral:notes', envelope(3, { items: 'nope' }));
    const store = createStore(storage, { now: () => 1 });
    expect(store.read(notes)).toEqual({ items: [] });
    expect(storage.getItem('netral:backup:notes:1')).toBe(envelope(3, { items: 'nope' }));
  });

  test('never overwrites corrupt data it could not back up', () => {
    const storage = new FullStorage();
    storage.items.set('netral:notes', 'garbage');
    const store = createStore(storage);
    expect(store.read(notes)).toEqual({ items: [] });
    expect(store.notices()).toEqual([{ code: 'corrupt', record: 'notes' }]);
    expect(store.isWritable(notes)).toBe(false);
    expect(store.write(notes, { items: ['kept in memory'] })).toBe('memory');
    expect(store.read(notes)).toEqual({ items: ['kept in memory'] });
    expect(storage.items.get('netral:notes')).toBe('garbage');
  });

  test('leaves data from a newer version untouched and works read-only in memory', () => {
    const storage = new FakeStorage();
    storage.setItem('netral:notes', envelope(9, { future: true }));
    const store = createStore(storage);
    expect(store.read(notes)).toEqual({ items: [] });
    expect(store.notices()).toEqual([{ code: 'newer', record: 'notes' }]);
    expect(store.write(notes, { items: ['a'] })).toBe('memory');
    expect(store.read(notes)).toEqual({ items: ['a'] });
    expect(storage.getItem('netral:notes')).toBe(envelope(9, { future: true }));
  });

  test('keeps a value in memory when the quota is exceeded, and saves it once there is room', () => {
    const storage = new FakeStorage();
    const full = vi.spyOn(storage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const store = createStore(storage);
    expect(store.write(notes, { items: ['a'] })).toBe('memory');
    expect(store.read(notes)).toEqual({ items: ['a'] });
    expect(store.notices()).toEqual([{ code: 'quota' }]);
    expect(store.mode).toBe('local');
    full.mockRestore();
    expect(store.write(notes, { items: ['a', 'b'] })).toBe('saved');
    expect(store.notices()).toEqual([]);
    expect(createStore(storage).read(notes)).toEqual({ items: ['a', 'b'] });
  });

  test('works in memory with a notice when storage is missing', () => {
    const store = createStore(null);
    expect(store.mode).toBe('memory');
    expect(store.notices()).toEqual([{ code: 'disabled' }]);
    expect(store.write(notes, { items: ['a'] })).toBe('memory');
    expect(store.read(notes)).toEqual({ items: ['a'] });
  });

  test('works in memory with a notice when every storage access throws', () => {
    const store = createStore(new ThrowingStorage());
    expect(() => store.read(notes)).not.toThrow();
    expect(store.mode).toBe('memory');
    expect(store.write(notes, { items: ['a'] })).toBe('memory');
    expect(store.read(notes)).toEqual({ items: ['a'] });
    expect(store.notices()).toEqual([{ code: 'disabled' }]);
  });

  test('falls back to memory when storage starts throwing after it worked', () => {
    const storage = new FakeStorage();
    const store = createStore(storage);
    store.write(notes, { items: ['a'] });
    vi.spyOn(storage, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(store.write(notes, { items: ['a', 'b'] })).toBe('memory');
    expect(store.mode).toBe('memory');
    expect(store.read(notes)).toEqual({ items: ['a', 'b'] });
  });

  test('refuses to write invalid data', () => {
    const store = createStore(new FakeStorage());
    expect(() => store.write(notes, { items: [1] } as unknown as Notes)).toThrow();
  });

  test('tells subscribers about local writes and another tab\'s changes, and rereads them', () => {
    const storage = new FakeStorage();
    const store = createStore(storage);
    const events: unknown[] = [];
    const stop = store.subscribe((e) => events.push(e));
    store.write(notes, { items: ['mine'] });
    // Another tab writes the same key; the browser fires a storage event in this tab.
    storage.setItem('netral:notes', envelope(3, { items: ['theirs'] }));
    store.externalChange('netral:notes');
    store.externalChange('netral:theme');
    expect(store.read(notes)).toEqual({ items: ['theirs'] });
    expect(events).toEqual([
      { type: 'change', record: 'notes', source: 'local' },
      { type: 'change', record: 'notes', source: 'other-tab' },
      { type: 'change', record: 'theme', source: 'other-tab' },
    ]);
    stop();
    store.write(notes, { items: [] });
    expect(events).toHaveLength(3);
  });

  test('ignores changes to keys it does not own', () => {
    const store = createStore(new FakeStorage());
    const listener = vi.fn();
    store.subscribe(listener);
    store.externalChange('other-app:data');
    store.externalChange('netral:backup:notes:1');
    expect(listener).not.toHaveBeenCalled();
  });

  test('removes a record', () => {
    const storage = new FakeStorage();
    const store = createStore(storage);
    store.write(notes, { items: ['a'] });
    store.remove(notes);
    expect(storage.getItem('netral:notes')).toBeNull();
    expect(store.read(notes)).toEqual({ items: [] });
  });
});

describe('isQuotaError()', () => {
  test('recognises the names and codes browsers use', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError({ code: 22 })).toBe(true);
    expect(isQuotaError(new DOMException('x', 'SecurityError'))).toBe(false);
    expect(isQuotaError('full')).toBe(false);
  });
});

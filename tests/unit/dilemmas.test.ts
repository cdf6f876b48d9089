import { describe, expect, test } from 'vitest';
import { dilemmasRecord, endingsFound, markEndingFound, parseDilemmas } from '../../src/lib/dilemmas';
import { createStore } from '../../src/lib/storage';
import { FakeStorage } from './fake-storage';

const first = new Date('2026-05-01T08:00:00.000Z');
const later = new Date('2026-05-02T08:00:00.000Z');

describe('markEndingFound() and endingsFound()', () => {
  test('keeps each ending once, with the time it was first found', () => {
    let data = dilemmasRecord.empty();
    data = markEndingFound(data, 'apel', 'foto-dua-jari', first);
    data = markEndingFound(data, 'apel', 'foto-dua-jari', later);
    data = markEndingFound(data, 'apel', 'menolak-sopan', later);
    expect(data.scenarios['apel']).toEqual({ 'foto-dua-jari': first.toISOString(), 'menolak-sopan': later.toISOString() });
    expect(endingsFound(data, 'apel', ['menolak-sopan', 'foto-dua-jari', 'lapor'])).toEqual(['menolak-sopan', 'foto-dua-jari']);
    expect(endingsFound(data, 'parsel', ['a'])).toEqual([]);
  });

  test('leaves out endings the scenario no longer has', () => {
    const data = markEndingFound(dilemmasRecord.empty(), 'apel', 'removed-node', first);
    expect(endingsFound(data, 'apel', ['foto-dua-jari'])).toEqual([]);
  });

  test('two tabs finding endings at the same time keep both', () => {
    const storage = new FakeStorage();
    const tabA = createStore(storage);
    const tabB = createStore(storage);
    tabA.read(dilemmasRecord);
    tabB.read(dilemmasRecord);
    tabA.update(dilemmasRecord, (d) => markEndingFound(d, 'apel', 'a', first));
    tabB.update(dilemmasRecord, (d) => markEndingFound(d, 'apel', 'b', later));
    expect(endingsFound(createStore(storage).read(dilemmasRecord), 'apel', ['a', 'b'])).toEqual(['a', 'b']);
  });
});

describe('parseDilemmas()', () => {
  test('accepts the stored shape and refuses anything else', () => {
    expect(parseDilemmas({ scenarios: { apel: { a: first.toISOString() } } })).toEqual({ scenarios: { apel: { a: first.toISOString() } } });
    expect(() => parseDilemmas({ scenarios: { apel: ['a'] } })).toThrow();
    expect(() => parseDilemmas({ scenarios: { apel: { a: 'yesterday' } } })).toThrow();
    expect(() => parseDilemmas({})).toThrow();
  });
});

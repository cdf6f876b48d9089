import { describe, expect, test } from 'vitest';
import { t, type UiKey } from '../../src/i18n';
import { cleanText, mergeIdentity, validateIdentity } from '../../src/lib/identity';
import { describe as say, type Problem } from '../../src/lib/problem';

// The library returns codes; the words are the dictionary's, as the page shows them.
const words = (problem: Problem | undefined) => (problem ? say(problem, (key) => t(key as UiKey)) : '');

const today = new Date('2026-11-23T00:00:00Z');
const base = {
  name: 'Siti Rahmawati',
  nip: '197503152000032001',
  agency: 'Pemerintah Kota Contoh',
  unit: 'Dinas Pendidikan',
  position: 'Analis SDM Aparatur Ahli Pertama',
};

describe('validateIdentity()', () => {
  const goodNames = [
    "Ni Luh Putu Ayu Saraswati, S.H., M.H.",
    "Drs. H. Muhammad Nur'aini, M.Si.",
    'Siti Nur’aini-Putri, S.Pd.',
    'Prof. Dr. Ir. I Gusti Ngurah Agung, M.Sc.',
    'Hj. Dewi Sartika-Wijaya',
    'Zoë Ángela Nuñez',
    'Nguyễn Thị Hằng',
    "O'Brien",
  ];
  for (const name of goodNames) {
    test(`accepts the name ${name}`, () => {
      const result = validateIdentity({ ...base, name }, today);
      expect(result).toEqual({ ok: true, identity: { ...base, name } });
    });
  }

  test('trims and collapses white space and composes accents', () => {
    const result = validateIdentity({ ...base, name: '  Zoe\u0308   Putri \n' }, today);
    expect(result.ok && result.identity.name).toBe('Zoë Putri');
  });

  test('keeps the NIP as 18 digits without spaces', () => {
    const result = validateIdentity({ ...base, nip: '19750315 200003 2 001' }, today);
    expect(result.ok && result.identity.nip).toBe('197503152000032001');
  });

  test('allows an empty unit', () => {
    expect(validateIdentity({ ...base, unit: '' }, today).ok).toBe(true);
  });

  test('accepts unit names with digits and ampersands', () => {
    expect(validateIdentity({ ...base, unit: 'Sub Bagian Umum & Kepegawaian (P2KP)' }, today).ok).toBe(true);
  });

  const badNames: [string, string, RegExp][] = [
    ['empty', '', /Isi nama lengkap/],
    ['markup', '<img src=x onerror=alert(1)>', /hanya boleh berisi huruf/],
    ['digits', 'Budi 2', /tidak memuat angka/],
    ['an initial only', 'B.', /bukan inisial/],
    ['a leading hyphen', '-Budi', /diawali huruf/],
    ['a bidi override', 'Budi\u202eSantoso', /tak terlihat/],
    ['a control character', 'Budi\u0007Santoso', /tak terlihat/],
    ['more than 120 characters', 'A'.repeat(121), /paling banyak 120/],
  ];
  for (const [label, name, message] of badNames) {
    test(`rejects a name with ${label}`, () => {
      const result = validateIdentity({ ...base, name }, today);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(words(result.errors.name)).toMatch(message);
    });
  }

  test('reports every wrong field at once, each with its message', () => {
    const result = validateIdentity({ name: '', nip: '123', agency: '', unit: '<b>', position: '' }, today);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(['agency', 'name', 'nip', 'position', 'unit']);
    expect(words(result.errors.nip)).toMatch(/18 angka/);
    expect(words(result.errors.unit)).toMatch(/tanpa < >/);
  });

  test('never throws on hostile input', () => {
    for (const input of [null, undefined, 42, 'x', [], { name: { toString: 1 } }, { name: 1, nip: {} }])
      expect(validateIdentity(input, today).ok).toBe(false);
  });
});

describe('cleanText()', () => {
  test('turns tabs and newlines into single spaces', () => {
    expect(cleanText('\tDinas\n\nPendidikan ')).toBe('Dinas Pendidikan');
  });
});

describe('mergeIdentity()', () => {
  test('one side changing the name and the other the unit keeps both', () => {
    const theirs = { ...base, unit: 'Dinas Kesehatan' };
    const mine = { ...base, name: 'Siti Rahmawati, S.Pd.' };
    expect(mergeIdentity(base, theirs, mine)).toEqual({ ...base, name: 'Siti Rahmawati, S.Pd.', unit: 'Dinas Kesehatan' });
  });

  test('a field both sides changed takes this side (the newer write); a field neither changed stays', () => {
    const theirs = { ...base, position: 'Pranata Komputer' };
    const mine = { ...base, position: 'Analis Kebijakan', agency: 'Pemerintah Kabupaten Contoh' };
    expect(mergeIdentity(base, theirs, mine)).toEqual({ ...base, position: 'Analis Kebijakan', agency: 'Pemerintah Kabupaten Contoh' });
  });

  test('with nothing stored before, the identity typed on this side is taken whole, never mixed field by field', () => {
    const theirs = { ...base, name: 'Budi Santoso', nip: '198001012005011002' };
    expect(mergeIdentity(null, theirs, base)).toEqual(base);
    expect(mergeIdentity(undefined, theirs, base)).toEqual(base);
  });

  test('an identity removed on one side and kept or changed on the other keeps the identity', () => {
    expect(mergeIdentity(base, null, { ...base, unit: '' })).toEqual({ ...base, unit: '' });
    expect(mergeIdentity(base, { ...base, unit: '' }, null)).toEqual({ ...base, unit: '' });
    expect(mergeIdentity(base, null, null)).toBeNull();
  });
});

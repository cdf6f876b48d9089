import { describe, expect, test } from 'vitest';
import { t, type UiKey } from '../../src/i18n';
import { formatNip, validateNip, type NipErrorKind } from '../../src/lib/nip';
import { describe as say, type Problem } from '../../src/lib/problem';

// The library returns codes; the words are the dictionary's, as the page shows them.
const words = (problem: Problem | undefined) => (problem ? say(problem, (key) => t(key as UiKey)) : '');

const today = new Date('2026-11-23T00:00:00Z');

describe('validateNip()', () => {
  test('accepts a PNS number and reads its parts', () => {
    expect(validateNip('197503152000032001', today)).toEqual({
      ok: true,
      nip: '197503152000032001',
      birthDate: '1975-03-15',
      tmt: '2000-03',
      employee: 'pns',
      gender: 'P',
    });
  });

  test('accepts the number written with spaces, as printed on documents', () => {
    const result = validateNip(' 19850312 201001 1 003 ', today);
    expect(result.ok && result.nip).toBe('198503122010011003');
  });

  test('accepts a 29 February birth date in a leap year', () => {
    expect(validateNip('200002292020011001', today).ok).toBe(true);
  });

  test('accepts an NI PPPK, which carries the code 21 instead of the TMT month', () => {
    const result = validateNip('198705152023211004', today);
    expect(result).toMatchObject({ ok: true, employee: 'pppk', tmt: '2023', gender: 'L' });
  });

  test('accepts a TMT in the very month of the 18th birthday', () => {
    expect(validateNip('197503151993031001', today).ok).toBe(true);
  });

  const invalid: [string, unknown, NipErrorKind, RegExp][] = [
    ['nothing typed', '', 'empty', /Isi NIP/],
    ['only spaces', '   ', 'empty', /Isi NIP/],
    ['not a string', 197503152000032001, 'empty', /Isi NIP/],
    ['a letter', '19750315200003200I', 'characters', /hanya berisi angka/],
    ['dots between groups', '19750315.200003.2.001', 'characters', /hanya berisi angka/],
    ['17 digits', '19750315200003200', 'length', /18 angka; yang Anda isi 17/],
    ['19 digits', '1975031520000320011', 'length', /yang Anda isi 19/],
    ['birth month 13', '197513152000032001', 'birthDate', /"19751315" bukan tanggal/],
    ['30 February', '197502302000032001', 'birthDate', /bukan tanggal yang ada/],
    ['29 February in a common year', '197502292000032001', 'birthDate', /bukan tanggal yang ada/],
    ['birth day 00', '197503002000032001', 'birthDate', /bukan tanggal yang ada/],
    ['a birth date in the future', '209901012117011001', 'birthFuture', /belum terjadi/],
    ['TMT month 13', '197503152000132001', 'tmt', /"200013" bukan bulan/],
    ['TMT month 00', '197503152000002001', 'tmt', /bukan bulan yang ada/],
    ['TMT before the 18th birthday', '197503151993022001', 'tmtBeforeAdult', /\(199302\).*\(03\/1993\)/],
    ['PPPK appointed before turning 18', '200501012022211001', 'tmtBeforeAdult', /ulang tahun ke-18/],
    ['gender digit 3', '197503152000033001', 'gender', /1 untuk laki-laki atau 2 untuk perempuan, bukan 3/],
    ['gender digit 0', '197503152000030001', 'gender', /bukan 0/],
    ['sequence 000', '197503152000032000', 'sequence', /tidak mungkin 000/],
  ];
  for (const [label, input, kind, message] of invalid) {
    test(`rejects ${label} with its own message`, () => {
      const result = validateNip(input, today);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.kind).toBe(kind);
      expect(words(result.problem)).toMatch(message);
    });
  }
});

describe('formatNip()', () => {
  test('groups the digits as a NIP is printed', () => {
    expect(formatNip('198503122010011003')).toBe('19850312 201001 1 003');
  });

  test('leaves anything that is not 18 digits alone', () => {
    expect(formatNip('123')).toBe('123');
  });
});

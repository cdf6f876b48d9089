// NIP (Nomor Induk Pegawai) validation. Pure; runs on the server, in the browser and under plain Node.
//
// A NIP has 18 digits: birth date YYYYMMDD (1–8), TMT CPNS YYYYMM (9–14), gender 1 = male, 2 = female (15)
// and a sequence number (16–18). The number of a PPPK employee (NI PPPK) has the same length but carries
// the year of appointment and the code "21" where a PNS number has the TMT month; it is accepted as such.
import { problem, type Problem } from './problem';

/** What can be wrong with a NIP, in the order the checks run. */
export type NipErrorKind =
  | 'empty'
  | 'characters'
  | 'length'
  | 'birthDate'
  | 'birthFuture'
  | 'tmt'
  | 'tmtBeforeAdult'
  | 'gender'
  | 'sequence';

/** A valid NIP, normalized to 18 digits, with what its digits say. */
export interface ValidNip {
  ok: true;
  /** The 18 digits without spaces. */
  nip: string;
  /** Birth date, "YYYY-MM-DD". */
  birthDate: string;
  /** TMT as "YYYY-MM" (PNS), or the year of appointment "YYYY" (PPPK). */
  tmt: string;
  employee: 'pns' | 'pppk';
  gender: 'L' | 'P';
}

/** An invalid NIP: the first mistake found, as a code (`nip.<kind>` in src/i18n says how to fix it). */
export interface InvalidNip {
  ok: false;
  kind: NipErrorKind;
  problem: Problem;
}

export type NipResult = ValidNip | InvalidNip;

// Digits 13–14 of an NI PPPK: the PPPK code in place of the TMT month.
const pppkCode = 21;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function fail(kind: NipErrorKind, values: Record<string, string | number> = {}): InvalidNip {
  return { ok: false, kind, problem: problem(`nip.${kind}`, values) };
}

/** The NIP as typed with spaces removed (people often copy it as "19850312 201001 1 003"). */
export function normalizeNip(input: string): string {
  return input.replace(/\s+/g, '');
}

/** "198503122010011003" → "19850312 201001 1 003", the usual way a NIP is printed. */
export function formatNip(nip: string): string {
  return /^\d{18}$/.test(nip) ? `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}` : nip;
}

/**
 * Validates a NIP typed by a learner. `today` (for "birth date not in the future") defaults to now.
 * Never throws; any input gives a result.
 */
export function validateNip(input: unknown, today: Date = new Date()): NipResult {
  if (typeof input !== 'string') return fail('empty');
  const nip = normalizeNip(input);
  if (nip === '') return fail('empty');
  if (!/^\d+$/.test(nip)) return fail('characters');
  if (nip.length !== 18) return fail('length', { n: nip.length });

  const digits = (from: number, to: number) => Number(nip.slice(from, to));
  const [year, month, day] = [digits(0, 4), digits(4, 6), digits(6, 8)];
  if (!isRealDate(year, month, day)) return fail('birthDate', { value: nip.slice(0, 8) });
  const birthDate = `${year}-${pad(month)}-${pad(day)}`;
  const todayIso = today.toISOString().slice(0, 10);
  if (birthDate > todayIso) return fail('birthFuture', { value: nip.slice(0, 8) });

  const [tmtYear, tmtMonth] = [digits(8, 12), digits(12, 14)];
  const employee = tmtMonth === pppkCode ? 'pppk' : 'pns';
  if (tmtYear < 1900 || (employee === 'pns' && (tmtMonth < 1 || tmtMonth > 12)))
    return fail('tmt', { value: nip.slice(8, 14) });
  // A PNS TMT is compared by month; a PPPK number only carries the year of appointment.
  const adult = employee === 'pns' ? (year + 18) * 12 + month : year + 18;
  const appointed = employee === 'pns' ? tmtYear * 12 + tmtMonth : tmtYear;
  if (appointed < adult)
    return fail('tmtBeforeAdult', { tmt: nip.slice(8, employee === 'pns' ? 14 : 12), adult: `${pad(month)}/${year + 18}` });

  const gender = nip[14];
  if (gender !== '1' && gender !== '2') return fail('gender', { value: gender ?? '' });
  if (nip.slice(15) === '000') return fail('sequence');

  return {
    ok: true,
    nip,
    birthDate,
    tmt: employee === 'pns' ? `${tmtYear}-${pad(tmtMonth)}` : String(tmtYear),
    employee,
    gender: gender === '1' ? 'L' : 'P',
  };
}

// Validation of the learner identity printed on certificates. Pure; runs on the server, in the browser and
// under plain Node. The identity is typed by the learner, so every field is untrusted text.
import { problem, type Problem } from './problem';
import { validateNip } from './nip';

/** The learner identity as stored on the device and carried in a completion request. */
export interface Identity {
  /** Full name as in the personnel record, with titles, e.g. "Dr. Ni Luh Putu Ayu Saraswati, S.H., M.H.". */
  name: string;
  /** 18-digit NIP (or NI PPPK) without spaces. */
  nip: string;
  /** Agency (instansi), e.g. "Pemerintah Kota Contoh". */
  agency: string;
  /** Work unit, e.g. "Dinas Pendidikan"; may be empty. */
  unit: string;
  /** Position (jabatan), e.g. "Analis Sumber Daya Manusia Aparatur Ahli Pertama". */
  position: string;
}

export type IdentityField = keyof Identity;

/** Longest accepted text per field, in characters (long names with several titles still fit). */
export const identityLimits = { name: 120, agency: 120, unit: 120, position: 120 } as const;

/** Field errors, keyed by field, each a code (`identity.*` or `nip.*` in src/i18n). */
export type IdentityErrors = Partial<Record<IdentityField, Problem>>;

export type IdentityResult = { ok: true; identity: Identity } | { ok: false; errors: IdentityErrors };

// Letters of any script (with combining marks), and between them spaces, apostrophes (' and ’), hyphens,
// dots and commas, as in "Drs. I Gusti Ngurah Rai', M.Si." or "Siti Nur'aini-Putri, S.Pd.".
const nameChars = /^[\p{L}\p{M}][\p{L}\p{M} .,'’\-]*$/u;
// Organisation text may also hold digits and the punctuation of unit names ("Sub Bagian Umum & Kepegawaian",
// "Bidang P2KP (Pengembangan Kompetensi)"), but no markup characters.
const orgChars = /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N} .,'’\-\/()&:;"]*$/u;
// Control and bidirectional-override characters make printed text lie about its order.
const controlChars = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** Trims, collapses runs of white space and composes accents (NFC), as every stored field is kept. */
export function cleanText(input: string): string {
  return input.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

function checkText(field: Exclude<IdentityField, 'nip'>, raw: unknown, required: boolean): Problem | undefined {
  const value = typeof raw === 'string' ? cleanText(raw) : '';
  if (value === '') return required ? problem(`identity.${field}Empty`) : undefined;
  if (controlChars.test(typeof raw === 'string' ? raw.replace(/[\t\n\r]/g, ' ') : '')) return problem('identity.control');
  if ([...value].length > identityLimits[field]) return problem('identity.tooLong', { max: identityLimits[field] });
  if (field === 'name') {
    // Digits get their own message only when they are the sole problem (a NIP typed into the name field).
    if (/\p{N}/u.test(value) && nameChars.test(value.replace(/\p{N}/gu, ''))) return problem('identity.nameDigits');
    if (!nameChars.test(value)) return problem('identity.nameChars');
    if ((value.match(/\p{L}/gu) ?? []).length < 2) return problem('identity.nameShort');
    return undefined;
  }
  if (!orgChars.test(value)) return problem('identity.orgChars');
  return undefined;
}

/** Validates and cleans an identity typed by a learner. Never throws; any input gives a result. */
export function validateIdentity(input: unknown, today: Date = new Date()): IdentityResult {
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const errors: IdentityErrors = {};
  const name = checkText('name', raw['name'], true);
  if (name) errors.name = name;
  const nip = validateNip(raw['nip'], today);
  if (!nip.ok) errors.nip = nip.problem;
  for (const field of ['agency', 'unit', 'position'] as const) {
    const error = checkText(field, raw[field], field !== 'unit');
    if (error) errors[field] = error;
  }
  if (Object.keys(errors).length > 0 || !nip.ok) return { ok: false, errors };
  const text = (field: string) => cleanText(String(raw[field] ?? ''));
  return {
    ok: true,
    identity: { name: text('name'), nip: nip.nip, agency: text('agency'), unit: text('unit'), position: text('position') },
  };
}

const identityFields: readonly IdentityField[] = ['name', 'nip', 'agency', 'unit', 'position'];

/**
 * Two versions of the identity made from `base` (two tabs, or a form and another tab's save), merged field
 * by field: a field `mine` changed keeps `mine`'s text, any other takes `theirs`. So one tab correcting the
 * name and another the unit keeps both; a field both changed keeps `mine`, the newer one. Without a `base`
 * (nothing was stored), `mine` is taken whole rather than mixing two people's identities. A removed identity
 * (null) on one side gives way to the other side's. Valid fields merged stay valid (each is checked alone).
 */
export function mergeIdentity(base: Identity | null | undefined, theirs: Identity | null, mine: Identity | null): Identity | null {
  if (!mine || !theirs || !base) return mine ?? theirs;
  const merged = { ...theirs };
  for (const field of identityFields) if (mine[field] !== base[field]) merged[field] = mine[field];
  return merged;
}

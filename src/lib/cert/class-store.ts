// The trainer's class records as kept on their device, so certifying a class can take a day or two and
// survive reloads. Pure; runs on the server (tests) and in the browser (/pelatih/kelas/, through the
// learner-data store of src/lib/storage/, which backs up corrupt data instead of dropping it).
//
// "netral:class-record", version 1: {"v": 1, "data": StoredClass}
//   StoredClass = { roster: RosterEntry[], requests: { code, source }[], certificates: string[] }
//   roster: the last roster loaded (src/lib/cert/roster.ts), NIPs as 18 digits, no NIP twice;
//   requests: every completion request code taken in ("NR…", readable or not: an unreadable one is shown
//   as refused) with the file name or "pasted" it came from; certificates: every certificate code ("NC…").
// Only the inputs are stored, never a verdict: statuses (submitted, signed, refused with reason, missing)
// are worked out again from them on every load, with this build's checks, keys and revocation list.
// Version 1 is the first shape; a later version adds a step to `migrations` (src/lib/storage/record.ts).
// This record is the trainer's, not a learner's: it is not in learnerRecords (no export, no reset there).
import * as v from 'valibot';
import { defineRecord } from '../storage';
import type { RosterEntry } from './roster';

/** What the class page keeps between visits. */
export interface StoredClass {
  roster: RosterEntry[];
  requests: { code: string; source: string }[];
  certificates: string[];
}

// Codes are a few hundred characters to a few kilobytes; the bounds only keep a damaged record small.
const maxCode = 20_000;
const maxText = 500;
const code = (prefix: string) => v.pipe(v.string(), v.startsWith(prefix), v.maxLength(maxCode));
const text = v.pipe(v.string(), v.maxLength(maxText));

const storedClassSchema = v.strictObject({
  roster: v.pipe(
    v.array(v.strictObject({ name: v.pipe(text, v.minLength(1)), nip: v.pipe(v.string(), v.regex(/^\d{18}$/)), unit: text })),
    v.check((entries) => new Set(entries.map((entry) => entry.nip)).size === entries.length, 'a NIP is listed twice'),
  ),
  requests: v.array(v.strictObject({ code: code('NR'), source: text })),
  certificates: v.array(code('NC')),
});

/** Validates a stored class record (version 1); throws on anything else. */
export function parseStoredClass(raw: unknown): StoredClass {
  const result = v.safeParse(storedClassSchema, raw);
  if (!result.success) throw new Error(`class record: ${result.issues[0]?.message ?? 'invalid'}`);
  return result.output;
}

/** An empty class: no roster, nothing taken in. */
export function emptyClass(): StoredClass {
  return { roster: [], requests: [], certificates: [] };
}

/** The trainer's class records on this device. */
export const classStoreRecord = defineRecord<StoredClass>({
  name: 'class-record',
  version: 1,
  parse: parseStoredClass,
  empty: emptyClass,
});

/**
 * The class with newly received codes added after the ones it has (a code already there is kept once, with
 * the source it first came from), and how many of each kind were new.
 */
export function addToClass(
  current: StoredClass,
  incoming: { requests: readonly { code: string; source: string }[]; certificates: readonly string[] },
): { next: StoredClass; added: { requests: number; certificates: number } } {
  const requestCodes = new Set(current.requests.map((item) => item.code));
  const requests = [...current.requests];
  for (const item of incoming.requests)
    if (item.code.startsWith('NR') && item.code.length <= maxCode && !requestCodes.has(item.code)) {
      requestCodes.add(item.code);
      requests.push({ code: item.code, source: item.source.slice(0, maxText) });
    }
  const fits = (item: string) => item.startsWith('NC') && item.length <= maxCode;
  const certificates = [...new Set([...current.certificates, ...incoming.certificates.filter(fits)])];
  return {
    next: { roster: current.roster, requests, certificates },
    added: { requests: requests.length - current.requests.length, certificates: certificates.length - current.certificates.length },
  };
}

/** The class with `entries` as its roster (names and units cut to the stored bound). */
export function withRoster(current: StoredClass, entries: readonly RosterEntry[]): StoredClass {
  const roster = entries.map((entry) => ({ name: entry.name.slice(0, maxText), nip: entry.nip, unit: entry.unit.slice(0, maxText) }));
  return { ...current, roster };
}

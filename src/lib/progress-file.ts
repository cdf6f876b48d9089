// Moving learner data to another device: the export file, its validation on import, and reset. Pure: the
// store and the list of records are passed in. Runs in the browser and in tests.
//
// File format (JSON, UTF-8), version 1:
//   {
//     "format": "netral-progres",         // marks a Netral progress file; anything else is foreign
//     "version": 1,                       // of this file format; a newer one is refused
//     "exportedAt": "2026-05-01T08:00:00.000Z",
//     "site": "Netral",                   // the exporting site's title (shown, never trusted)
//     "records": { "<name>": {"v": <record version>, "data": ...}, ... }
//   }
// Each record travels in the envelope it has in localStorage (src/lib/storage/record.ts), so on import it
// is validated and migrated by decodeEnvelope() exactly as a stored value is read. Backups of corrupt data
// ("netral:backup:*") are never exported.
//
// Import is all or nothing: every record in the file must be valid before anything is written, and if a
// write then fails the records already written are put back. Valid means valid by each record's schema and
// consistent across records (learner-consistency.ts): a file edited to claim a pass it does not have, or
// dated in the future, is refused like a damaged one, naming the record.
import { inconsistencies, type ConsistencyRules } from './learner-consistency';
import { decodeEnvelope, type RecordDef, type Store } from './storage';

/** The format marker of a progress file. */
export const FILE_FORMAT = 'netral-progres';
/** The file format version this site writes and reads. */
export const FILE_VERSION = 1;
/** The largest file accepted on import, in bytes (localStorage holds about 5 MB in all). */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** Why an export could not be made. */
export type ExportError = 'newer';

/** Builds the export file's text from every record, or says why it cannot. */
export function exportLearnerData(
  store: Store,
  records: readonly RecordDef<unknown>[],
  input: { now: Date; site: string },
): { ok: true; text: string; fileName: string } | { ok: false; error: ExportError } {
  // A record written by a newer version of the site is held back by this page (it reads as empty here):
  // exporting it would put an empty record in the file and lose the real one on the other device.
  const held = new Set(store.notices().flatMap((n) => (n.code === 'newer' && n.record ? [n.record] : [])));
  if (records.some((def) => held.has(def.name))) return { ok: false, error: 'newer' };
  const file = {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    exportedAt: input.now.toISOString(),
    site: input.site,
    records: Object.fromEntries(records.map((def) => [def.name, { v: def.version, data: store.read(def) }])),
  };
  return { ok: true, text: `${JSON.stringify(file, null, 2)}\n`, fileName: exportFileName(input.now) };
}

/** The file name of an export made at `now` (local date): "progres-netral-2026-05-01.json". */
export function exportFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `progres-netral-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** Why a file cannot be imported. */
export type ImportError =
  /** Larger than MAX_FILE_BYTES. */
  | 'too-large'
  /** Not JSON (an image, a document, a truncated download). */
  | 'not-json'
  /** JSON, but not a Netral progress file. */
  | 'foreign'
  /** Made by a newer version of the site (file format, or a record's version). */
  | 'newer'
  /** Holds a record this site does not know. */
  | 'unknown-record'
  /** A Netral progress file whose content is damaged or fails validation. */
  | 'invalid';

/** One validated record of an import file. */
export interface ImportedRecord {
  def: RecordDef<unknown>;
  value: unknown;
}

/** A validated import file, ready to be confirmed. */
export interface ImportFile {
  exportedAt: Date;
  site: string;
  records: ImportedRecord[];
}

export type ImportParse =
  | { ok: true; file: ImportFile }
  /** `problem`: for an inconsistent record, what is wrong (English, for logs and tests). */
  | { ok: false; error: ImportError; record?: string; problem?: string };

/** What an import is checked against: now (the default) and the site's pass mark. */
export type ImportRules = Partial<ConsistencyRules>;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Validates an import file's text against the known records. Never throws: any input, however hostile,
 * gives a result, and nothing is written.
 */
export function parseImportFile(text: unknown, records: readonly RecordDef<unknown>[], rules: ImportRules = {}): ImportParse {
  try {
    return parseUnsafe(text, records, { now: rules.now ?? new Date(), passMark: rules.passMark });
  } catch {
    // A validator or a migration that throws on strange input, or a parse too deep for the stack.
    return { ok: false, error: 'invalid' };
  }
}

function parseUnsafe(text: unknown, records: readonly RecordDef<unknown>[], rules: ConsistencyRules): ImportParse {
  if (typeof text !== 'string') return { ok: false, error: 'not-json' };
  // Characters are at most 3 UTF-8 bytes each in this check's worst case; callers also check the file size.
  if (text.length > MAX_FILE_BYTES) return { ok: false, error: 'too-large' };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: 'not-json' };
  }
  if (!isPlainObject(json) || json['format'] !== FILE_FORMAT) return { ok: false, error: 'foreign' };
  const version = json['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, error: 'invalid' };
  if (version > FILE_VERSION) return { ok: false, error: 'newer' };
  const exportedAt = typeof json['exportedAt'] === 'string' ? new Date(json['exportedAt']) : new Date(NaN);
  if (Number.isNaN(exportedAt.getTime()) || exportedAt.getTime() > rules.now.getTime() + 24 * 60 * 60 * 1000) return { ok: false, error: 'invalid' };
  const site = typeof json['site'] === 'string' ? json['site'].slice(0, 200) : '';
  const stored = json['records'];
  if (!isPlainObject(stored)) return { ok: false, error: 'invalid' };
  const names = Object.keys(stored);
  if (names.length === 0) return { ok: false, error: 'invalid' };
  const known = new Map(records.map((def) => [def.name, def]));
  const imported: ImportedRecord[] = [];
  for (const name of names) {
    const def = known.get(name);
    if (!def) return { ok: false, error: 'unknown-record', record: name.slice(0, 60) };
    const decoded = decodeEnvelope(def, stored[name]);
    if (decoded.status === 'newer') return { ok: false, error: 'newer', record: name };
    if (decoded.status !== 'ok') return { ok: false, error: 'invalid', record: name };
    imported.push({ def, value: decoded.value });
  }
  const [problem] = inconsistencies(new Map(imported.map((r) => [r.def.name, r.value])), rules);
  if (problem) return { ok: false, error: 'invalid', record: problem.record, problem: problem.problem };
  return { ok: true, file: { exportedAt, site, records: imported } };
}

/** What a change to the learner's records achieved. */
export type ApplyOutcome =
  /** Every record reached storage. */
  | 'saved'
  /** Storage is disabled: the change holds in this page's memory only. */
  | 'memory'
  /** A record is held read-only (newer or unreadable data on this device); nothing was changed. */
  | 'not-writable'
  /** Storage refused a write (full); everything was put back as it was. */
  | 'failed';

/** Replaces the learner's records with the validated file's; all or nothing. Records not in the file stay. */
export function applyImport(store: Store, file: ImportFile): ApplyOutcome {
  const defs = file.records.map((r) => r.def);
  if (store.mode === 'memory') {
    for (const { def, value } of file.records) store.write(def, value);
    return 'memory';
  }
  if (!defs.every((def) => store.isWritable(def))) return 'not-writable';
  const before = defs.map((def) => ({ def, value: store.read(def) }));
  for (const [index, { def, value }] of file.records.entries()) {
    if (store.write(def, value) === 'saved') continue;
    // Put back what was there, the failed record included (its memory copy now holds the file's value). A
    // record that was empty is removed again rather than stored empty.
    for (const previous of before.slice(0, index + 1)) {
      if (JSON.stringify(previous.value) === JSON.stringify(previous.def.empty())) store.remove(previous.def);
      else store.write(previous.def, previous.value);
    }
    return 'failed';
  }
  return 'saved';
}

/** Deletes every learner record (after the learner confirmed); backups of corrupt data are kept. */
export function resetLearnerData(store: Store, records: readonly RecordDef<unknown>[]): ApplyOutcome {
  if (store.mode === 'local' && !records.every((def) => store.isWritable(def))) return 'not-writable';
  let outcome: ApplyOutcome = 'saved';
  for (const def of records) if (store.remove(def) === 'memory') outcome = 'memory';
  return outcome;
}

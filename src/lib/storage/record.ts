// A record is one piece of learner data with its own key, version, validator and migrations. Pure; runs on
// the server (tests) and in the browser.
//
// Stored shape, one localStorage key per record so each write is small and atomic:
//   "netral:<name>" → JSON {"v": <version>, "data": <the record's data>}
// Reading validates with the record's `parse` every time. An older `v` runs the record's migrations one
// step at a time (v1 → v2 → ...), then `parse`; a newer `v` is left untouched (see store.ts).
import { mergeJson } from './merge';

/** Prefix of every key Netral owns in localStorage. */
export const KEY_PREFIX = 'netral:';

/** A versioned record of learner data; create one with defineRecord(). */
export interface RecordDef<T> {
  /** Short name, also the key suffix: "attempts" → "netral:attempts". */
  readonly name: string;
  /** localStorage key. */
  readonly key: string;
  /** Current version of the data shape, from 1. */
  readonly version: number;
  /** Validates data of the current version; throws on anything else. */
  parse(raw: unknown): T;
  /** A fresh value when nothing is stored (or the stored value was unusable). */
  empty(): T;
  /** Steps from an older version: migrations[n] turns version-n data into version-(n+1) data. */
  readonly migrations: Readonly<Record<number, (data: unknown) => unknown>>;
  /**
   * Combines two tabs' writes made over `base` (undefined: a revision this tab never saw); `mine` is the
   * newer write. `shared` false: `base` may lack changes both sides already hold, so counts must not be
   * added up (see store.ts, takeIn). Every change either side made must survive (merge.ts). Defaults to
   * mergeJson(): entry by entry, the newer write winning an entry both changed.
   */
  merge(base: T | undefined, theirs: T, mine: T, shared?: boolean): T;
}

export interface RecordSpec<T> {
  name: string;
  version: number;
  parse(raw: unknown): T;
  empty(): T;
  migrations?: Record<number, (data: unknown) => unknown>;
  /** A record whose entries hold counts or sealed wholes names how two tabs' writes combine (see RecordDef). */
  merge?: (base: T | undefined, theirs: T, mine: T, shared?: boolean) => T;
}

/** Declares a record of learner data: name, current version, validator, empty value and migrations. */
export function defineRecord<T>(spec: RecordSpec<T>): RecordDef<T> {
  if (!/^[a-z][a-z0-9-]*$/.test(spec.name)) throw new Error(`record name "${spec.name}": use lowercase letters, digits, hyphens`);
  if (!Number.isInteger(spec.version) || spec.version < 1) throw new Error(`record "${spec.name}": version must be an integer ≥ 1`);
  return {
    name: spec.name,
    key: KEY_PREFIX + spec.name,
    version: spec.version,
    parse: spec.parse,
    empty: spec.empty,
    migrations: spec.migrations ?? {},
    merge: spec.merge ?? ((base, theirs, mine) => mergeJson(base, theirs, mine) as T),
  };
}

/** What a stored text turned out to be. */
export type Decoded<T> =
  | { status: 'empty'; value: T }
  | { status: 'ok'; value: T; migratedFrom?: number }
  | { status: 'corrupt'; reason: string }
  | { status: 'newer'; version: number };

/** Decodes an envelope object {v, data} (from storage or an export file) into the record's current shape. */
export function decodeEnvelope<T>(def: RecordDef<T>, envelope: unknown): Decoded<T> {
  if (typeof envelope !== 'object' || envelope === null || Array.isArray(envelope)) return { status: 'corrupt', reason: 'not an object' };
  const { v, data } = envelope as { v?: unknown; data?: unknown };
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return { status: 'corrupt', reason: 'no version' };
  if (v > def.version) return { status: 'newer', version: v };
  let current = data;
  try {
    for (let from = v; from < def.version; from++) {
      const step = def.migrations[from];
      if (!step) return { status: 'corrupt', reason: `no migration from version ${from}` };
      current = step(current);
    }
    const value = def.parse(current);
    return v < def.version ? { status: 'ok', value, migratedFrom: v } : { status: 'ok', value };
  } catch (error) {
    return { status: 'corrupt', reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Decodes the raw text stored under a record's key (null when nothing is stored). */
export function decodeStored<T>(def: RecordDef<T>, text: string | null): Decoded<T> {
  if (text === null) return { status: 'empty', value: def.empty() };
  let envelope: unknown;
  try {
    envelope = JSON.parse(text);
  } catch {
    return { status: 'corrupt', reason: 'invalid JSON' };
  }
  return decodeEnvelope(def, envelope);
}

/** Which write a stored text is, and which revision it was built on (see store.ts, "Several tabs"). */
export interface Revision {
  rev?: string | undefined;
  parent?: string | undefined;
}

/**
 * The envelope text for a value of the current version; a store also names the revision:
 * {"v": version, "data": ..., "rev": "...", "parent": "..."}. Readers ignore rev and parent.
 */
export function encodeStored<T>(def: RecordDef<T>, value: T, revision: Revision = {}): string {
  return JSON.stringify({ v: def.version, data: value, ...(revision.rev && { rev: revision.rev }), ...(revision.parent && { parent: revision.parent }) });
}

/** The revision named by a stored text (nothing for text without one, or unreadable text). */
export function storedRevision(text: string | null): Revision {
  if (text === null) return {};
  try {
    const { rev, parent } = JSON.parse(text) as { rev?: unknown; parent?: unknown };
    return { rev: typeof rev === 'string' ? rev : undefined, parent: typeof parent === 'string' ? parent : undefined };
  } catch {
    return {};
  }
}

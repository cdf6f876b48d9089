// Fuzzing for anything that reads untrusted input (config, content, storage, imported files, codes, URL
// parameters). Built on fast-check: random and hostile inputs, a fixed seed so CI is repeatable, and on a
// failure the smallest input that breaks the parser. Adding a parser is one line in a tests/unit/fuzz-*.test.ts:
//
//   fuzz('parseProgress()', parseProgress);                                  // must never throw
//   fuzz('defineSiteConfig()', defineSiteConfig, { rejects: isMessage(/tidak valid/) });  // or throw this
//   fuzz('loadProgress()', (raw) => loadProgress(spyStorage({ progress: raw })), { input: fc.string(),
//        check: (result) => expect(result.storage.writes).toEqual([]) });  // nothing written on bad input
//
// Runs: FUZZ_RUNS (default 300 per parser); seed: FUZZ_SEED (default fixed; set it to explore further).
import fc from 'fast-check';
import { test } from 'vitest';

export { fc };

/** Strings that have broken parsers elsewhere: markup, injection, path tricks, odd Unicode, huge sizes. */
export const hostileStrings: readonly string[] = [
  '',
  ' ',
  '\0',
  '\n\r\t\v\f',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  "'; DROP TABLE peserta; --",
  '../../../../etc/passwd',
  '%00%2e%2e%2f',
  '{{7*7}}${7*7}<%= 7*7 %>',
  '__proto__',
  'constructor',
  'prototype',
  '\u202Egnp.exe',
  '\u200B\u200C\u200D\uFEFF',
  '\uD800',
  '\uDFFF\uD800',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '9'.repeat(400),
  '0x1F',
  '{"__proto__":{"polluted":true}}',
  '[' .repeat(5_000),
  '<'.repeat(20_000),
  'a'.repeat(200_000),
  '𝕏'.repeat(5_000),
  'ﷺ'.repeat(2_000),
];

/** Values that are not what a parser expects: wrong types, edge numbers, polluting keys, deep nesting. */
export const hostileValues: readonly unknown[] = [
  undefined,
  null,
  true,
  0,
  -0,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.MAX_SAFE_INTEGER + 2,
  -1,
  1.5,
  10n,
  Symbol('x'),
  () => 1,
  new Date(Number.NaN),
  [],
  [[[[[]]]]],
  {},
  Object.create(null) as unknown,
  JSON.parse('{"__proto__":{"polluted":true}}') as unknown,
  { constructor: { prototype: { polluted: true } } },
  { toString: 'not a function', valueOf: 42 },
  new Array(10_000).fill('x'),
  deepNest(2_000),
  ...hostileStrings,
];

function deepNest(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

/** Any input at all: hostile values, arbitrary nested data, JSON text and raw strings. */
export const anyInput: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...hostileValues),
  fc.anything({ withBigInt: true, withDate: true, withNullPrototype: true, withSparseArray: true, withUnicodeString: true, maxDepth: 4 }),
  fc.json(),
  fc.string({ unit: 'binary', maxLength: 500 }),
);

/** A string made from `pieces` (syntax the parser looks for, as text or generators) and random text. */
export function textFrom(pieces: readonly (string | fc.Arbitrary<string>)[], maxPieces = 40): fc.Arbitrary<string> {
  const syntax = pieces.map((piece) => (typeof piece === 'string' ? fc.constant(piece) : piece));
  const noise = [fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constantFrom(...hostileStrings.filter((s) => s.length < 100))];
  return fc.array(fc.oneof(...syntax, ...noise), { maxLength: maxPieces }).map((parts) => parts.join(''));
}

/**
 * A valid value with one thing broken: one field (at any depth) replaced by `anyInput`, removed, or an
 * unknown field added. Good for configs and stored records, where most random input fails at once.
 */
export function mutationOf<T>(valid: T): fc.Arbitrary<unknown> {
  const paths: (string | number)[][] = [];
  const collect = (value: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (Array.isArray(value)) value.forEach((item, i) => collect(item, [...path, i]));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) collect(item, [...path, key]);
  };
  collect(valid, []);
  return fc.tuple(fc.constantFrom(...paths), fc.constantFrom('replace', 'remove', 'add'), anyInput).map(([path, action, value]) => {
    const copy = structuredClone(valid) as unknown;
    if (path.length === 0) return action === 'replace' ? value : copy;
    const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], copy) as Record<string | number, unknown>;
    const key = path.at(-1)!;
    if (action === 'replace') parent[key] = value;
    else if (action === 'remove') delete parent[key];
    else if (typeof parent === 'object' && parent !== null) parent['extra-field'] = value;
    return copy;
  });
}

/** JSON text of any value (BigInt and other values JSON cannot hold become "null"). */
export function jsonText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'null';
  } catch {
    return 'null';
  }
}

/** A rejection check: an Error whose message matches `pattern` (the parser's documented way to say no). */
export function isMessage(pattern: RegExp): (error: unknown) => boolean {
  return (error) => error instanceof Error && pattern.test(error.message);
}

/** A Storage that starts with `initial` and records every write ("set key", "remove key", "clear"). */
export function spyStorage(initial: Record<string, string> = {}): Storage & { writes: string[]; data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  const writes: string[] = [];
  return {
    writes,
    data,
    get length() {
      return data.size;
    },
    key: (index) => [...data.keys()][index] ?? null,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      writes.push(`set ${key}`);
      data.set(key, String(value));
    },
    removeItem: (key) => {
      writes.push(`remove ${key}`);
      data.delete(key);
    },
    clear: () => {
      writes.push('clear');
      data.clear();
    },
  };
}

export interface FuzzOptions<I, R> {
  /** Inputs to try (default: `anyInput`). */
  input?: fc.Arbitrary<I>;
  /** When the parser may throw: true for its documented rejection (e.g. `isMessage(/tidak valid/)`). */
  rejects?: (error: unknown) => boolean;
  /** A property every result must have; throw (or use expect) to fail. */
  check?: (result: R, input: I) => void;
  /** How many inputs to try. */
  runs?: number;
}

const defaultRuns = Number(process.env['FUZZ_RUNS'] ?? 300);
const seed = Number(process.env['FUZZ_SEED'] ?? 8_2026);

/**
 * Registers a Vitest test feeding `parse` random and hostile input: no exception escapes except the
 * documented rejection, and every result passes `check`.
 */
export function fuzz<I = unknown, R = unknown>(name: string, parse: (input: I) => R, options: FuzzOptions<I, R> = {}): void {
  const input = options.input ?? (anyInput as fc.Arbitrary<I>);
  test(`${name} survives random and hostile input`, () => {
    fc.assert(
      fc.property(input, (value) => {
        let result: R;
        try {
          result = parse(value);
        } catch (error) {
          if (options.rejects?.(error)) return;
          throw error;
        }
        options.check?.(result, value);
      }),
      { numRuns: options.runs ?? defaultRuns, seed },
    );
  });
}

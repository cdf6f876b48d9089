// Reading the small YAML files that are read directly rather than as content collections (revocations,
// published course versions, search synonyms). Runs at build time and in unit tests. Every problem is
// reported with the file's name, so a bad edit fails the build saying where.
import type { z } from 'astro/zod';
import { parse } from 'yaml';

/** The YAML text's value, `undefined` for an empty file; throws "<file>: bukan YAML yang valid: …". */
export function readYaml(text: string, file: string): unknown {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new Error(`${file}: bukan YAML yang valid: ${(error as Error).message}`);
  }
  return data ?? undefined;
}

/** How a keyed file ("<key>: { … }" per entry) is read. */
export interface KeyedFile<Entry, Item> {
  /** What every key must look like, and how to say so: `"<key>": <keyProblem>`. */
  key: RegExp;
  keyProblem: string;
  /** What the whole file must be, for a file that is not a mapping, e.g. 'pasangan "versi: { mix }"'. */
  shape: string;
  entry: z.ZodType<Entry>;
  /** The item made from a valid key and entry. */
  item: (key: string, entry: Entry) => Item;
}

/**
 * Parses a keyed YAML file into items; an empty file gives []. Throws one readable error naming the file
 * and every bad key and field.
 */
export function parseKeyedYaml<Entry, Item>(text: string, file: string, spec: KeyedFile<Entry, Item>): Item[] {
  const data = readYaml(text, file);
  if (data === undefined) return [];
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new Error(`${file}: harus berisi ${spec.shape}, atau {} bila kosong`);
  const problems: string[] = [];
  const items: Item[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (!spec.key.test(key)) problems.push(`  - "${key}": ${spec.keyProblem}`);
    const result = spec.entry.safeParse(value);
    if (!result.success)
      for (const issue of result.error.issues) problems.push(`  - ${[key, ...issue.path].join('.')}: ${issue.message}`);
    else items.push(spec.item(key, result.data));
  }
  if (problems.length > 0) throw new Error(`${file} tidak valid:\n${problems.join('\n')}`);
  return items;
}

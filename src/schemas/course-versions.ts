// The list of course versions this site published before the current one, content/course-versions.yaml.
// Runs at build time and in unit tests. Read directly like the revocation list: one small file that must
// fail the build when it cannot be read.
import { z } from 'astro/zod';
import { parse } from 'yaml';
import type { PublishedVersion } from '../lib/cert/versions';
import { courseVersionPattern } from '../lib/cert/exam-terms';

/** One earlier course version, keyed in the file by its version. */
export const publishedVersionSchema = z.strictObject({
  /** Post-test questions per module, by module id, as `postTest.mix` was when that version was served. */
  mix: z.record(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id modul'), z.number().int().positive()),
});

/** Parses the file's YAML text; throws one readable error naming the file and every problem. */
export function parsePublishedVersions(text: string, file: string): PublishedVersion[] {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new Error(`${file}: bukan YAML yang valid: ${(error as Error).message}`);
  }
  if (data === null || data === undefined) return [];
  if (typeof data !== 'object' || Array.isArray(data))
    throw new Error(`${file}: harus berisi pasangan "versi: { mix }", atau {} bila kosong`);
  const problems: string[] = [];
  const versions: PublishedVersion[] = [];
  for (const [version, entry] of Object.entries(data)) {
    if (!courseVersionPattern.test(version)) problems.push(`  - "${version}": bukan versi materi (bentuknya 2026.11.23-1a2b3c4d)`);
    const result = publishedVersionSchema.safeParse(entry);
    if (!result.success)
      for (const issue of result.error.issues) problems.push(`  - ${[version, ...issue.path].join('.')}: ${issue.message}`);
    else versions.push({ version, mix: result.data.mix });
  }
  if (problems.length > 0) throw new Error(`${file} tidak valid:\n${problems.join('\n')}`);
  return versions;
}

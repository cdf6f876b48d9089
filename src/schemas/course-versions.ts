// The list of course versions this site published before the current one, content/course-versions.yaml.
// Runs at build time and in unit tests. Read directly like the revocation list: one small file that must
// fail the build when it cannot be read.
import { z } from 'astro/zod';
import { parseKeyedYaml } from './yaml-file';
import type { PublishedVersion } from '../lib/cert/versions';
import { courseVersionPattern } from '../lib/cert/exam-terms';

/** One earlier course version, keyed in the file by its version. */
export const publishedVersionSchema = z.strictObject({
  /** Post-test questions per module, by module id, as `postTest.mix` was when that version was served. */
  mix: z.record(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id modul'), z.number().int().positive()),
});

/** Parses the file's YAML text; throws one readable error naming the file and every problem. */
export function parsePublishedVersions(text: string, file: string): PublishedVersion[] {
  return parseKeyedYaml(text, file, {
    key: courseVersionPattern,
    keyProblem: 'bukan versi materi (bentuknya 2026.11.23-1a2b3c4d)',
    shape: 'pasangan "versi: { mix }"',
    entry: publishedVersionSchema,
    item: (version, entry): PublishedVersion => ({ version, mix: entry.mix }),
  });
}

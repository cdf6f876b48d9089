// Search synonyms, content/search-synonyms.yaml: words a learner types that the lessons say differently
// ("like" for "tanda suka"). Read directly at build time (src/data/search.ts), like the revocation list.
import { z } from 'astro/zod';
import { readYaml } from './yaml-file';

/** One group: every member finds what the others find, e.g. [like, tanda suka, menyukai]. */
export const synonymGroupSchema = z.array(z.string().trim().min(2, 'minimal dua huruf')).min(2, 'satu kelompok berisi minimal dua kata');

/** Parses the synonym file's YAML (a list of groups); throws one readable error naming the file. */
export function parseSynonyms(text: string, file: string): string[][] {
  const data = readYaml(text, file);
  if (data === undefined) return [];
  const result = z.array(synonymGroupSchema).safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  - ${issue.path.join('.') || '(berkas)'}: ${issue.message}`);
    throw new Error(`${file} tidak valid (harus daftar kelompok kata, mis. "- [like, tanda suka]"):\n${problems.join('\n')}`);
  }
  return result.data;
}

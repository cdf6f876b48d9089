// The revocation list, content/revocations.yaml: certificates that verify as TIDAK SAH with a reason.
// Runs at build time and in unit tests. Read directly (src/data/certificates.ts) rather than as a content
// collection: the list is one small file, is usually empty, and must fail the build when it cannot be read
// (a list that silently read as empty would let revoked certificates verify).
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { textSchema } from './common';
import type { Revocation } from '../lib/cert/certificate';
import { certificateNumberPattern } from '../lib/cert/number';

/** One revoked certificate, keyed in the file by its certificate number. */
export const revocationSchema = z.strictObject({
  /** Why it was revoked, shown on the verification page, e.g. "Nama salah tulis; diganti 2026-9A0B-C1DE-F2G3". */
  reason: textSchema,
  /** Date of revocation, YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'tanggal harus YYYY-MM-DD'),
});

/** Parses the revocation list's YAML text; throws one readable error naming the file and every problem. */
export function parseRevocations(text: string, file: string): Revocation[] {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new Error(`${file}: bukan YAML yang valid: ${(error as Error).message}`);
  }
  if (data === null || data === undefined) return [];
  if (typeof data !== 'object' || Array.isArray(data))
    throw new Error(`${file}: harus berisi pasangan "nomor sertifikat: { reason, date }", atau {} bila kosong`);
  const problems: string[] = [];
  const revocations: Revocation[] = [];
  for (const [number, entry] of Object.entries(data)) {
    if (!certificateNumberPattern.test(number))
      problems.push(`  - "${number}": bukan nomor sertifikat (bentuknya 2026-XXXX-XXXX-XXXX, huruf besar)`);
    const result = revocationSchema.safeParse(entry);
    if (!result.success)
      for (const issue of result.error.issues) problems.push(`  - ${[number, ...issue.path].join('.')}: ${issue.message}`);
    else revocations.push({ number, ...result.data });
  }
  if (problems.length > 0) throw new Error(`${file} tidak valid:\n${problems.join('\n')}`);
  return revocations.sort((a, b) => a.number.localeCompare(b.number));
}

// The revocation list, content/revocations.yaml: certificates that verify as TIDAK SAH with a reason.
// Runs at build time and in unit tests. Read directly (src/data/certificates.ts) rather than as a content
// collection: the list is one small file, is usually empty, and must fail the build when it cannot be read
// (a list that silently read as empty would let revoked certificates verify).
import { z } from 'astro/zod';
import { parseKeyedYaml } from './yaml-file';
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
  const revocations = parseKeyedYaml(text, file, {
    key: certificateNumberPattern,
    keyProblem: 'bukan nomor sertifikat (bentuknya 2026-XXXX-XXXX-XXXX, huruf besar)',
    shape: 'pasangan "nomor sertifikat: { reason, date }"',
    entry: revocationSchema,
    item: (number, entry): Revocation => ({ number, ...entry }),
  });
  return revocations.sort((a, b) => a.number.localeCompare(b.number));
}

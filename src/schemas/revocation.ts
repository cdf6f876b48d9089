import { z } from 'astro/zod';
import { textSchema } from './common';
import { certificateNumberPattern } from '../lib/cert/number';

/** A revoked certificate in `content/revocations.yaml`, keyed by its certificate number. */
export const revocationSchema = z.strictObject({
  /** Why it was revoked, shown on the verification page, e.g. "Nama peserta salah; diganti 2026-9A0B-C1DE". */
  reason: textSchema,
  /** Date of revocation, YYYY-MM-DD. */
  date: z
    .union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'tanggal harus YYYY-MM-DD'), z.date()])
    .transform((value) => (typeof value === 'string' ? value : value.toISOString().slice(0, 10))),
});

/** Checks a revocation list's parsed YAML: an object keyed by certificate numbers. Throws a readable error. */
export function checkRevocationKeys(data: unknown, file: string): Record<string, { id?: string }> {
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data))
    throw new Error(`${file}: harus berisi pasangan "nomor sertifikat: {reason, date}" (atau {} bila kosong)`);
  for (const key of Object.keys(data)) {
    if (!certificateNumberPattern.test(key))
      throw new Error(`${file}: "${key}" bukan nomor sertifikat (bentuknya 2026-XXXX-XXXX, huruf besar)`);
  }
  return data as Record<string, { id?: string }>;
}

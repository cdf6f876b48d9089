// Building blocks shared by several content schemas. Runs on the server (build) and in unit tests.
import { z } from 'astro/zod';

/** A lowercase ASCII id with hyphens, as used for file names and anchors. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'harus huruf kecil, angka dan tanda hubung (contoh: pp-94-2021)');

/** A non-empty, trimmed piece of Indonesian text. */
export const textSchema = z.string().trim().min(1, 'tidak boleh kosong');

/**
 * How well the brief (shared/content-brief/facts.md) supports a fact: "verified" (two sources or the
 * primary text), "single-source" or "uncertain". Graded questions may cite only verified facts.
 */
export const certainties = ['verified', 'single-source', 'uncertain'] as const;
export type Certainty = (typeof certainties)[number];

/** A certainty tag, "verified" when left out. */
export const certaintySchema = z.enum(certainties).default('verified');

/** A day, month or year as written in a source: "2023-11-08", "2023-11" or "2023". */
export const partialDateSchema = z
  .union([z.string(), z.number().int(), z.date()])
  // YAML reads 2025 as a number and 2023-11-08 as a date; keep what the author wrote.
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)))
  .pipe(z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'tanggal harus YYYY, YYYY-MM atau YYYY-MM-DD'));

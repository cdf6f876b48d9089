// Building blocks shared by several content schemas. Runs on the server (build) and in unit tests.
import { z } from 'astro/zod';

/** A lowercase ASCII id with hyphens, as used for file names and anchors. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'harus huruf kecil, angka dan tanda hubung (contoh: pp-94-2021)');

/** A non-empty, trimmed piece of Indonesian text. */
export const textSchema = z.string().trim().min(1, 'tidak boleh kosong');

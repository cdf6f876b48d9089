// Building blocks for the valibot schemas that validate stored records (src/lib/progress.ts,
// src/lib/quiz/records.ts). Valibot, not zod, because these run in the learner's browser on every lesson
// page: the schemas below cost a few hundred bytes there instead of zod's runtime.
import * as v from 'valibot';

/** A non-empty id of sensible length (lesson, bank, question, attempt). */
export const idSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(200));

/** An ISO 8601 date and time with "Z" or an offset, as Date.prototype.toISOString() writes. */
export const isoTimeSchema = v.pipe(v.string(), v.isoTimestamp());

/**
 * A plain object used as a dictionary: keys and values each validated. Unlike v.record() alone, an array
 * (whose indexes would pass as keys) is rejected.
 */
export function dictionarySchema<
  TKey extends v.GenericSchema<string, string>,
  TValue extends v.GenericSchema,
>(key: TKey, value: TValue) {
  return v.pipe(
    v.custom<Record<string, unknown>>(
      (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
      'an object is expected, not a list',
    ),
    v.record(key, value),
  );
}

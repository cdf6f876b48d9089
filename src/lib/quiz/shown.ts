// Which questions the learner has been shown the right answer to: in a pre-test or post-test review, in a
// knowledge check's feedback, in practice. The post-test draw prefers the others (draw.ts, preferUnseen),
// so a question whose answer the learner already saw counts for as little as the banks allow. Pure; runs
// on the server (tests) and in the browser.
//
// "netral:answers-shown", version 1: { questions: { [questionId]: ISO time the answer was first shown } }
//   One entry per question, so two tabs marking questions at once merge entry by entry (storage/merge.ts).
//   Version 1 is the first shape, so there is nothing to migrate yet (see src/lib/storage/record.ts).
import * as v from 'valibot';
import { defineRecord, type Store, type WriteOutcome } from '../storage';
import { dictionarySchema, idSchema as id, isoTimeSchema as isoTime } from '../storage/schema';

/** More questions than any course's banks hold; a record beyond this is refused as damaged. */
const MAX_QUESTIONS = 5000;

export interface AnswersShownData {
  /** When the answer to each question was first shown, by question id. */
  questions: Record<string, string>;
}

const shownSchema = v.strictObject({
  questions: v.pipe(
    dictionarySchema(id, isoTime),
    v.check((questions) => Object.keys(questions).length <= MAX_QUESTIONS, 'too many questions'),
  ),
});

/** Validates the stored record (version 1); throws on anything else. */
export function parseAnswersShown(raw: unknown): AnswersShownData {
  return v.parse(shownSchema, raw) as AnswersShownData;
}

/** Questions whose answers the learner has been shown. */
export const answersShownRecord = defineRecord<AnswersShownData>({
  name: 'answers-shown',
  version: 1,
  parse: parseAnswersShown,
  empty: () => ({ questions: {} }),
});

/** The ids of the questions whose answers the learner has been shown. */
export function readAnswersShown(store: Store): Set<string> {
  return new Set(Object.keys(store.read(answersShownRecord).questions));
}

/**
 * Notes that the answers to `ids` were shown at `now` (the first time is kept). Writes nothing, and says
 * 'kept', when every id is already noted.
 */
export function markAnswersShown(store: Store, ids: Iterable<string>, now: Date): WriteOutcome | 'kept' {
  const current = store.read(answersShownRecord).questions;
  const added = [...new Set(ids)].filter((questionId) => questionId && !Object.hasOwn(current, questionId));
  if (added.length === 0) return 'kept';
  const at = now.toISOString();
  return store.write(answersShownRecord, { questions: { ...current, ...Object.fromEntries(added.map((questionId) => [questionId, at])) } });
}

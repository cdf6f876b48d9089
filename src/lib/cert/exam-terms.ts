// The terms a post-test attempt was taken under: the course version and the pass mark of the site copy
// that ran it. Recorded when a post-test is passed, so a completion request made weeks later, after the
// site was updated, still states the course version and pass mark the learner was actually tested on.
// Pure; runs on the server (tests) and in the browser.
//
// "netral:exam-terms", version 1: {"v": 1, "data": { attempts: { [attemptId]: { courseVersion, passMark, assumed? } } }}
//   courseVersion: e.g. "2026.11.23-3f9a2c1d" (see course-version.ts); passMark: integer percent 1–100;
//   assumed: true when the certificate page recorded them later, for an attempt submitted before this
//   record existed (they are then the terms of the site copy that first showed its certificate).
// Version 1 is the first shape, so there is nothing to migrate yet. The first terms recorded for an
// attempt are kept: they are the ones in force when it was submitted.
import { defineRecord, type Store, type WriteOutcome } from '../storage';

/** Course version and pass mark that applied to one attempt. */
export interface ExamTerms {
  courseVersion: string;
  passMark: number;
  /** Recorded after the attempt, not when it was submitted. */
  assumed?: true;
}

export interface ExamTermsData {
  attempts: Record<string, ExamTerms>;
}

/** What a course version may look like: short, printable, no spaces (it is printed and signed). */
export const courseVersionPattern = /^[0-9A-Za-z][0-9A-Za-z.+_-]{0,31}$/;

const maxAttempts = 200;

/** Validates stored exam terms (version 1); throws on anything else. */
export function parseExamTerms(raw: unknown): ExamTermsData {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('not an object');
  const { attempts, ...rest } = raw as { attempts?: unknown };
  if (Object.keys(rest).length) throw new Error('unknown fields');
  if (typeof attempts !== 'object' || attempts === null || Array.isArray(attempts)) throw new Error('attempts is not an object');
  const entries = Object.entries(attempts as Record<string, unknown>);
  if (entries.length > maxAttempts) throw new Error('too many attempts');
  const out: Record<string, ExamTerms> = {};
  for (const [id, value] of entries) {
    if (id.length === 0 || id.length > 200) throw new Error('attempt id');
    if (typeof value !== 'object' || value === null) throw new Error('terms is not an object');
    const { courseVersion, passMark, assumed, ...other } = value as Record<string, unknown>;
    if (Object.keys(other).length) throw new Error('unknown terms fields');
    if (assumed !== undefined && assumed !== true) throw new Error('assumed');
    if (typeof courseVersion !== 'string' || !courseVersionPattern.test(courseVersion)) throw new Error('course version');
    if (typeof passMark !== 'number' || !Number.isInteger(passMark) || passMark < 1 || passMark > 100) throw new Error('pass mark');
    out[id] = assumed ? { courseVersion, passMark, assumed } : { courseVersion, passMark };
  }
  return { attempts: out };
}

/** Course version and pass mark per post-test attempt. */
export const examTermsRecord = defineRecord<ExamTermsData>({
  name: 'exam-terms',
  version: 1,
  parse: parseExamTerms,
  empty: () => ({ attempts: {} }),
});

/** Records the terms of an attempt unless some are already recorded; returns whether storage was reached. */
export function rememberExamTerms(store: Store, attemptId: string, terms: ExamTerms): WriteOutcome | 'kept' {
  const data = store.read(examTermsRecord);
  if (Object.hasOwn(data.attempts, attemptId)) return 'kept';
  // Keep the newest entries (insertion order) so the record never outgrows what parseExamTerms accepts.
  const kept = Object.entries(data.attempts).slice(-(maxAttempts - 1));
  return store.write(examTermsRecord, { attempts: { ...Object.fromEntries(kept), [attemptId]: terms } });
}

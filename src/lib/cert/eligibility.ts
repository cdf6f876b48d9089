// Whether this device may show a self-study record and make a completion request, and from which
// post-test. Pure; runs on the server (tests) and in the browser.
import type { ExamResult } from '../quiz/types';
import type { ExamTerms } from './exam-terms';

/** The post-test a certificate is made from, with the terms it was taken under. */
export interface CertificateBasis {
  result: ExamResult;
  /** Course version and pass mark of the attempt. */
  terms: ExamTerms;
  /** Whether the terms were recorded at all (false: today's terms, not yet recorded). */
  recorded: boolean;
  /** Whether the terms were not recorded when the attempt was submitted (today's, or recorded later). */
  assumed: boolean;
}

/**
 * The best passed post-test on this device: the highest score, and of equal scores the earliest (so the
 * choice, and with it the certificate number, does not change later). An attempt counts only if its
 * score reaches the pass mark it is reported with: the recorded one, or else today's (`current`).
 */
export function certificateBasis(
  results: readonly ExamResult[],
  recordedTerms: Readonly<Record<string, ExamTerms>>,
  current: ExamTerms,
): CertificateBasis | null {
  let best: CertificateBasis | null = null;
  const ordered = [...results].sort((a, b) => (a.finishedAt < b.finishedAt ? -1 : a.finishedAt > b.finishedAt ? 1 : 0));
  for (const result of ordered) {
    if (result.kind !== 'post' || !result.passed) continue;
    const recorded = Object.hasOwn(recordedTerms, result.attemptId);
    const terms = recorded ? recordedTerms[result.attemptId]! : current;
    if (result.score < terms.passMark) continue;
    if (!best || result.score > best.result.score) best = { result, terms, recorded, assumed: !recorded || terms.assumed === true };
  }
  return best;
}

/** Topics sorted by the course's module order (as the record prints them); unknown modules last, as given. */
export function topicsInCourseOrder<T extends { module: string }>(topics: readonly T[], order: readonly string[]): T[] {
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return [...topics].sort((a, b) => rank(a.module) - rank(b.module));
}

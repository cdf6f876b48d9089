// What a passed post-test records for its certificate (src/lib/cert/exam-terms.ts), loaded by <netral-exam>
// with import() as an attempt runs. A module of its own exporting one function, so that import() needs no
// namespace object: importing exam-terms.ts itself that way made the bundler build one, with its runtime
// helpers, into the chunk the certificate pages load.
import { rememberExamTerms, type ExamTerms } from '../lib/cert/exam-terms';
import { getStore } from './storage';

/** Records the course version and pass mark a passed post-test attempt was taken under. */
export function recordExamTerms(attemptId: string, terms: ExamTerms): void {
  rememberExamTerms(getStore(), attemptId, terms);
}

// What the learner's device recorded about the post-test attempt behind a request: when it started and
// ended, and how many questions were answered. Carried beside the code in the request file (not signed:
// a request pasted as a bare code has none), so the trainer sees at signing time when an attempt has no
// recorded answers or an impossible timeline. Pure; runs in the browser and under plain Node.
import type { Attempt } from '../quiz/attempt';
import { problem, type Problem } from '../problem';
import type { CompletionRequest } from './request';

/** The attempt as the request file describes it ("percobaan"). */
export interface AttemptFacts {
  /** ISO time the attempt started. */
  startedAt: string;
  /** ISO time it was submitted. */
  finishedAt: string;
  /** Questions with a recorded answer. */
  answered: number;
  /** Questions drawn. */
  questions: number;
}

// Reading and answering a question takes more than this; faster means the answers were not really given.
const minSecondsPerQuestion = 5;

/** The facts of a submitted attempt. */
export function attemptFacts(attempt: Attempt): AttemptFacts | undefined {
  if (!attempt.result) return undefined;
  return {
    startedAt: attempt.startedAt,
    finishedAt: attempt.result.finishedAt,
    answered: attempt.questions.filter((question) => Object.hasOwn(attempt.answers, question.id)).length,
    questions: attempt.questions.length,
  };
}

/** Reads the "percobaan" part of a request file; undefined when absent or not in shape. */
export function parseAttemptFacts(raw: unknown): AttemptFacts | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { mulai, selesai, dijawab, jumlahSoal } = raw as Record<string, unknown>;
  if (typeof mulai !== 'string' || typeof selesai !== 'string') return undefined;
  if (!Number.isInteger(dijawab) || !Number.isInteger(jumlahSoal)) return undefined;
  return { startedAt: mulai, finishedAt: selesai, answered: dijawab as number, questions: jumlahSoal as number };
}

/** The facts as the request file writes them (Indonesian keys, like the file's other readable fields). */
export function attemptFactsJson(facts: AttemptFacts): Record<string, string | number> {
  return { mulai: facts.startedAt, selesai: facts.finishedAt, dijawab: facts.answered, jumlahSoal: facts.questions };
}

/**
 * What the trainer should look at before signing (warnings, not refusals: the facts are not signed and a
 * bare code has none): no record of the attempt, no recorded answers, or an impossible timeline.
 */
export function attemptWarnings(request: CompletionRequest, facts: AttemptFacts | undefined, today: Date = new Date()): Problem[] {
  if (!facts) return [problem('sign.warn.noRecord')];
  const warnings: Problem[] = [];
  if (facts.answered === 0 || facts.questions === 0) warnings.push(problem('sign.warn.noAnswers'));
  else if (facts.answered < facts.questions) warnings.push(problem('sign.warn.someAnswers', { answered: facts.answered, questions: facts.questions }));
  const start = Date.parse(facts.startedAt);
  const end = Date.parse(facts.finishedAt);
  const seconds = (end - start) / 1000;
  if (Number.isNaN(start) || Number.isNaN(end) || seconds < 0 || end > today.getTime() + 86_400_000)
    warnings.push(problem('sign.warn.timeline', { start: facts.startedAt, end: facts.finishedAt }));
  else if (seconds < minSecondsPerQuestion * Math.max(1, facts.questions))
    warnings.push(problem('sign.warn.tooFast', { seconds: Math.round(seconds), questions: facts.questions }));
  // The request's date is the learner's local day of the end: at most a day apart from UTC.
  else if (Math.abs(Date.parse(`${request.date}T12:00:00Z`) - end) > 1.5 * 86_400_000)
    warnings.push(problem('sign.warn.dateMismatch', { date: request.date, end: facts.finishedAt.slice(0, 10) }));
  return warnings;
}

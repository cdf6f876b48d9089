// What an exam result means for the learner: passed, may retry, no attempts left, or a pre-test done; and
// which topics to study again. Pure policy, so every case is unit-tested; the result view
// (src/elements/exam-result.ts) only turns this model into HTML. Shared by server and browser.
import type { ExamKind, ExamStanding } from './attempt';
import { inCourseOrder, passes, percent, weakTopics } from './grade';
import type { ExamResult, TopicResult } from './types';

/** The exam's settings the outcome depends on. */
export interface OutcomeConfig {
  kind: ExamKind;
  /** Pass mark in percent. */
  passMark: number;
  /** Attempts allowed. */
  attempts: number;
  /** Module ids in course order, for listing topics. */
  moduleOrder: readonly string[];
}

/** What the learner can do next. */
export type NextStep =
  /** A passed post-test: go to the certificate. */
  | { step: 'certificate' }
  /** A failed post-test with attempts left: start attempt `nextNumber`. */
  | { step: 'retry'; attemptsLeft: number; nextNumber: number }
  /** A failed post-test with no attempts left: contact the training unit. */
  | { step: 'final' }
  /** A finished pre-test: start learning, or take the post-test. */
  | { step: 'learn' }
  /** Nothing to offer (a post-test passed earlier than this attempt, or an attempt started elsewhere). */
  | { step: 'none' };

/** One topic row of the result. */
export interface TopicRow extends TopicResult {
  percent: number;
  /** Whether the topic reaches the pass mark (post-test), or null (pre-test: no pass mark applies). */
  ok: boolean | null;
}

/** The result view model of the latest finished attempt. */
export interface ExamOutcome {
  kind: ExamKind;
  result: ExamResult;
  attemptNumber: number;
  /** Whether the post-test was passed, or null for a pre-test. */
  passed: boolean | null;
  next: NextStep;
  /** Topics to study again, in course order: only after a failed post-test. */
  weak: TopicResult[];
  /** Every topic of the attempt, in course order. */
  topics: TopicRow[];
}

/** The outcome of the latest finished attempt in `standing`, or null when none is finished. */
export function examOutcome(standing: ExamStanding, config: OutcomeConfig): ExamOutcome | null {
  const last = standing.finished.at(-1);
  const result = last?.result;
  if (!last || !result) return null;
  const post = config.kind === 'post';
  const passed = post ? result.passed : null;
  let next: NextStep;
  if (!post) next = { step: 'learn' };
  else if (result.passed) next = { step: 'certificate' };
  else if (standing.canStart) next = { step: 'retry', attemptsLeft: standing.attemptsLeft, nextNumber: standing.nextNumber };
  else if (!standing.passed && standing.attemptsLeft === 0 && !standing.inProgress) next = { step: 'final' };
  else next = { step: 'none' };
  return {
    kind: config.kind,
    result,
    attemptNumber: last.number,
    passed,
    next,
    weak: post && !result.passed ? inCourseOrder(weakTopics(result.topics, config.passMark), config.moduleOrder) : [],
    topics: inCourseOrder(result.topics, config.moduleOrder).map((t) => ({
      ...t,
      percent: percent(t.points, t.max),
      ok: post ? passes(t.points, t.max, config.passMark) : null,
    })),
  };
}

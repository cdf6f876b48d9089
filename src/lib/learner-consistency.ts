// Consistency of learner records brought in from a progress file (src/lib/progress-file.ts). Each record
// is valid on its own by its schema; these checks catch a file edited by hand so that it still parses but
// no longer tells the truth: a pass with a failing score, a score that does not follow from the points, a
// date in the future, answers to questions the attempt never drew. Pure; runs in the browser and in tests.
import type { ExamTermsData } from './cert/exam-terms';
import type { ProgressData } from './progress';
import { passes, percent } from './quiz/grade';
import type { AttemptsData, ChecksData } from './quiz/records';

/** What is inconsistent, by record name ("attempts", "checks"...). */
export interface Inconsistency {
  record: string;
  /** A short English description for logs and tests; the learner sees the record named, not this. */
  problem: string;
}

/** What the checks compare against. */
export interface ConsistencyRules {
  /** Now: no time in a record may lie after it (plus a day of clock difference between devices). */
  now: Date;
  /** The site's pass mark in percent, for attempts whose own terms were not recorded. */
  passMark?: number | undefined;
}

const DAY = 24 * 60 * 60 * 1000;
// Netral did not exist before this; an earlier time is an edit (or a clock far off).
const EARLIEST = Date.parse('2024-01-01T00:00:00Z');

/** The problems of a set of records (by name, already validated by their schemas); [] when consistent. */
export function inconsistencies(records: ReadonlyMap<string, unknown>, rules: ConsistencyRules): Inconsistency[] {
  const problems: Inconsistency[] = [];
  const latest = rules.now.getTime() + DAY;
  const timeProblem = (iso: string) => {
    const t = Date.parse(iso);
    return t > latest ? `${iso} is in the future` : t < EARLIEST ? `${iso} is before Netral existed` : undefined;
  };
  const add = (record: string, problem: string | undefined) => {
    if (problem) problems.push({ record, problem });
  };

  const terms = (records.get('exam-terms') as ExamTermsData | undefined)?.attempts ?? {};
  const attempts = (records.get('attempts') as AttemptsData | undefined)?.attempts ?? [];
  for (const attempt of attempts) {
    const at = `attempt ${attempt.id}`;
    add('attempts', timeProblem(attempt.startedAt) && `${at}: started ${timeProblem(attempt.startedAt)}`);
    const drawn = new Set(attempt.questions.map((q) => q.id));
    const strays = Object.keys(attempt.answers).filter((id) => !drawn.has(id));
    if (strays.length) add('attempts', `${at}: answers to questions it did not draw (${strays.slice(0, 3).join(', ')})`);
    const result = attempt.result;
    if (!result) continue;
    if (result.attemptNumber !== attempt.number) add('attempts', `${at}: result numbered ${result.attemptNumber}, attempt ${attempt.number}`);
    add('attempts', timeProblem(result.finishedAt) && `${at}: finished ${timeProblem(result.finishedAt)}`);
    if (Date.parse(result.finishedAt) < Date.parse(attempt.startedAt)) add('attempts', `${at}: finished before it started`);
    const points = result.topics.reduce((sum, t) => sum + t.points, 0);
    const max = result.topics.reduce((sum, t) => sum + t.max, 0);
    if (result.topics.some((t) => t.points > t.max)) add('attempts', `${at}: a topic has more points than questions`);
    if (max !== attempt.questions.length) add('attempts', `${at}: topics count ${max} questions, the attempt drew ${attempt.questions.length}`);
    if (Math.abs(percent(points, max) - result.score) > 1e-9) add('attempts', `${at}: score ${result.score} does not follow from ${points} of ${max} points`);
    const passMark = terms[attempt.id]?.passMark ?? rules.passMark;
    if (result.kind === 'pre' && result.passed) add('attempts', `${at}: a pre-test is never passed`);
    if (result.kind === 'post' && passMark !== undefined && result.passed !== passes(points, max, passMark)) {
      add('attempts', `${at}: passed is ${result.passed} with ${result.score}% against a pass mark of ${passMark}%`);
    }
  }
  for (const id of Object.keys(terms)) {
    if (!attempts.some((a) => a.id === id) && attempts.length) add('exam-terms', `terms for attempt ${id}, which is not in the file`);
  }

  const checks = (records.get('checks') as ChecksData | undefined)?.lessons ?? {};
  for (const [lesson, check] of Object.entries(checks)) {
    const at = `check of ${lesson}`;
    if (check.points > check.max) add('checks', `${at}: ${check.points} points of ${check.max}`);
    if (Math.abs(percent(check.points, check.max) - check.score) > 1e-9) add('checks', `${at}: score ${check.score} does not follow from ${check.points} of ${check.max}`);
    if (check.best < check.score) add('checks', `${at}: best ${check.best} below the latest ${check.score}`);
    add('checks', timeProblem(check.at) && `${at}: ${timeProblem(check.at)}`);
  }

  const progress = records.get('progress') as ProgressData | undefined;
  for (const [lesson, entry] of Object.entries(progress?.lessons ?? {})) add('progress', timeProblem(entry.reachedEnd) && `lesson ${lesson} read ${timeProblem(entry.reachedEnd)}`);
  if (progress?.last) add('progress', timeProblem(progress.last.at) && `last visit ${timeProblem(progress.last.at)}`);
  return problems;
}

// What the LMS is told: the learner's records turned into SCORM 1.2 and SCORM 2004 data-model values.
// Pure; runs in the browser (the launch page) and in tests.
//
// The rule is the certificate's (src/lib/progress.ts certificateStatus), so the LMS credits exactly what
// the standalone site would certify:
// - incomplete until the completion rule is met: a submitted post-test, and every lesson completed when
//   the site requires all lessons (certificate.requireAllLessons);
// - then passed or failed by the best post-test score against the pass mark;
// - a course without a post-test is completed (no success status) once every lesson is completed.
// The score is the best post-test score (0–100), reported as soon as one exists.
import { courseProgress, type LearnerState } from '../progress';
import type { ExamResult } from '../quiz/types';
import type { LmsCourse } from './course';

/** The learner's standing as the LMS records it. */
export interface LmsReport {
  completion: 'completed' | 'incomplete';
  success: 'passed' | 'failed' | 'unknown';
  /** Best post-test score in percent (0–100), or null before any post-test. */
  score: number | null;
  /** Share of lessons completed, 0–1. */
  progress: number;
}

/** The learner's standing from their progress, knowledge checks and exam results. */
export function lmsReport(course: LmsCourse, state: LearnerState, results: readonly ExamResult[]): LmsReport {
  const lessons = course.lessons.map((lesson) => ({ id: lesson.id, hasCheck: lesson.bank !== null }));
  const tally = courseProgress([{ lessons }], state);
  const allDone = tally.done === tally.total;
  const progress = tally.total === 0 ? 0 : tally.done / tally.total;
  const posts = results.filter((result) => result.kind === 'post');
  const score = posts.length ? Math.max(...posts.map((result) => result.score)) : null;
  if (!course.postTest) return { completion: allDone ? 'completed' : 'incomplete', success: 'unknown', score: null, progress };
  const ruleMet = score !== null && (!course.requireAllLessons || allDone);
  if (!ruleMet) return { completion: 'incomplete', success: 'unknown', score, progress };
  return { completion: 'completed', success: score >= course.passMark ? 'passed' : 'failed', score, progress };
}

/** A SCORM data-model element and the value to set. */
export type CmiValue = readonly [element: string, value: string];

// CMIDecimal: plain digits, at most a few decimals (the score is already rounded to one).
const decimal = (value: number) => String(Math.round(value * 100) / 100);

/** SCORM 1.2 values for a report: cmi.core.lesson_status and the raw score with its range. */
export function cmiValues12(report: LmsReport): CmiValue[] {
  const status = report.success !== 'unknown' ? report.success : report.completion;
  const values: CmiValue[] = [['cmi.core.lesson_status', status]];
  if (report.score !== null) {
    values.push(['cmi.core.score.min', '0'], ['cmi.core.score.max', '100'], ['cmi.core.score.raw', decimal(report.score)]);
  }
  return values;
}

/** SCORM 2004 values for a report: completion and success status, scaled and raw score, progress. */
export function cmiValues2004(report: LmsReport): CmiValue[] {
  const values: CmiValue[] = [
    ['cmi.completion_status', report.completion],
    ['cmi.success_status', report.success],
    ['cmi.progress_measure', decimal(report.progress)],
  ];
  if (report.score !== null) {
    values.push(
      ['cmi.score.min', '0'],
      ['cmi.score.max', '100'],
      ['cmi.score.raw', decimal(report.score)],
      ['cmi.score.scaled', String(Math.round(report.score * 10) / 1000)],
    );
  }
  return values;
}

/** SCORM 1.2 CMITimespan "HHHH:MM:SS.SS" for a duration in milliseconds. */
export function sessionTime12(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.min(9999, Math.floor(centis / 360_000));
  const minutes = Math.floor((centis % 360_000) / 6000);
  const secs = (centis % 6000) / 100;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(hours, 4)}:${pad(minutes, 2)}:${secs.toFixed(2).padStart(5, '0')}`;
}

/** SCORM 2004 timeinterval (ISO 8601 duration), e.g. "PT1H2M3.45S", for a duration in milliseconds. */
export function sessionTime2004(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6000);
  const secs = (centis % 6000) / 100;
  return `PT${hours}H${minutes}M${secs}S`;
}

/**
 * A learner name as the self-study record prints it. SCORM 1.2 and Moodle give "Family, Given"
 * (e.g. "Saraswati, Ni Luh Putu"): turned into "Ni Luh Putu Saraswati"; other names are kept as given.
 */
export function displayLearnerName(lmsName: string): string {
  const name = lmsName.replace(/\s+/g, ' ').trim();
  const parts = name.split(',').map((part) => part.trim());
  // A part with a dot is an academic title ("Saraswati, S.H."): such a name is already in reading order.
  if (parts.length === 2 && parts[0] && parts[1] && !parts[1].includes('.')) return `${parts[1]} ${parts[0]}`;
  return name;
}

/** What the LMS already holds for the learner, read when a session starts. */
export interface LmsCredit {
  /** Status elements and their values (1.2 lesson_status; 2004 completion and success status). */
  statuses: Record<string, string>;
  /** The raw score held, or null when none. */
  score: number | null;
}

const statusRank: Record<string, number> = { 'not attempted': 0, browsed: 0, unknown: 0, incomplete: 1, completed: 2, failed: 2, passed: 3 };

/**
 * The values without any that would lower what the LMS holds: a status never goes back (passed stays passed,
 * completed never turns incomplete) and the score never drops. Matters when a learner's suspend data could
 * not be restored (another version of the package) and they start the lessons again.
 */
export function keepCredit(values: readonly CmiValue[], held: LmsCredit): CmiValue[] {
  const lowersStatus = ([element, value]: CmiValue) =>
    Object.hasOwn(held.statuses, element) && (statusRank[value] ?? 0) < (statusRank[held.statuses[element]!] ?? 0);
  const raw = values.find(([element]) => element.endsWith('.score.raw'));
  const lowersScore = raw !== undefined && held.score !== null && Number(raw[1]) < held.score;
  return values.filter((value) => !lowersStatus(value) && !(lowersScore && value[0].includes('.score.')));
}

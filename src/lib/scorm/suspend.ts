// The learner's progress as SCORM suspend data: what the LMS keeps between launches, so a learner resumes
// on any computer the LMS launches them from. Pure; runs in the browser (the launch page) and in tests.
//
// Suspend data, version 1: compact JSON, well within SCORM 1.2's 4,096 characters.
//   {"v":1,"at":<seconds since 1970 of the save>,"l":"<one character per lesson>","t":<last lesson index or -1>,
//    "x":[<exam attempt>...]}
//   l: the course's lessons in reading order (LmsCourse.lessons), one base64url character each, trailing
//      untouched lessons left out. Its 6 bits: bit 0 = end of the lesson reached; bits 1–5 = knowledge check:
//      0 not tried, 1–31 tried with best score (level − 1) × 100 / 30, rounded: steps of 3⅓ points, so a
//      score comes back within 2 points (0 and 100 exactly).
//   x: every SUBMITTED pre-test and post-test attempt:
//      ["pre"|"post", number, attemptId, finished (seconds), score×10, passed 0|1,
//       [[module index in LmsCourse.modules (or the module id if unknown), points, max]...],
//       digest (base64url of the 32-byte SHA-256), terms: 0 | [courseVersion, passMark, assumed 0|1]]
// Growth: 1 character per lesson up to the furthest lesson touched, plus up to about 190 characters per
// submitted attempt (at most the post-test attempts allowed plus the one pre-test), plus about 40 fixed:
// the busiest learner of the 27-lesson course needs about 2,050, of the generated 1,000-lesson course 3,020.
// Left out on purpose: an attempt still in progress (its drawn questions and answers would not fit; the
// learner starts it again), the times each lesson was read (restored as the time of the save), how many
// times a knowledge check was tried, and when persistent storage was requested.
import type { ExamTermsData, ExamTerms } from '../cert/exam-terms';
import type { ProgressData } from '../progress';
import type { Attempt } from '../quiz/attempt';
import type { AttemptsData, ChecksData, CheckResult } from '../quiz/records';
import type { ExamResult, TopicResult } from '../quiz/types';
import type { LmsCourse } from './course';

/** SCORM 1.2's limit for cmi.suspend_data (CMIString4096). */
export const SUSPEND_DATA_LIMIT = 4096;

/** The learner records the LMS keeps: what the course pages read and write. */
export interface LearnerRecords {
  progress: ProgressData;
  checks: ChecksData;
  attempts: AttemptsData;
  examTerms: ExamTermsData;
}

/** Records of a learner who has done nothing yet. */
export function emptyRecords(): LearnerRecords {
  return { progress: { lessons: {}, last: null }, checks: { lessons: {} }, attempts: { attempts: [] }, examTerms: { attempts: {} } };
}

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The 1–31 level of a knowledge-check best score (0–100). */
export function checkLevel(best: number): number {
  return 1 + Math.round((Math.min(100, Math.max(0, best)) * 30) / 100);
}

/** The best score a level stands for. */
export function levelScore(level: number): number {
  return Math.round(((level - 1) * 100) / 30);
}

function hexToBase64url(hex: string): string {
  const bytes = hex.match(/../g)?.map((byte) => parseInt(byte, 16)) ?? [];
  let bits = '';
  for (const byte of bytes) bits += byte.toString(2).padStart(8, '0');
  let out = '';
  for (let i = 0; i < bits.length; i += 6) out += alphabet[parseInt(bits.slice(i, i + 6).padEnd(6, '0'), 2)];
  return out;
}

function base64urlToHex(text: string, bytes: number): string {
  let bits = '';
  for (const char of text) {
    const value = alphabet.indexOf(char);
    if (value < 0) throw new Error('bad digest');
    bits += value.toString(2).padStart(6, '0');
  }
  let hex = '';
  for (let i = 0; i < bytes * 8; i += 8) hex += parseInt(bits.slice(i, i + 8), 2).toString(16).padStart(2, '0');
  return hex;
}

const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);
const isoOf = (secs: number) => new Date(secs * 1000).toISOString();

/** Encodes the learner's records as suspend data (version 1). */
export function encodeSuspendData(course: LmsCourse, records: LearnerRecords, now: Date): string {
  const chars = course.lessons.map((lesson) => {
    const read = Object.hasOwn(records.progress.lessons, lesson.id) ? 1 : 0;
    const check = Object.hasOwn(records.checks.lessons, lesson.id) ? checkLevel(records.checks.lessons[lesson.id]!.best) : 0;
    return alphabet[read | (check << 1)];
  });
  const lessons = chars.join('').replace(/A+$/, '');
  const last = records.progress.last ? course.lessons.findIndex((lesson) => lesson.id === records.progress.last?.lesson) : -1;
  const exams = records.attempts.attempts
    .filter((attempt): attempt is Attempt & { result: ExamResult } => attempt.status === 'submitted' && attempt.result !== undefined)
    .sort((a, b) => (a.kind === b.kind ? a.number - b.number : a.kind === 'pre' ? -1 : 1))
    .map(({ result }) => {
      const terms = records.examTerms.attempts[result.attemptId];
      return [
        result.kind,
        result.attemptNumber,
        result.attemptId,
        seconds(result.finishedAt),
        Math.round(result.score * 10),
        result.passed ? 1 : 0,
        result.topics.map((topic) => {
          const index = course.modules.indexOf(topic.module);
          return [index < 0 ? topic.module : index, topic.points, topic.max];
        }),
        hexToBase64url(result.digest),
        terms ? [terms.courseVersion, terms.passMark, terms.assumed ? 1 : 0] : 0,
      ];
    });
  return JSON.stringify({ v: 1, at: Math.floor(now.getTime() / 1000), l: lessons, t: last, x: exams });
}

function isInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

function decodeExam(course: LmsCourse, entry: unknown): { attempt: Attempt; terms?: ExamTerms } {
  if (!Array.isArray(entry) || entry.length !== 9) throw new Error('bad exam entry');
  const [kind, number, attemptId, finished, score10, passed, topics, digest, terms] = entry as unknown[];
  if ((kind !== 'pre' && kind !== 'post') || !isInt(number) || typeof attemptId !== 'string' || !isInt(finished) || !isInt(score10))
    throw new Error('bad exam entry');
  if (!Array.isArray(topics) || typeof digest !== 'string') throw new Error('bad exam entry');
  const topicResults: TopicResult[] = topics.map((topic: unknown) => {
    if (!Array.isArray(topic) || topic.length !== 3) throw new Error('bad topic');
    const [module, points, max] = topic as unknown[];
    const id = isInt(module) ? course.modules[module] : module;
    if (typeof id !== 'string' || typeof points !== 'number' || typeof max !== 'number') throw new Error('bad topic');
    return { module: id, points, max };
  });
  const finishedAt = isoOf(finished);
  const result: ExamResult = {
    kind,
    attemptId,
    attemptNumber: number,
    finishedAt,
    score: score10 / 10,
    passed: passed === 1,
    topics: topicResults,
    digest: base64urlToHex(digest, 32),
  };
  // The drawn questions are not kept (see the top of this file); a submitted attempt needs only its result,
  // and the stored shape asks for at least one question, so each topic stands in as one.
  const attempt: Attempt = {
    id: attemptId,
    kind,
    number,
    status: 'submitted',
    startedAt: finishedAt,
    deadline: null,
    questions: (topicResults.length ? topicResults : [{ module: 'lms' }]).map((topic, i) => ({ id: `lms-${i + 1}`, module: topic.module, layout: [] })),
    answers: {},
    current: 0,
    result,
  };
  if (Array.isArray(terms) && terms.length === 3 && typeof terms[0] === 'string' && isInt(terms[1])) {
    return { attempt, terms: { courseVersion: terms[0], passMark: terms[1], ...(terms[2] === 1 && { assumed: true as const }) } };
  }
  return { attempt };
}

/**
 * The learner records a suspend-data text stands for; empty records for an empty text. Never throws: text
 * that is not version-1 suspend data (another package's, or damaged) gives null, and the launch page starts
 * the learner empty rather than guess.
 */
export function decodeSuspendData(course: LmsCourse, text: string): LearnerRecords | null {
  if (text.trim() === '') return emptyRecords();
  try {
    const data = JSON.parse(text) as { v?: unknown; at?: unknown; l?: unknown; t?: unknown; x?: unknown };
    if (data.v !== 1 || !isInt(data.at) || typeof data.l !== 'string' || !isInt(data.t) || !Array.isArray(data.x)) return null;
    const at = isoOf(data.at);
    const records = emptyRecords();
    [...data.l].forEach((char, index) => {
      const value = alphabet.indexOf(char);
      const lesson = course.lessons[index];
      if (value < 0) throw new Error('bad lesson character');
      if (!lesson) return;
      if (value & 1) records.progress.lessons[lesson.id] = { reachedEnd: at };
      const level = value >> 1;
      if (level > 0 && lesson.bank) {
        const best = levelScore(level);
        const check: CheckResult = { bank: lesson.bank, points: best, max: 100, score: best, at, best, tries: 1 };
        records.checks.lessons[lesson.id] = check;
      }
    });
    const last = course.lessons[data.t];
    if (last) records.progress.last = { lesson: last.id, at };
    for (const entry of data.x) {
      const { attempt, terms } = decodeExam(course, entry);
      records.attempts.attempts.push(attempt);
      if (terms) records.examTerms.attempts[attempt.id] = terms;
    }
    return records;
  } catch {
    return null;
  }
}

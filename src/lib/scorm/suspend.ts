// The learner's progress as SCORM suspend data: what the LMS keeps between launches, so a learner resumes
// on any computer the LMS launches them from. Pure; runs in the browser (the launch page) and in tests.
//
// Suspend data, version 1: compact JSON, well within SCORM 1.2's 4,096 characters.
//   {"v":1,"c":"<course fingerprint>","at":<seconds since 1970 of the save>,"l":"<one character per lesson>",
//    "t":<last lesson index or -1>,"x":[<exam attempt>...]}
//   c: courseFingerprint() of the lesson and module order. Suspend data saved by a package whose lessons
//      or modules were added, removed or reordered is refused (positions would name other lessons); a
//      change of lesson text keeps it.
//   l: the course's lessons in reading order (LmsCourse.lessons), one base64url character each, trailing
//      untouched lessons left out. Its 6 bits: bit 0 = end of the lesson reached; bits 1–5 = knowledge check:
//      0 not tried, 1–31 tried with best score (level − 1) × 100 / 30, rounded: steps of 3⅓ points, so a
//      score comes back within 2 points (0 and 100 exactly).
//   x: every SUBMITTED pre-test and post-test attempt:
//      ["pre"|"post", number, attemptId, finished (seconds), score×10, passed 0|1,
//       [[module index in LmsCourse.modules (or the module id if unknown), points, max]...],
//       digest (base64url of the 32-byte SHA-256), terms: 0 | [courseVersion, passMark, assumed 0|1]]
//      When the whole text would pass 4,096 characters, every attempt but the best passed post-test and the
//      latest of each kind is kept brief: ["pre"|"post", number, "", finished, score×10, passed, [], "", 0]
//      (about 40 characters; it comes back with an id of its own, no topics and an all-zero digest).
// Growth: 1 character per lesson up to the furthest lesson touched, plus up to about 190 characters per
// submitted attempt (at most the post-test attempts allowed plus the one pre-test), plus about 57 fixed:
// the busiest learner of the 27-lesson course needs about 2,030, of the generated 1,000-lesson course 3,005;
// with brief attempts a course of about 3,300 lessons still fits.
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

/** A short fingerprint of the course's lesson and module order (FNV-1a, base 36): what positions refer to. */
export function courseFingerprint(course: Pick<LmsCourse, 'lessons' | 'modules'>): string {
  let hash = 0x811c9dc5;
  for (const char of `${course.lessons.map((lesson) => lesson.id).join('\n')}|${course.modules.join('\n')}`) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
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
  const submitted = records.attempts.attempts
    .filter((attempt): attempt is Attempt & { result: ExamResult } => attempt.status === 'submitted' && attempt.result !== undefined)
    .sort((a, b) => (a.kind === b.kind ? a.number - b.number : a.kind === 'pre' ? -1 : 1))
    .map((attempt) => attempt.result);
  const full = (result: ExamResult) => {
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
  };
  // Brief: number, time, score and verdict only (see the top of this file).
  const brief = (result: ExamResult) => [result.kind, result.attemptNumber, '', seconds(result.finishedAt), Math.round(result.score * 10), result.passed ? 1 : 0, [], '', 0];
  const head = { v: 1, c: courseFingerprint(course), at: Math.floor(now.getTime() / 1000), l: lessons, t: last };
  const text = JSON.stringify({ ...head, x: submitted.map(full) });
  if (text.length <= SUSPEND_DATA_LIMIT) return text;
  // Too long: keep in full only what pages show in detail: the best passed post-test (the record's basis)
  // and the latest attempt of each kind (the test pages' result view).
  const best = submitted.filter((r) => r.kind === 'post' && r.passed).sort((a, b) => b.score - a.score)[0];
  const latest = new Set(['pre', 'post'].map((kind) => submitted.filter((r) => r.kind === kind).at(-1)));
  return JSON.stringify({ ...head, x: submitted.map((r) => (r === best || latest.has(r) ? full(r) : brief(r))) });
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
  // A brief entry (no id, topics or digest) stands in with an id of its own and an all-zero digest.
  const id = attemptId || `lms-${kind}-${number}`;
  const result: ExamResult = {
    kind,
    attemptId: id,
    attemptNumber: number,
    finishedAt,
    score: score10 / 10,
    passed: passed === 1,
    topics: topicResults,
    digest: digest ? base64urlToHex(digest, 32) : '0'.repeat(64),
  };
  // The drawn questions are not kept (see the top of this file); a submitted attempt needs only its result,
  // and the stored shape asks for at least one question, so each topic stands in as one.
  const attempt: Attempt = {
    id,
    kind,
    number,
    status: 'submitted',
    startedAt: finishedAt,
    limitMs: null,
    elapsedMs: 0,
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
    const data = JSON.parse(text) as { v?: unknown; c?: unknown; at?: unknown; l?: unknown; t?: unknown; x?: unknown };
    // Saved by a package whose lessons or modules differ: positions no longer name the same lessons.
    if (data.c !== courseFingerprint(course)) return null;
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

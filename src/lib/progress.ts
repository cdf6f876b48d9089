// Learner progress: the completion rule, the "netral:progress" record, and module and course progress
// derived from it. Pure; runs on the server (tests, build) and in the browser.
//
// The rule, defined here once: a lesson is COMPLETED when the learner reached its end and attempted its
// knowledge check (a result for the lesson exists in "netral:checks", see src/lib/quiz/records.ts). A
// lesson without a knowledge check is completed when its end is reached.
//
// "netral:progress", version 1:
//   {
//     lessons: { [lessonId]: { reachedEnd: ISO time the end was first reached } },
//     last: { lesson: lessonId, at: ISO time } | null,    // the lesson visited last
//     persistAskedAt?: ISO time                           // when persistent storage was requested
//   }
// Version 1 is the first shape, so there is nothing to migrate yet; a future version adds a step to
// `migrations` (see src/lib/storage/record.ts).
//
// "netral:opened", version 1: { lessons: { [lessonId]: ISO time the lesson was first opened } }
//   Opening a lesson counts as starting it (status 'opened'), so every page agrees with "Lanjutkan belajar".
//   Its own record, not a field of "netral:progress": a page of an older site version still reads progress.
//   Learners who opened a lesson before this record existed have it as `progress.last`, which counts too.
import * as v from 'valibot';
import { checksRecord, type CheckResult } from './quiz/records';
import { defineRecord, type Store } from './storage';
import { dictionarySchema, idSchema as id, isoTimeSchema as isoTime } from './storage/schema';


/** What the learner did in one lesson. */
export interface LessonProgress {
  /** ISO time the learner first reached the end of the lesson. */
  reachedEnd: string;
}

/** The stored progress (version 1). */
export interface ProgressData {
  lessons: Record<string, LessonProgress>;
  /** The lesson visited last, for "Lanjutkan belajar". */
  last: { lesson: string; at: string } | null;
  /** When persistent storage was requested (asked once, after the first completed lesson). */
  persistAskedAt?: string;
}

const progressSchema = v.strictObject({
  lessons: dictionarySchema(id, v.strictObject({ reachedEnd: isoTime })),
  last: v.nullable(v.strictObject({ lesson: id, at: isoTime })),
  persistAskedAt: v.optional(isoTime),
});

/** Validates stored progress (version 1); throws on anything else. */
export function parseProgress(raw: unknown): ProgressData {
  const data = v.parse(progressSchema, raw) as ProgressData;
  if (Object.keys(data.lessons).length > 2000) throw new Error('too many lessons');
  return data;
}

/** An empty progress: nothing read, nothing visited. */
export function emptyProgress(): ProgressData {
  return { lessons: {}, last: null };
}

/** Lessons read to the end and the last visited lesson. */
export const progressRecord = defineRecord<ProgressData>({
  name: 'progress',
  version: 1,
  parse: parseProgress,
  empty: emptyProgress,
});

/** The lessons opened, each with the time it was first opened. */
export interface OpenedData {
  lessons: Record<string, string>;
}

const openedSchema = v.strictObject({ lessons: dictionarySchema(id, isoTime) });

/** Validates the stored opened lessons (version 1); throws on anything else. */
export function parseOpened(raw: unknown): OpenedData {
  const data = v.parse(openedSchema, raw) as OpenedData;
  if (Object.keys(data.lessons).length > 2000) throw new Error('too many lessons');
  return data;
}

/** Lessons the learner has opened. */
export const openedRecord = defineRecord<OpenedData>({
  name: 'opened',
  version: 1,
  parse: parseOpened,
  empty: () => ({ lessons: {} }),
});

/** The opened lessons with `lessonId` opened at `now` (the first time is kept). */
export function markOpened(opened: OpenedData, lessonId: string, now: Date): OpenedData {
  if (Object.hasOwn(opened.lessons, lessonId)) return opened;
  return { lessons: { ...opened.lessons, [lessonId]: now.toISOString() } };
}

/** A lesson as progress sees it. */
export interface OutlineLesson {
  id: string;
  title: string;
  /** Absolute path of the lesson page (base included). */
  href: string;
  /** Whether the lesson has a knowledge check. */
  hasCheck: boolean;
}

/** A module as progress sees it. */
export interface OutlineModule {
  id: string;
  title: string;
  href: string;
  lessons: OutlineLesson[];
}

/** What the completion rule needs to know about the learner: progress and knowledge-check results. */
export interface LearnerState {
  progress: ProgressData;
  checks: Readonly<Record<string, CheckResult>>;
  /** Opened lessons ("netral:opened"); absent where only progress and checks are known (a file, the LMS). */
  opened?: Readonly<Record<string, string>>;
}

/** The learner's progress, knowledge-check results and opened lessons, read from the store. */
export function readLearnerState(store: Store): LearnerState {
  return { progress: store.read(progressRecord), checks: store.read(checksRecord).lessons, opened: store.read(openedRecord).lessons };
}

/** Where a lesson stands: completed, which half of the rule is done, opened only, or not started. */
export type LessonStatus = 'completed' | 'read' | 'checked' | 'opened' | 'not-started';

/** Whether the learner has opened the lesson (the last one visited counts, for data older than "opened"). */
export function isLessonOpened(lessonId: string, state: LearnerState): boolean {
  return Object.hasOwn(state.opened ?? {}, lessonId) || state.progress.last?.lesson === lessonId;
}

/** The status of a lesson under the completion rule; opening a lesson counts as starting it. */
export function lessonStatus(lesson: Pick<OutlineLesson, 'id' | 'hasCheck'>, state: LearnerState): LessonStatus {
  const read = Object.hasOwn(state.progress.lessons, lesson.id);
  const checked = !lesson.hasCheck || Object.hasOwn(state.checks, lesson.id);
  if (read && checked) return 'completed';
  if (read) return 'read';
  // A lesson without a check is never "checked" on its own: only reading it counts.
  if (lesson.hasCheck && checked) return 'checked';
  if (isLessonOpened(lesson.id, state)) return 'opened';
  return 'not-started';
}

/** Whether a lesson is completed: its end reached and its knowledge check attempted. */
export function isLessonCompleted(lesson: Pick<OutlineLesson, 'id' | 'hasCheck'>, state: LearnerState): boolean {
  return lessonStatus(lesson, state) === 'completed';
}

/** Completed lessons out of a total, with the rounded-down percentage. */
export interface Tally {
  done: number;
  total: number;
  /** 0–100, rounded down (so 99.9% never shows as 100%). */
  percent: number;
}

function tally(lessons: readonly RuleLesson[], state: LearnerState): Tally {
  const done = lessons.filter((lesson) => isLessonCompleted(lesson, state)).length;
  const total = lessons.length;
  return { done, total, percent: total === 0 ? 0 : Math.floor((done / total) * 100) };
}

/** A lesson as the completion rule needs it. */
type RuleLesson = Pick<OutlineLesson, 'id' | 'hasCheck'>;

/** A module's progress: how many of its lessons are completed. */
export function moduleProgress(module: { lessons: readonly RuleLesson[] }, state: LearnerState): Tally {
  return tally(module.lessons, state);
}

/** The course's progress over every lesson of every module. */
export function courseProgress(modules: readonly { lessons: readonly RuleLesson[] }[], state: LearnerState): Tally {
  return tally(
    modules.flatMap((m) => m.lessons),
    state,
  );
}

/** Progress with the lesson's end reached at `now` (the first time is kept). */
export function markReachedEnd(progress: ProgressData, lessonId: string, now: Date): ProgressData {
  if (Object.hasOwn(progress.lessons, lessonId)) return progress;
  return { ...progress, lessons: { ...progress.lessons, [lessonId]: { reachedEnd: now.toISOString() } } };
}

/** Progress with `lessonId` as the lesson visited last. */
export function markVisited(progress: ProgressData, lessonId: string, now: Date): ProgressData {
  return { ...progress, last: { lesson: lessonId, at: now.toISOString() } };
}

/** Progress noting that persistent storage was requested at `now`. */
export function markPersistAsked(progress: ProgressData, now: Date): ProgressData {
  return { ...progress, persistAskedAt: now.toISOString() };
}

/** The lesson "Lanjutkan belajar" leads to: the last visited one, if the course still has it. */
export function continueLesson(modules: readonly OutlineModule[], progress: ProgressData): OutlineLesson | null {
  const last = progress.last?.lesson;
  if (!last) return null;
  return modules.flatMap((m) => m.lessons).find((lesson) => lesson.id === last) ?? null;
}

/** What stands between the learner and a certificate. */
export type CertificateStatus = 'ready' | 'needs-post-test' | 'needs-lessons';

/** The certificate status: a passed post-test, and every lesson completed when the site requires it. */
export function certificateStatus(input: { postTestPassed: boolean; requireAllLessons: boolean; course: Tally }): CertificateStatus {
  if (!input.postTestPassed) return 'needs-post-test';
  if (input.requireAllLessons && input.course.done < input.course.total) return 'needs-lessons';
  return 'ready';
}

// The quiz's records in the learner-data store, and the functions other code calls to read them (progress,
// certification). Shared by server and browser.
//
// "netral:attempts", version 2: { attempts: Attempt[] } — every pre-test and post-test attempt, in
//   progress or submitted (see attempt.ts); a submitted one carries its sealed ExamResult. Version 1 held
//   a wall-clock `deadline` (ISO time) instead of `limitMs`/`elapsedMs`; moving the device clock forward
//   ended the attempt. The migration turns the deadline into a limit (deadline − startedAt) and starts the
//   count at 0: the time already spent is not knowable without the clock, and the learner keeps it.
// "netral:checks", version 1: { lessons: { [lessonId]: CheckResult } } — the latest knowledge-check result
//   per lesson, with the best score and the number of tries.
// Two tabs writing at once merge per attempt and per lesson: a submitted attempt is kept whole
// (mergeAttempt), a lesson's tries add up and its best score stays the best (mergeCheck).
// A future version adds a step to `migrations` (see src/lib/storage/record.ts). Content changes under a stored attempt are handled by
// reconcileAttempt() in attempt.ts.
import * as v from 'valibot';
import { defineRecord, mergeById, mergeEntries, mergeJson, type Store, type WriteOutcome } from '../storage';
import { dictionarySchema, idSchema as id, isoTimeSchema as isoTime } from '../storage/schema';
import type { Attempt } from './attempt';
import { percent } from './grade';
import type { ExamResult } from './types';

const count = v.pipe(v.number(), v.integer(), v.minValue(1));
const nonNegative = v.pipe(v.number(), v.minValue(0));
const percentage = v.pipe(v.number(), v.minValue(0), v.maxValue(100));

/** An answer's shape (its fit to the question is checked against the answer key when used). */
const answerSchema = v.union([v.string(), v.boolean(), v.array(v.string()), dictionarySchema(v.string(), v.string())]);

/** A finished exam attempt, as certification reads it. */
const examResultSchema = v.strictObject({
  kind: v.picklist(['pre', 'post']),
  attemptId: id,
  attemptNumber: count,
  finishedAt: isoTime,
  score: percentage,
  passed: v.boolean(),
  topics: v.array(v.strictObject({ module: id, points: nonNegative, max: nonNegative })),
  digest: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
});

const attemptSchema = v.pipe(
  v.strictObject({
    id,
    kind: v.picklist(['pre', 'post']),
    number: count,
    status: v.picklist(['in-progress', 'submitted']),
    startedAt: isoTime,
    limitMs: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
    elapsedMs: v.pipe(v.number(), v.minValue(0), v.maxValue(Number.MAX_SAFE_INTEGER)),
    questions: v.pipe(v.array(v.strictObject({ id, module: id, layout: v.array(id) })), v.minLength(1)),
    answers: dictionarySchema(v.string(), answerSchema),
    current: v.pipe(v.number(), v.integer(), v.minValue(0)),
    result: v.optional(examResultSchema),
  }),
  v.check((a) => (a.status === 'submitted') === (a.result !== undefined), 'a submitted attempt has a result, and only it'),
  v.check((a) => a.current < a.questions.length, 'current question out of range'),
  v.check((a) => !a.result || (a.result.attemptId === a.id && a.result.kind === a.kind), 'result belongs to another attempt'),
);

const attemptsSchema = v.strictObject({ attempts: v.pipe(v.array(attemptSchema), v.maxLength(200)) });

export interface AttemptsData {
  attempts: Attempt[];
}

/**
 * Version 1 → 2: each attempt's wall-clock `deadline` becomes a time limit with nothing counted yet (see
 * the file header). Anything unexpected is passed on unchanged for parseAttempts() to refuse.
 */
export function migrateAttemptsV1(data: unknown): unknown {
  if (!data || typeof data !== 'object' || !Array.isArray((data as { attempts?: unknown }).attempts)) return data;
  const attempts = (data as { attempts: unknown[] }).attempts.map((attempt) => {
    if (!attempt || typeof attempt !== 'object' || !('deadline' in attempt)) return attempt;
    const { deadline, ...rest } = attempt as { deadline: unknown; startedAt?: unknown };
    const limit = typeof deadline === 'string' && typeof rest.startedAt === 'string' ? Date.parse(deadline) - Date.parse(rest.startedAt) : null;
    return { ...rest, limitMs: limit === null || !Number.isFinite(limit) ? null : Math.max(0, Math.round(limit)), elapsedMs: 0 };
  });
  return { ...data, attempts };
}

/** Validates stored attempts (version 2); throws on anything else. */
export function parseAttempts(raw: unknown): AttemptsData {
  const data = v.parse(attemptsSchema, raw) as AttemptsData;
  const ids = data.attempts.map((a) => a.id);
  if (new Set(ids).size !== ids.length) throw new Error('duplicate attempt id');
  return data;
}

/**
 * One attempt as two tabs changed it (`mine` the newer write). A submitted attempt is sealed (its digest
 * covers the answers), so it is kept whole over any in-progress change; two in-progress versions merge
 * answer by answer, keeping the longer time spent and the longer limit (an extension is never undone).
 */
export function mergeAttempt(base: Attempt | undefined, theirs: Attempt, mine: Attempt): Attempt {
  if (mine.status === 'submitted') return mine;
  if (theirs.status === 'submitted') return theirs;
  const merged = mergeJson(base, theirs, mine) as Attempt;
  const limits = [theirs.limitMs, mine.limitMs];
  return {
    ...merged,
    elapsedMs: Math.max(theirs.elapsedMs, mine.elapsedMs),
    limitMs: limits.includes(null) ? merged.limitMs : Math.max(...(limits as number[])),
  };
}

/** Pre-test and post-test attempts. */
export const attemptsRecord = defineRecord<AttemptsData>({
  name: 'attempts',
  version: 2,
  parse: parseAttempts,
  migrations: { 1: migrateAttemptsV1 },
  empty: () => ({ attempts: [] }),
  merge: (base, theirs, mine) => ({ attempts: mergeById(base?.attempts, theirs.attempts, mine.attempts, mergeAttempt) }),
});

/** One lesson's knowledge-check result. */
export interface CheckResult {
  /** Question bank id. */
  bank: string;
  /** Points of the latest try and the maximum. */
  points: number;
  max: number;
  /** Latest score in percent. */
  score: number;
  /** ISO time of the latest try. */
  at: string;
  /** Best score in percent over all tries. */
  best: number;
  /** Number of completed tries. */
  tries: number;
}

const checkSchema = v.strictObject({
  bank: id,
  points: nonNegative,
  max: v.pipe(v.number(), v.gtValue(0)),
  score: percentage,
  at: isoTime,
  best: percentage,
  tries: count,
});

const checksSchema = v.strictObject({ lessons: dictionarySchema(id, checkSchema) });

export interface ChecksData {
  lessons: Record<string, CheckResult>;
}

/** Validates stored knowledge-check results (version 1); throws on anything else. */
export function parseChecks(raw: unknown): ChecksData {
  return v.parse(checksSchema, raw) as ChecksData;
}

/**
 * One lesson's result as two tabs changed it (`mine` the newer write): the tries of both count, the best
 * score is the best of both, and the latest try (by time; on a tie, the newer write) is the one shown.
 * `baseKnown` false: the tab missed the revision both built on (see EntryRule).
 */
export function mergeCheck(base: CheckResult | undefined, theirs: CheckResult, mine: CheckResult, baseKnown = true): CheckResult {
  const latest = theirs.at > mine.at ? theirs : mine;
  // Not knowing what both had already counted, count no try twice: the larger count is a lower bound.
  const tries = baseKnown ? theirs.tries + mine.tries - (base?.tries ?? 0) : Math.max(theirs.tries, mine.tries);
  return { ...latest, best: Math.max(theirs.best, mine.best), tries };
}

/** Knowledge-check results per lesson. */
export const checksRecord = defineRecord<ChecksData>({
  name: 'checks',
  version: 1,
  parse: parseChecks,
  empty: () => ({ lessons: {} }),
  merge: (base, theirs, mine, shared) => ({ lessons: mergeEntries(base?.lessons, theirs.lessons, mine.lessons, mergeCheck, shared) }),
});

/** Every stored attempt. */
export function readAttempts(store: Store): Attempt[] {
  return store.read(attemptsRecord).attempts;
}

/** Stores an attempt, replacing the stored one with the same id; says whether it reached storage. */
export function saveAttempt(store: Store, attempt: Attempt): WriteOutcome {
  const others = readAttempts(store).filter((a) => a.id !== attempt.id);
  return store.write(attemptsRecord, { attempts: [...others, attempt] });
}

/**
 * Every finished pre-test and post-test result on this device, oldest first. This is what progress and
 * certification call: `readExamResults(store).filter((r) => r.kind === 'post' && r.passed)`.
 */
export function readExamResults(store: Store): ExamResult[] {
  return readAttempts(store)
    .flatMap((a) => (a.result ? [a.result] : []))
    .sort((a, b) => (a.finishedAt < b.finishedAt ? -1 : a.finishedAt > b.finishedAt ? 1 : 0));
}

/** Knowledge-check results by lesson id. */
export function readCheckResults(store: Store): Record<string, CheckResult> {
  return store.read(checksRecord).lessons;
}

/** Records a completed knowledge-check try for a lesson (keeps the best score and counts tries). */
export function saveCheckResult(
  store: Store,
  lessonId: string,
  input: { bank: string; points: number; max: number; at: Date },
): { result: CheckResult; outcome: WriteOutcome } {
  const data = store.read(checksRecord);
  const previous = data.lessons[lessonId];
  const score = percent(input.points, input.max);
  const result: CheckResult = {
    bank: input.bank,
    points: Math.round(input.points * 1e6) / 1e6,
    max: input.max,
    score,
    at: input.at.toISOString(),
    best: Math.max(score, previous?.best ?? 0),
    tries: (previous?.tries ?? 0) + 1,
  };
  const outcome = store.write(checksRecord, { lessons: { ...data.lessons, [lessonId]: result } });
  return { result, outcome };
}

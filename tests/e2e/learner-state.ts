// Learner states built with the site's own record definitions (src/lib) and written to localStorage, instead
// of clicking through tests and lessons. takenAttempt() draws, answers and grades a real attempt at the exam
// on the page with the engine's own functions (the one walk through an exam by its controls is quiz.spec).
import type { Locator, Page } from '@playwright/test';
import type { Answer } from '../../src/lib/quiz/answers';
import { answerQuestion, startAttempt, submitAttempt, type ExamKind, type PoolQuestion } from '../../src/lib/quiz/attempt';
import type { Key } from '../../src/lib/quiz/key';
import { emptyProgress, markReachedEnd, markVisited, progressRecord, type OutlineModule, type ProgressData } from '../../src/lib/progress';
import type { Attempt } from '../../src/lib/quiz/attempt';
import { readReveals } from './quiz-helpers';
import { attemptsRecord, checksRecord, type CheckResult } from '../../src/lib/quiz/records';
import { answersShownRecord } from '../../src/lib/quiz/shown';
import { practiceRecord, type PracticeData } from '../../src/lib/practice';
import { encodeStored } from '../../src/lib/storage';
import { examTermsRecord, type ExamTermsData } from '../../src/lib/cert/exam-terms';
import { learnerRecords } from '../../src/lib/learner-records';
import { FILE_FORMAT, FILE_VERSION, parseImportFile } from '../../src/lib/progress-file';
import { moduleA } from './fixture-course';

const at = new Date('2026-12-01T08:00:00Z');

/** Where a hand-made attempt's question comes from: a module of the course under test and one of its questions. */
export interface AttemptSource {
  /** Default: the fixture course's module A, where the behaviour specs run (fixture-course.ts). */
  module?: string;
  /** Default: a question of that module's bank. */
  question?: string;
  passMark?: number;
}

/**
 * A submitted pre-test or post-test attempt with its result, on one question of a real module (a topic the
 * result and the learning gain name), without answers: for pages that read only results (the home page's
 * steps). For an attempt graded as the exam page grades one, use takenAttempt().
 */
export function submittedAttempt(kind: 'pre' | 'post', score: number, source: AttemptSource = {}): Attempt {
  const id = `${kind}-seeded`;
  const { module = moduleA.id, question = moduleA.question, passMark = 80 } = source;
  return {
    id,
    kind,
    number: 1,
    status: 'submitted',
    startedAt: at.toISOString(),
    limitMs: null,
    elapsedMs: 0,
    questions: [{ id: question, module, layout: [] }],
    answers: {},
    current: 0,
    result: {
      kind,
      attemptId: id,
      attemptNumber: 1,
      finishedAt: at.toISOString(),
      score,
      passed: kind === 'post' && score >= passMark,
      topics: [{ module, points: score / 100, max: 1 }],
      digest: 'a'.repeat(64),
    },
  };
}

/** Progress and check results with every lesson of `outline` completed. */
export function everyLessonDone(outline: readonly OutlineModule[]): { progress: ProgressData; checks: Record<string, CheckResult> } {
  let progress = emptyProgress();
  const checks: Record<string, CheckResult> = {};
  for (const lesson of outline.flatMap((m) => m.lessons)) {
    progress = markReachedEnd(progress, lesson.id, at);
    if (lesson.hasCheck) checks[lesson.id] = { bank: 'seeded', points: 5, max: 5, score: 100, at: at.toISOString(), best: 100, tries: 1 };
  }
  const last = outline.at(-1)?.lessons.at(-1);
  return { progress: last ? markVisited(progress, last.id, at) : progress, checks };
}

/** What to store: any of the records, in their current shapes. */
export interface Seed {
  progress?: ProgressData;
  checks?: Record<string, CheckResult>;
  attempts?: Attempt[];
  /** Course version and pass mark per passed post-test, as the exam page records them on submitting. */
  terms?: ExamTermsData;
  /** Ids of the questions whose answers the learner has been shown. */
  answersShown?: string[];
  practice?: PracticeData;
}

/**
 * localStorage entries (key → stored text) for `seed`. Throws when the seed would not pass the checks a
 * progress file passes on import (each record's validator, then consistency: scores that follow from the
 * points, a pass that matches the pass mark, no date in the future...), so no test builds on a state a
 * learner could never have.
 */
export function seedEntries(seed: Seed): Record<string, string> {
  const entries = storedEntries(seed);
  const records = Object.fromEntries(
    learnerRecords.flatMap((def) => (entries[def.key] === undefined ? [] : [[def.name, JSON.parse(entries[def.key] as string) as unknown]])),
  );
  if (Object.keys(records).length) {
    const file = { format: FILE_FORMAT, version: FILE_VERSION, exportedAt: new Date().toISOString(), site: 'Netral', records };
    const parsed = parseImportFile(JSON.stringify(file), learnerRecords);
    if (!parsed.ok) throw new Error(`seeded learner data would be refused on import: ${parsed.error} ${parsed.record ?? ''} ${parsed.problem ?? ''}`);
  }
  return entries;
}

function storedEntries(seed: Seed): Record<string, string> {
  const entries: Record<string, string> = {};
  if (seed.progress) entries[progressRecord.key] = encodeStored(progressRecord, seed.progress);
  if (seed.checks) entries[checksRecord.key] = encodeStored(checksRecord, { lessons: seed.checks });
  if (seed.attempts) entries[attemptsRecord.key] = encodeStored(attemptsRecord, { attempts: seed.attempts });
  if (seed.terms) entries[examTermsRecord.key] = encodeStored(examTermsRecord, seed.terms);
  if (seed.practice) entries[practiceRecord.key] = encodeStored(practiceRecord, seed.practice);
  if (seed.answersShown) {
    entries[answersShownRecord.key] = encodeStored(answersShownRecord, { questions: Object.fromEntries(seed.answersShown.map((id) => [id, at.toISOString()])) });
  }
  return entries;
}

/**
 * Stores raw `entries` before the next page's first script runs, once per tab. Setting them from a page
 * already open races that page's own elements: one that reads a record for the first time after the write
 * acts on it there (a corrupt record is quarantined before the reload the test means it for).
 */
export async function storeBeforeFirstLoad(page: Page, entries: Record<string, string>): Promise<void> {
  await page.addInitScript((seed) => {
    if (sessionStorage.getItem('netral-test:seeded')) return;
    sessionStorage.setItem('netral-test:seeded', '1');
    for (const [key, value] of Object.entries(seed)) localStorage.setItem(key, value);
  }, entries);
}

// A file of the site that runs no script (its icon): storage changed while it is open races no element.
const scriptless = '/favicon.svg';

/**
 * Changes this origin's localStorage (`entries`: key → stored text, or null to remove the key; `clear`
 * empties it first), then opens `path` (by default the page the tab was on) as a new page load. The writes
 * are made from a document of the site that runs no script, never from a page whose elements may still be
 * starting (they start when the browser is idle): one that read a record for the first time after the
 * write would act on it there (quarantine a corrupt record, record assumed terms for a missing one, save
 * its own state over the seed) before the page the test means it for had loaded.
 */
export async function rewriteStorage(page: Page, entries: Record<string, string | null>, options: { clear?: boolean; path?: string } = {}): Promise<void> {
  const path = options.path ?? page.url();
  await page.goto(scriptless);
  await page.evaluate(
    ({ entries, clear }) => {
      if (clear) localStorage.clear();
      for (const [key, value] of Object.entries(entries)) {
        if (value === null) localStorage.removeItem(key);
        else localStorage.setItem(key, value);
      }
    },
    { entries, clear: options.clear ?? false },
  );
  await page.goto(path);
}

/**
 * Replaces this origin's learner data with `seed`, then opens `path` (by default the page the tab was on)
 * as a new page load, which reads the seed (see rewriteStorage()).
 */
export async function seedLearner(page: Page, seed: Seed, path?: string): Promise<void> {
  await rewriteStorage(page, seedEntries(seed), { clear: true, ...(path !== undefined && { path }) });
}

/** The course outline the page's <netral-journey> works from. */
export async function pageOutline(page: Page): Promise<OutlineModule[]> {
  return JSON.parse((await page.locator('netral-journey').first().getAttribute('data-outline')) ?? '[]') as OutlineModule[];
}

/** The answer of a learner who knows it. */
export function rightAnswer(key: Key): Answer {
  switch (key.type) {
    case 'single':
      return key.answer;
    case 'multiple':
      return [...key.answer];
    case 'truefalse':
      return key.answer;
    case 'scenario':
      return { verdict: key.verdict, rule: key.answer };
    case 'matching':
      return Object.fromEntries(key.pairs.map((pair) => [pair, pair]));
    case 'ordering':
      return [...key.items];
  }
}

/** A complete answer that scores nothing. */
export function wrongAnswer(key: Key): Answer {
  switch (key.type) {
    case 'single':
      return key.options.find((o) => o !== key.answer) as string;
    case 'multiple':
      return [key.options.find((o) => !key.answer.includes(o)) as string];
    case 'truefalse':
      return !key.answer;
    case 'scenario':
      return { verdict: key.verdict === 'melanggar' ? 'tidak-melanggar' : 'melanggar', rule: key.options.find((o) => o !== key.answer) as string };
    case 'matching':
      return Object.fromEntries(key.pairs.map((pair, i) => [pair, key.pairs[(i + 1) % key.pairs.length] as string]));
    case 'ordering':
      return [...key.items].reverse();
  }
}

/** What a seeded attempt looks like: which attempt it is, and how many of its questions are right. */
export interface Taking {
  kind: ExamKind;
  /** 1-based attempt number of this kind. */
  number?: number;
  /** Questions answered right, the first ones in draw order; the rest are answered wrong. Default: all. */
  right?: number;
  /** Leave every question unanswered (as a learner who submits at once). */
  blank?: boolean;
  /** Draw every question of the exam's pool (each type the pool holds), not the page's mix. */
  everyQuestion?: boolean;
  /** Leave the attempt in progress (answered, not submitted), as a learner still taking it. */
  inProgress?: boolean;
}

let seeds = 0;

/**
 * An attempt at the exam `exam` (the page's <netral-exam>): drawn from the pool the page fetches
 * with the page's mix, answered and graded with its pass mark by src/lib/quiz/attempt, as the page does.
 */
export async function takenAttempt(exam: Locator, taking: Taking): Promise<Attempt> {
  const reveals = await readReveals(exam);
  const config = JSON.parse((await exam.getAttribute('data-config')) ?? '{}') as { mix: Record<string, number>; passMark: number };
  const pool: PoolQuestion[] = Object.entries(reveals).map(([id, r]) => ({ id, module: r.module, key: r.key }));
  const keys = new Map(pool.map((q) => [q.id, q.key]));
  seeds += 1;
  // The shape of the page's ids (kit.randomId(): 32 hex digits), distinct per seeded attempt.
  const id = `${taking.kind === 'pre' ? 'a' : 'b'}${seeds.toString(16).padStart(31, '0')}`;
  // Taken now, as a learner on this page would: certificate requests and checks compare dates with today.
  const now = new Date();
  const mix = taking.everyQuestion ? Object.fromEntries(Object.keys(config.mix).map((module) => [module, pool.filter((q) => q.module === module).length])) : config.mix;
  let attempt = startAttempt({ id, kind: taking.kind, number: taking.number ?? 1, pool, mix, now, timeLimitMinutes: null });
  const right = taking.right ?? attempt.questions.length;
  if (!taking.blank) {
    for (const [i, q] of attempt.questions.entries()) {
      const key = keys.get(q.id) as Key;
      attempt = answerQuestion(attempt, keys, q.id, i < right ? rightAnswer(key) : wrongAnswer(key));
    }
  }
  return taking.inProgress ? attempt : submitAttempt(attempt, keys, config.passMark, now);
}

/**
 * A learner who passed the post-test with every answer right: opens the post-test, stores a passed attempt
 * built by takenAttempt() with the terms the page records for it, and opens the post-test again to show the
 * result.
 */
export async function seedPassedPostTest(page: Page): Promise<Seed> {
  await page.goto('/tes/post-test/');
  const exam = page.locator('netral-exam');
  const attempt = await takenAttempt(exam, { kind: 'post' });
  const { courseVersion, passMark } = JSON.parse((await exam.getAttribute('data-config')) ?? '{}') as { courseVersion: string; passMark: number };
  const seed: Seed = { attempts: [attempt], terms: { attempts: { [attempt.id]: { courseVersion, passMark } } } };
  await seedLearner(page, seed);
  return seed;
}

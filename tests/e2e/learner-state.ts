// Learner states for the learner-journey tests, built with the site's own record definitions (src/lib) and
// written to localStorage before a page loads, instead of clicking through tests and lessons.
import type { Page } from '@playwright/test';
import { emptyProgress, markReachedEnd, markVisited, progressRecord, type OutlineModule, type ProgressData } from '../../src/lib/progress';
import type { Attempt } from '../../src/lib/quiz/attempt';
import { attemptsRecord, checksRecord, type CheckResult } from '../../src/lib/quiz/records';
import { answersShownRecord } from '../../src/lib/quiz/shown';
import { encodeStored } from '../../src/lib/storage';

const at = new Date('2026-12-01T08:00:00Z');

/** A submitted pre-test or post-test attempt with its result. */
export function submittedAttempt(kind: 'pre' | 'post', score: number, passMark = 80): Attempt {
  const id = `${kind}-seeded`;
  return {
    id,
    kind,
    number: 1,
    status: 'submitted',
    startedAt: at.toISOString(),
    limitMs: null,
    elapsedMs: 0,
    questions: [{ id: 'q1', module: 'netralitas-asn', layout: [] }],
    answers: {},
    current: 0,
    result: {
      kind,
      attemptId: id,
      attemptNumber: 1,
      finishedAt: at.toISOString(),
      score,
      passed: kind === 'post' && score >= passMark,
      topics: [{ module: 'netralitas-asn', points: score / 100, max: 1 }],
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
  /** Ids of the questions whose answers the learner has been shown. */
  answersShown?: string[];
}

/** localStorage entries (key → stored text) for `seed`. */
export function seedEntries(seed: Seed): Record<string, string> {
  const entries: Record<string, string> = {};
  if (seed.progress) entries[progressRecord.key] = encodeStored(progressRecord, seed.progress);
  if (seed.checks) entries[checksRecord.key] = encodeStored(checksRecord, { lessons: seed.checks });
  if (seed.attempts) entries[attemptsRecord.key] = encodeStored(attemptsRecord, { attempts: seed.attempts });
  if (seed.answersShown) {
    entries[answersShownRecord.key] = encodeStored(answersShownRecord, { questions: Object.fromEntries(seed.answersShown.map((id) => [id, at.toISOString()])) });
  }
  return entries;
}

/** Replaces this origin's learner data with `seed` (the page must be on the site). */
export async function seedLearner(page: Page, seed: Seed): Promise<void> {
  await page.evaluate((entries) => {
    localStorage.clear();
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, seedEntries(seed));
}

/** The course outline the page's <netral-journey> works from. */
export async function pageOutline(page: Page): Promise<OutlineModule[]> {
  return JSON.parse((await page.locator('netral-journey').first().getAttribute('data-outline')) ?? '[]') as OutlineModule[];
}

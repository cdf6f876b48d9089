// A pre-test or post-test attempt and its state machine: not-started → in-progress → submitted. Pure and
// immutable: each step returns a new attempt, which the page stores (records.ts). Shared by server and
// browser.
//
// Time limit: an attempt counts the time spent on it (elapsedMs) against its limit (limitMs), never the
// device clock's date. The page adds the time that passes between two ticks of a monotonic clock
// (performance.now()) with countTime(); moving the device clock forward or back changes nothing, so an
// attempt is never submitted, nor used up, by a clock change. Time counts while the test is open.
import { answerState, canonicalAnswer, parseAnswer, type Answer } from './answers';
import { drawQuestions, isLayoutOf, layoutFor, type Drawable } from './draw';
import { passes, percent, topicResults } from './grade';
import type { Key } from './key';
import { createRng, shuffle } from './random';
import { scoreAnswer } from './scoring';
import type { ExamResult } from './types';

export type ExamKind = 'pre' | 'post';
export type AttemptStatus = 'not-started' | 'in-progress' | 'submitted';

/** A drawn question: id, topic, and the display order of its options. */
export interface AttemptQuestion {
  id: string;
  module: string;
  layout: string[];
}

/** One attempt at a pre-test or post-test. */
export interface Attempt {
  /** Random id, also the seed of the draw. */
  id: string;
  kind: ExamKind;
  /** 1-based attempt number of this kind. */
  number: number;
  status: 'in-progress' | 'submitted';
  /** ISO timestamp. */
  startedAt: string;
  /** Time allowed in milliseconds, extensions included, or null without a time limit. */
  limitMs: number | null;
  /** Time spent on the attempt so far in milliseconds, counted from a monotonic clock (countTime()). */
  elapsedMs: number;
  /** The drawn questions in the order shown. */
  questions: AttemptQuestion[];
  /** Answers by question id. */
  answers: Record<string, Answer>;
  /** Index of the question on screen, so a reload returns to it. */
  current: number;
  /** Set when submitted. */
  result?: ExamResult;
}

/** A question the exam can draw: id, topic and answer key. */
export interface PoolQuestion extends Drawable {
  key: Key;
}

/** Answer keys by question id. */
export type KeyLookup = ReadonlyMap<string, Key>;

/** Thrown for a step the state machine does not allow (answering a submitted attempt...). */
export class AttemptError extends Error {
  override name = 'AttemptError';
}

/** The state of an attempt; undefined means none was started. */
export function statusOf(attempt: Attempt | undefined): AttemptStatus {
  return attempt ? attempt.status : 'not-started';
}

export interface StartInput {
  id: string;
  kind: ExamKind;
  number: number;
  pool: readonly PoolQuestion[];
  mix: Readonly<Record<string, number>>;
  now: Date;
  /** Minutes, or null for no time limit. */
  timeLimitMinutes: number | null;
  /** Questions whose answers the learner has been shown (shown.ts): drawn only when the mix needs them. */
  shown?: ReadonlySet<string>;
}

/** Starts an attempt: draws the questions by mix from the seed `id` (unseen first) and lays out their options. */
export function startAttempt(input: StartInput): Attempt {
  if (!input.id) throw new AttemptError('attempt id (seed) is required');
  if (!Number.isInteger(input.number) || input.number < 1) throw new AttemptError('attempt number must be ≥ 1');
  const drawn = drawQuestions(input.pool, input.mix, input.id, input.shown);
  return {
    id: input.id,
    kind: input.kind,
    number: input.number,
    status: 'in-progress',
    startedAt: input.now.toISOString(),
    limitMs: input.timeLimitMinutes === null ? null : input.timeLimitMinutes * 60_000,
    elapsedMs: 0,
    questions: drawn.map((q) => ({ id: q.id, module: q.module, layout: layoutFor(q.key, `${input.id}:${q.id}`) })),
    answers: {},
    current: 0,
  };
}

function requireInProgress(attempt: Attempt): void {
  if (attempt.status !== 'in-progress') throw new AttemptError('attempt is already submitted');
}

function requireKey(keys: KeyLookup, id: string): Key {
  const key = keys.get(id);
  if (!key) throw new AttemptError(`question "${id}" has no answer key`);
  return key;
}

/** Records (or, with undefined, clears) the answer to one question of the attempt. Rejects bad answers. */
export function answerQuestion(attempt: Attempt, keys: KeyLookup, questionId: string, raw: unknown): Attempt {
  requireInProgress(attempt);
  if (!attempt.questions.some((q) => q.id === questionId)) throw new AttemptError(`question "${questionId}" is not in this attempt`);
  const answers = { ...attempt.answers };
  if (raw === undefined) delete answers[questionId];
  else {
    const answer = parseAnswer(requireKey(keys, questionId), raw);
    if (answer === undefined) throw new AttemptError(`answer to "${questionId}" does not fit the question`);
    answers[questionId] = answer;
  }
  return { ...attempt, answers };
}

/** Moves to question `index` (kept within the attempt). */
export function goToQuestion(attempt: Attempt, index: number): Attempt {
  requireInProgress(attempt);
  const current = Math.min(Math.max(0, Math.trunc(index)), attempt.questions.length - 1);
  return { ...attempt, current };
}

/** Questions not fully answered, with their position (0-based) and how far they are answered. */
export function unansweredQuestions(attempt: Attempt, keys: KeyLookup): { id: string; index: number; state: 'empty' | 'partial' }[] {
  return attempt.questions.flatMap((q, index) => {
    const state = answerState(requireKey(keys, q.id), attempt.answers[q.id]);
    return state === 'complete' ? [] : [{ id: q.id, index, state }];
  });
}

/** Points per question of an attempt. */
export function questionPoints(attempt: Attempt, keys: KeyLookup): { id: string; module: string; points: number }[] {
  return attempt.questions.map((q) => ({ id: q.id, module: q.module, points: scoreAnswer(requireKey(keys, q.id), attempt.answers[q.id]) }));
}

let attemptHash: Promise<typeof import('./attempt-hash')> | undefined;

/**
 * The hash that seals an attempt, loaded apart from the test page (only a running attempt needs it). The
 * page starts loading it as an attempt starts or resumes, so submitting never waits on the network, nor
 * fails when the connection dropped during the test; a failed load is tried again on the next call.
 */
export function loadAttemptHash(): Promise<typeof import('./attempt-hash')> {
  attemptHash ??= import('./attempt-hash').catch((error: unknown) => {
    attemptHash = undefined;
    throw error;
  });
  return attemptHash;
}

/** Hex SHA-256 (@noble/hashes: pages served over plain HTTP have no crypto.subtle) of the attempt id, kind and each question id with its canonical answer. */
export async function attemptDigest(attempt: Attempt, keys: KeyLookup): Promise<string> {
  const canonical = JSON.stringify([
    attempt.id,
    attempt.kind,
    attempt.questions.map((q) => [q.id, canonicalAnswer(requireKey(keys, q.id), attempt.answers[q.id])]),
  ]);
  const { sha256Hex } = await loadAttemptHash();
  return sha256Hex(canonical);
}

/** Submits the attempt: grades it (pass mark in percent; a pre-test never "passes") and seals its result. */
export async function submitAttempt(attempt: Attempt, keys: KeyLookup, passMark: number, now: Date): Promise<Attempt> {
  requireInProgress(attempt);
  const scored = questionPoints(attempt, keys);
  const points = scored.reduce((sum, q) => sum + q.points, 0);
  const max = scored.length;
  const result: ExamResult = {
    kind: attempt.kind,
    attemptId: attempt.id,
    attemptNumber: attempt.number,
    finishedAt: now.toISOString(),
    score: percent(points, max),
    passed: attempt.kind === 'post' && passes(points, max, passMark),
    topics: topicResults(scored),
    digest: await attemptDigest(attempt, keys),
  };
  return { ...attempt, status: 'submitted', result };
}

/** Milliseconds left of the time limit (never below 0), or null without a time limit. */
export function timeLeftMs(attempt: Attempt): number | null {
  if (attempt.limitMs === null) return null;
  return Math.max(0, attempt.limitMs - attempt.elapsedMs);
}

/**
 * The longest step countTime() accepts at once. A page ticks every second (a background tab about once a
 * minute); a longer gap means the device slept or the page was frozen, and that time is not the
 * learner's to lose.
 */
export const MAX_TICK_MS = 5 * 60_000;

/**
 * Adds `deltaMs` of time spent, measured between two readings of a monotonic clock. A negative, non-finite
 * or longer-than-MAX_TICK_MS step counts as nothing; a submitted attempt is returned as it is.
 */
export function countTime(attempt: Attempt, deltaMs: number): Attempt {
  if (attempt.status !== 'in-progress' || !Number.isFinite(deltaMs) || deltaMs <= 0 || deltaMs > MAX_TICK_MS) return attempt;
  return { ...attempt, elapsedMs: attempt.elapsedMs + deltaMs };
}

/** Whether the attempt has used up its time limit. */
export function isTimeUp(attempt: Attempt): boolean {
  return timeLeftMs(attempt) === 0;
}

/** Adds `minutes` to the time limit, counted from the time spent if the limit is already used up (WCAG 2.2.1). */
export function extendTime(attempt: Attempt, minutes: number): Attempt {
  requireInProgress(attempt);
  if (attempt.limitMs === null) return attempt;
  if (!(minutes > 0)) throw new AttemptError('extension must be positive');
  return { ...attempt, limitMs: Math.max(attempt.limitMs, attempt.elapsedMs) + minutes * 60_000 };
}

/**
 * Fits a stored in-progress attempt to the current question banks after a content update: a question that
 * no longer exists is replaced by an unused one of the same topic (seeded, so every reload agrees) or,
 * when none is left, dropped; answers and layouts that no longer fit are reset. Submitted attempts are
 * returned as they are (their results are sealed).
 */
export function reconcileAttempt(attempt: Attempt, pool: readonly PoolQuestion[]): { attempt: Attempt; changed: boolean } {
  if (attempt.status !== 'in-progress') return { attempt, changed: false };
  const byId = new Map(pool.map((q) => [q.id, q]));
  const used = new Set(attempt.questions.map((q) => q.id));
  let changed = false;
  const answers: Record<string, Answer> = {};
  const questions: AttemptQuestion[] = [];
  for (const q of attempt.questions) {
    let current = byId.get(q.id);
    let layout = q.layout;
    if (!current) {
      changed = true;
      const candidates = pool.filter((p) => p.module === q.module && !used.has(p.id)).sort((a, b) => (a.id < b.id ? -1 : 1));
      current = shuffle(candidates, createRng(`replace:${attempt.id}:${q.id}`))[0];
      if (!current) continue;
      used.add(current.id);
      layout = layoutFor(current.key, `${attempt.id}:${current.id}`);
    } else if (!isLayoutOf(current.key, layout)) {
      changed = true;
      layout = layoutFor(current.key, `${attempt.id}:${current.id}`);
    }
    const stored = attempt.answers[current.id];
    if (stored !== undefined) {
      const answer = parseAnswer(current.key, stored);
      if (answer === undefined) changed = true;
      else answers[current.id] = answer;
    }
    questions.push({ id: current.id, module: current.module, layout });
  }
  if (questions.length === 0) throw new AttemptError('no question of this attempt is left in the banks');
  if (!changed) return { attempt, changed: false };
  return { attempt: { ...attempt, questions, answers, current: Math.min(attempt.current, questions.length - 1) }, changed: true };
}

/** Where a learner stands in one exam: the attempt in progress, finished attempts and what comes next. */
export interface ExamStanding {
  inProgress: Attempt | undefined;
  /** Submitted attempts, oldest first. */
  finished: Attempt[];
  passed: boolean;
  attemptsUsed: number;
  attemptsLeft: number;
  /** Whether a new attempt may start now. */
  canStart: boolean;
  /** Number the next attempt would get. */
  nextNumber: number;
}

/** The standing in one exam kind given every stored attempt and the attempts allowed. */
export function examStanding(all: readonly Attempt[], kind: ExamKind, allowed: number): ExamStanding {
  const own = all.filter((a) => a.kind === kind).sort((a, b) => a.number - b.number);
  const inProgress = own.find((a) => a.status === 'in-progress');
  const finished = own.filter((a) => a.status === 'submitted');
  const passed = finished.some((a) => a.result?.passed === true);
  const attemptsUsed = own.length;
  const attemptsLeft = Math.max(0, allowed - attemptsUsed);
  return {
    inProgress,
    finished,
    passed,
    attemptsUsed,
    attemptsLeft,
    canStart: !inProgress && !passed && attemptsLeft > 0,
    nextNumber: (own.at(-1)?.number ?? 0) + 1,
  };
}

// Module practice before the post-test (/materi/<module>/latihan/): which questions a round asks, and the
// learner's practice record. Pure; runs on the server (tests) and in the browser.
//
// "netral:practice", version 1: { modules: { [moduleId]: ModulePractice } }
//   ModulePractice = { rounds, best, last?: { score, at }, results: { [questionId]: 'right' | 'wrong' } }
//   `results` keeps each question's latest outcome; `rounds` counts finished rounds, `best` and `last`
//   are round scores in percent. One entry per module and per question, so two tabs practising at once
//   merge entry by entry (storage/merge.ts); a module both changed adds up its rounds and keeps the best
//   score (mergeModulePractice). Version 1 is the first shape: nothing to migrate yet.
import * as v from 'valibot';
import { createRng, shuffle } from './quiz/random';
import { percent } from './quiz/grade';
import { defineRecord, mergeEntries, mergeJson, type Store, type WriteOutcome } from './storage';
import { dictionarySchema, idSchema as id, isoTimeSchema as isoTime } from './storage/schema';

/** Questions in a fresh round (fewer when the module has fewer). */
export const ROUND_SIZE = 10;

/** A question's latest practice outcome. */
export type PracticeOutcome = 'right' | 'wrong';

export interface ModulePractice {
  /** Finished rounds. */
  rounds: number;
  /** Best round score in percent. */
  best: number;
  /** The latest finished round. */
  last?: { score: number; at: string } | undefined;
  /** Each practised question's latest outcome, by question id. */
  results: Record<string, PracticeOutcome>;
}

export interface PracticeData {
  modules: Record<string, ModulePractice>;
}

const percentage = v.pipe(v.number(), v.minValue(0), v.maxValue(100));
const moduleSchema = v.strictObject({
  rounds: v.pipe(v.number(), v.integer(), v.minValue(0)),
  best: percentage,
  last: v.optional(v.strictObject({ score: percentage, at: isoTime })),
  results: v.pipe(
    dictionarySchema(id, v.picklist(['right', 'wrong'])),
    v.check((results) => Object.keys(results).length <= 5000, 'too many questions'),
  ),
});
const practiceSchema = v.strictObject({ modules: dictionarySchema(id, moduleSchema) });

/** Validates the stored record (version 1); throws on anything else. */
export function parsePractice(raw: unknown): PracticeData {
  return v.parse(practiceSchema, raw) as PracticeData;
}

/**
 * One module's practice as two tabs changed it (`mine` the newer write): the rounds of both count, the
 * best score is the best of both, the latest round (by time) is the last, and each question keeps its
 * outcome (the newer write's where both practised it). `baseKnown` false: see EntryRule.
 */
export function mergeModulePractice(base: ModulePractice | undefined, theirs: ModulePractice, mine: ModulePractice, baseKnown = true): ModulePractice {
  const last = !theirs.last ? mine.last : !mine.last ? theirs.last : theirs.last.at > mine.last.at ? theirs.last : mine.last;
  return {
    // Not knowing what both had already counted (see EntryRule), count no round twice.
    rounds: baseKnown ? theirs.rounds + mine.rounds - (base?.rounds ?? 0) : Math.max(theirs.rounds, mine.rounds),
    best: Math.max(theirs.best, mine.best),
    ...(last && { last }),
    results: mergeJson(base?.results ?? {}, theirs.results, mine.results) as Record<string, PracticeOutcome>,
  };
}

/** The learner's practice per module. */
export const practiceRecord = defineRecord<PracticeData>({
  name: 'practice',
  version: 1,
  parse: parsePractice,
  empty: () => ({ modules: {} }),
  merge: (base, theirs, mine, shared) => ({ modules: mergeEntries(base?.modules, theirs.modules, mine.modules, mergeModulePractice, shared) }),
});

const emptyModule = (): ModulePractice => ({ rounds: 0, best: 0, results: {} });

/**
 * The questions of a fresh round: those never practised first, then those last answered wrong, then the
 * rest, each group in a seeded random order, `size` in all.
 */
export function drawRound(ids: readonly string[], results: Readonly<Record<string, PracticeOutcome>>, size: number, seed: string): string[] {
  const rng = createRng(seed);
  const group = (test: (outcome: PracticeOutcome | undefined) => boolean) =>
    shuffle(ids.filter((questionId) => test(Object.hasOwn(results, questionId) ? results[questionId] : undefined)), rng);
  return [...group((o) => o === undefined), ...group((o) => o === 'wrong'), ...group((o) => o === 'right')].slice(0, Math.max(0, size));
}

/** The questions of a finished round answered wrong (less than full marks), in round order. */
export function wrongOf(round: readonly string[], points: ReadonlyMap<string, number>): string[] {
  return round.filter((questionId) => (points.get(questionId) ?? 0) < 1);
}

/** Records one checked question's outcome for a module. */
export function recordAnswer(data: PracticeData, module: string, questionId: string, outcome: PracticeOutcome): PracticeData {
  const current = data.modules[module] ?? emptyModule();
  return { modules: { ...data.modules, [module]: { ...current, results: { ...current.results, [questionId]: outcome } } } };
}

/** Records a finished round: counts it, keeps the best score and the latest one. */
export function recordRound(data: PracticeData, module: string, points: number, max: number, at: Date): PracticeData {
  const current = data.modules[module] ?? emptyModule();
  const score = percent(points, max);
  return {
    modules: {
      ...data.modules,
      [module]: { ...current, rounds: current.rounds + 1, best: Math.max(current.best, score), last: { score, at: at.toISOString() } },
    },
  };
}

/** What Progres Saya and the practice page say about a module: practised, answered right, rounds, scores. */
export function practiceStatus(entry: ModulePractice | undefined, ids: readonly string[]): { practised: number; right: number; total: number; rounds: number; best: number; last?: number | undefined } {
  const results = entry?.results ?? {};
  const known = ids.filter((questionId) => Object.hasOwn(results, questionId));
  return {
    practised: known.length,
    right: known.filter((questionId) => results[questionId] === 'right').length,
    total: ids.length,
    rounds: entry?.rounds ?? 0,
    best: entry?.best ?? 0,
    last: entry?.last?.score,
  };
}

/** Stores a checked question's outcome; says whether it reached storage. */
export function saveAnswer(store: Store, module: string, questionId: string, outcome: PracticeOutcome): WriteOutcome {
  return store.write(practiceRecord, recordAnswer(store.read(practiceRecord), module, questionId, outcome));
}

/** Stores a finished round; says whether it reached storage. */
export function saveRound(store: Store, module: string, points: number, max: number, at: Date): WriteOutcome {
  return store.write(practiceRecord, recordRound(store.read(practiceRecord), module, points, max, at));
}

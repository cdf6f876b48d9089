// Learner answers per question type, and their validation against a question's key. Shared by server
// and browser; answers come from storage and the page, so nothing here trusts its input.
import type { Key, Verdict } from './key';

/** Verdict and rule chosen for a scenario; either may still be missing. */
export interface ScenarioAnswer {
  verdict?: Verdict;
  rule?: string;
}

/**
 * An answer: single → option id; multiple → option ids; truefalse → boolean; scenario → {verdict, rule};
 * matching → {left pair id: chosen right pair id}; ordering → item ids in the learner's order.
 */
export type Answer = string | string[] | boolean | ScenarioAnswer | Record<string, string>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** The answer if it fits the question (ids that exist, no duplicates), otherwise undefined. */
export function parseAnswer(key: Key, raw: unknown): Answer | undefined {
  switch (key.type) {
    case 'single':
      return typeof raw === 'string' && key.options.includes(raw) ? raw : undefined;
    case 'multiple': {
      if (!isStringArray(raw) || raw.length === 0) return undefined;
      const unique = new Set(raw);
      return unique.size === raw.length && raw.every((id) => key.options.includes(id)) ? [...raw] : undefined;
    }
    case 'truefalse':
      return typeof raw === 'boolean' ? raw : undefined;
    case 'scenario': {
      if (!isRecord(raw)) return undefined;
      const out: ScenarioAnswer = {};
      if (raw['verdict'] === 'melanggar' || raw['verdict'] === 'tidak-melanggar') out.verdict = raw['verdict'];
      else if (raw['verdict'] !== undefined) return undefined;
      if (typeof raw['rule'] === 'string' && key.options.includes(raw['rule'])) out.rule = raw['rule'];
      else if (raw['rule'] !== undefined) return undefined;
      return out.verdict || out.rule ? out : undefined;
    }
    case 'matching': {
      if (!isRecord(raw)) return undefined;
      const out: Record<string, string> = {};
      for (const [left, right] of Object.entries(raw)) {
        if (!key.pairs.includes(left) || typeof right !== 'string' || !key.pairs.includes(right)) return undefined;
        out[left] = right;
      }
      return Object.keys(out).length > 0 ? out : undefined;
    }
    case 'ordering': {
      if (!isStringArray(raw) || raw.length !== key.items.length) return undefined;
      const unique = new Set(raw);
      return unique.size === raw.length && raw.every((id) => key.items.includes(id)) ? [...raw] : undefined;
    }
  }
}

/** How far a question is answered: nothing yet, partly (scenario, matching), or fully. */
export function answerState(key: Key, answer: Answer | undefined): 'empty' | 'partial' | 'complete' {
  const valid = answer === undefined ? undefined : parseAnswer(key, answer);
  if (valid === undefined) return 'empty';
  if (key.type === 'scenario') {
    const a = valid as ScenarioAnswer;
    return a.verdict && a.rule ? 'complete' : 'partial';
  }
  if (key.type === 'matching') return Object.keys(valid as Record<string, string>).length === key.pairs.length ? 'complete' : 'partial';
  return 'complete';
}

/** A canonical, order-independent form of an answer (for digests and comparisons). */
export function canonicalAnswer(key: Key, answer: Answer | undefined): unknown {
  const valid = answer === undefined ? undefined : parseAnswer(key, answer);
  if (valid === undefined) return null;
  switch (key.type) {
    case 'multiple':
      return [...(valid as string[])].sort();
    case 'scenario': {
      const a = valid as ScenarioAnswer;
      return [a.verdict ?? null, a.rule ?? null];
    }
    case 'matching':
      return Object.entries(valid as Record<string, string>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    default:
      return valid;
  }
}

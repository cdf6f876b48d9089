// Scoring per question type, as docs/authoring.md defines it. A question is worth 1 point. Shared by
// server and browser.
import { parseAnswer, type Answer, type ScenarioAnswer } from './answers';
import type { Key } from './key';

/**
 * Points (0–1) for an answer. single/truefalse: all or nothing; multiple: (right − wrong) ÷ right options,
 * never below 0; scenario: ½ for the verdict, ½ for the rule; matching: share of correct pairs; ordering:
 * share of items in their correct position. A missing or invalid answer scores 0.
 */
export function scoreAnswer(key: Key, answer: Answer | undefined): number {
  const valid = answer === undefined ? undefined : parseAnswer(key, answer);
  if (valid === undefined) return 0;
  switch (key.type) {
    case 'single':
    case 'truefalse':
      return valid === key.answer ? 1 : 0;
    case 'multiple': {
      const chosen = valid as string[];
      const right = chosen.filter((id) => key.answer.includes(id)).length;
      const wrong = chosen.length - right;
      return Math.max(0, (right - wrong) / key.answer.length);
    }
    case 'scenario': {
      const a = valid as ScenarioAnswer;
      return (a.verdict === key.verdict ? 0.5 : 0) + (a.rule === key.answer ? 0.5 : 0);
    }
    case 'matching': {
      const a = valid as Record<string, string>;
      return key.pairs.filter((id) => a[id] === id).length / key.pairs.length;
    }
    case 'ordering': {
      const order = valid as string[];
      return key.items.filter((id, i) => order[i] === id).length / key.items.length;
    }
  }
}

/** Whether an answer earned full marks (with room for floating-point sums). */
export function isFullMarks(points: number): boolean {
  return points > 1 - 1e-9;
}

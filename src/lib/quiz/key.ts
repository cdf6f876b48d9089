// The scoring-relevant part of a question: what the browser needs to mark an answer, without texts.
// Shared by server and browser.
import type { Question } from './types';

export type Verdict = 'melanggar' | 'tidak-melanggar';

/** The answer key of one question. */
export type Key =
  | { type: 'single'; options: string[]; answer: string }
  | { type: 'multiple'; options: string[]; answer: string[] }
  | { type: 'truefalse'; answer: boolean }
  | { type: 'scenario'; verdict: Verdict; options: string[]; answer: string }
  /** Pair ids; the right side of pair p belongs to the left side of pair p. */
  | { type: 'matching'; pairs: string[] }
  /** Item ids in the correct order. */
  | { type: 'ordering'; items: string[] };

/** The answer key of a question. */
export function keyOf(question: Question): Key {
  switch (question.type) {
    case 'single':
      return { type: 'single', options: question.options.map((o) => o.id), answer: question.answer };
    case 'multiple':
      return { type: 'multiple', options: question.options.map((o) => o.id), answer: [...question.answer] };
    case 'truefalse':
      return { type: 'truefalse', answer: question.answer };
    case 'scenario':
      return { type: 'scenario', verdict: question.verdict, options: question.options.map((o) => o.id), answer: question.answer };
    case 'matching':
      return { type: 'matching', pairs: question.pairs.map((p) => p.id) };
    case 'ordering':
      return { type: 'ordering', items: question.items.map((i) => i.id) };
  }
}

/** The ids a question's layout shuffles: options, right-hand sides of pairs, or items (none for true/false). */
export function layoutIds(key: Key): string[] {
  switch (key.type) {
    case 'single':
    case 'multiple':
    case 'scenario':
      return key.options;
    case 'matching':
      return key.pairs;
    case 'ordering':
      return key.items;
    case 'truefalse':
      return [];
  }
}

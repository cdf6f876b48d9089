// A bank question as a classroom slide: choices labelled A, B, C… (true/false as two choices), matching
// and ordering items in a fixed shuffled order, and which of them are right. Pure; the deck, the
// presenter view and both handout editions render it, so a question's letters are the same everywhere.
//
// Choices are shuffled with the question's id as the seed (authors write the right answer first): the
// same letters on every build and every view, while over the course the right answer lands on each
// letter about equally often (tests/unit/quiz-fairness.test.ts checks the whole course against what a
// fair shuffle gives).
import type { Question } from '../quiz/types';

export interface Choice {
  id: string;
  /** "A", "B"… as the trainer reads it out. */
  label: string;
  text: string;
  correct: boolean;
}

export type QuestionView =
  | { kind: 'choice'; multiple: boolean; choices: Choice[]; verdict?: 'melanggar' | 'tidak-melanggar' | undefined }
  | { kind: 'matching'; left: { number: number; text: string }[]; right: { label: string; text: string }[]; key: { number: number; label: string }[] }
  | { kind: 'ordering'; items: { label: string; text: string }[]; order: string[] };

/** "A" for 0, "B" for 1… */
export function letter(index: number): string {
  return String.fromCharCode(65 + index);
}

/** How a question is shown in the room; `labels` names the two choices of a true/false statement. */
export function questionView(q: Question, labels: { true: string; false: string }): QuestionView {
  switch (q.type) {
    case 'single':
    case 'scenario':
    case 'multiple': {
      const answers = new Set(Array.isArray(q.answer) ? q.answer : [q.answer]);
      const choices = seededShuffle(q.options, `choices:${q.id}`, { allowOriginal: true }).map((o, i) => ({ id: o.id, label: letter(i), text: o.text, correct: answers.has(o.id) }));
      return { kind: 'choice', multiple: q.type === 'multiple', choices, verdict: q.type === 'scenario' ? q.verdict : undefined };
    }
    case 'truefalse':
      return {
        kind: 'choice',
        multiple: false,
        choices: [
          { id: 'benar', label: 'A', text: labels.true, correct: q.answer },
          { id: 'salah', label: 'B', text: labels.false, correct: !q.answer },
        ],
      };
    case 'matching': {
      const shuffled = seededShuffle(q.pairs, q.id);
      const labelOf = new Map(shuffled.map((p, i) => [p.id, letter(i)]));
      return {
        kind: 'matching',
        left: q.pairs.map((p, i) => ({ number: i + 1, text: p.left })),
        right: shuffled.map((p, i) => ({ label: letter(i), text: p.right })),
        key: q.pairs.map((p, i) => ({ number: i + 1, label: labelOf.get(p.id)! })),
      };
    }
    case 'ordering': {
      const shuffled = seededShuffle(q.items, q.id);
      const labelOf = new Map(shuffled.map((item, i) => [item.id, letter(i)]));
      return {
        kind: 'ordering',
        items: shuffled.map((item, i) => ({ label: letter(i), text: item.text })),
        order: q.items.map((item) => labelOf.get(item.id)!),
      };
    }
  }
}

/**
 * `items` in an order fixed by `seed` (the same on every build). Unless `allowOriginal` is set, never the
 * original order when there are at least two items (for matching and ordering, where the written order
 * is the answer); choices allow it, since every order must stay equally likely for a fair shuffle.
 */
export function seededShuffle<T>(items: readonly T[], seed: string, { allowOriginal = false } = {}): T[] {
  const copy = [...items];
  if (copy.length < 2) return copy;
  let state = hash(seed);
  const random = () => {
    // mulberry32: small, fast and good enough to shuffle a handful of items.
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  if (!allowOriginal && copy.every((item, i) => item === items[i])) copy.push(copy.shift()!);
  return copy;
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

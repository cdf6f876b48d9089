// What one question type's adapter does: read the answer from the controls, show an answer in them, put
// its layout in place and mark the controls after checking. Adding a type is one file in this folder and
// one line in ./index.ts. Browser only.
import type { Answer } from '../../lib/quiz/answers';
import type { Key } from '../../lib/quiz/key';
import type { Reveal } from '../../lib/quiz/reveal';
import type { QuestionDom, Strings } from './dom';

/** The adapter of the question type of `K`. */
export interface QuestionType<K extends Key> {
  /** The answer the controls show now, or undefined when nothing is chosen. */
  read(q: QuestionDom, key: K): Answer | undefined;
  /** Shows `answer` in the controls (undefined clears them). */
  write(q: QuestionDom, key: K, answer: Answer | undefined): void;
  /** Puts options, right-hand sides or items in the display order `layout`. */
  layout(q: QuestionDom, key: K, layout: readonly string[]): void;
  /** Brings what the type shows next to its controls up to date after the learner changed one (optional). */
  changed?(q: QuestionDom): void;
  /** Marks the controls and returns the feedback paragraphs (option notes, and the right answer if `showRight`). */
  mark(q: QuestionDom, key: K, answer: Answer | undefined, showRight: boolean, reveal: Reveal, s: Strings): HTMLElement[];
}

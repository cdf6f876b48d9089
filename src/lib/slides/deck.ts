// The order of a lesson's deck: title slide, objectives, the lesson's own slides (split from its
// content), each knowledge check as an intro slide plus one slide per question, the module recap after
// a module's last lesson, and a closing slide with the sources. Pure; the deck page renders the result.
import type { Question } from '../quiz/types';
import type { ContentSlide, SlidePiece } from './split';

export type DeckSlide =
  | { kind: 'title'; title: string; notes: string[] }
  | { kind: 'objectives'; title: string; notes: string[] }
  | (ContentSlide & { kind: 'content'; /** The lesson's opening text, before its first heading. */ opening: boolean })
  | { kind: 'quiz-intro'; title: string; count: number; notes: string[] }
  | { kind: 'question'; title: string; question: Question; number: number; of: number; notes: string[] }
  | { kind: 'recap'; title: string; notes: string[] }
  | { kind: 'closing'; title: string; notes: string[] };

export interface DeckLabels {
  /** Heading of the slide for the text before the first heading. */
  opening: string;
  objectives: string;
  quiz: string;
  recap: string;
  sources: string;
  /** "Soal 2 dari 5". */
  questionOf: (n: number, total: number) => string;
}

export interface DeckInput {
  lessonTitle: string;
  pieces: SlidePiece[];
  /** Questions of each bank the lesson's quizzes name, in bank order. */
  banks: ReadonlyMap<string, readonly Question[]>;
  /** Whether the lesson is its module's last (the module recap then gets a slide). */
  withRecap: boolean;
  labels: DeckLabels;
}

/** Every slide of a lesson's deck, in order. */
export function composeDeck({ lessonTitle, pieces, banks, withRecap, labels }: DeckInput): DeckSlide[] {
  const slides: DeckSlide[] = [
    { kind: 'title', title: lessonTitle, notes: [] },
    { kind: 'objectives', title: labels.objectives, notes: [] },
  ];
  for (const piece of pieces) {
    if (piece.kind === 'content') {
      slides.push({ ...piece, title: piece.title || labels.opening, opening: !piece.title });
      continue;
    }
    const bank = banks.get(piece.bank);
    if (!bank) throw new Error(`bank soal "${piece.bank}" tidak ada`);
    const questions = bank.slice(0, piece.count);
    slides.push({ kind: 'quiz-intro', title: labels.quiz, count: questions.length, notes: [] });
    questions.forEach((question, i) => {
      slides.push({ kind: 'question', title: labels.questionOf(i + 1, questions.length), question, number: i + 1, of: questions.length, notes: [] });
    });
  }
  if (withRecap) slides.push({ kind: 'recap', title: labels.recap, notes: [] });
  slides.push({ kind: 'closing', title: labels.sources, notes: [] });
  return slides;
}

// The MDX component sets trainer mode renders lessons with: the learner's components, with notes and
// quizzes swapped for versions that suit a deck or a printed handout.
import { mdxComponents } from '../mdx';
import type { Edition } from '../../lib/slides/paths';
import HandoutNotes from './HandoutNotes.astro';
import HandoutQuiz from './HandoutQuiz.astro';
import HandoutQuizTrainer from './HandoutQuizTrainer.astro';
import Omit from './Omit.astro';
import QuizMarker from './QuizMarker.astro';
import SlideNotes from './SlideNotes.astro';

/** Components for a lesson split into slides. */
export const deckComponents = { ...mdxComponents, Notes: SlideNotes, Quiz: QuizMarker };

/** Components for a printed handout: notes and answer keys only in the trainer's edition. */
export function handoutComponents(edition: Edition) {
  return edition === 'fasilitator'
    ? { ...mdxComponents, Notes: HandoutNotes, Quiz: HandoutQuizTrainer }
    : { ...mdxComponents, Notes: Omit, Quiz: HandoutQuiz };
}

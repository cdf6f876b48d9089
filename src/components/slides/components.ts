// The MDX component sets trainer mode renders lessons with: the learner's components, with notes and
// quizzes swapped for versions that suit a deck or a printed handout.
import { mdxComponents } from '../mdx';
import HandoutNotes from './HandoutNotes.astro';
import HandoutQuiz from './HandoutQuiz.astro';
import QuizMarker from './QuizMarker.astro';
import SlideNotes from './SlideNotes.astro';

/** Components for a lesson split into slides. */
export const deckComponents = { ...mdxComponents, Notes: SlideNotes, Quiz: QuizMarker };

/**
 * Components for a printed handout, one page for both editions: notes and answer keys are marked for the
 * trainer's edition only (PrintLayout hides them in the participants').
 */
export const handoutComponents = { ...mdxComponents, Notes: HandoutNotes, Quiz: HandoutQuiz };

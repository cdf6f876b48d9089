// The learner's path through the course: pre-test, modules, post-test, certificate. Which step is done,
// which one is the learner's next, and what a lesson page should suggest. Pure; runs in the browser
// (<netral-journey>) and in unit tests, from what the learner-data store holds.
import { courseProgress, type LearnerState, type OutlineModule } from './progress';
import type { ExamResult } from './quiz/types';

/** The steps, in order. */
export const STEPS = ['pre', 'modules', 'post', 'certificate'] as const;
export type StepId = (typeof STEPS)[number];

/** done: finished; current: the learner's next step; open: not finished, but the learner has moved past it; todo: later. */
export type StepState = 'done' | 'current' | 'open' | 'todo';

/** What the path needs to know about the learner. */
export interface JourneyInput {
  modules: readonly OutlineModule[];
  state: LearnerState;
  results: readonly ExamResult[];
  /** Whether the certificate needs every lesson completed (site configuration). */
  requireAllLessons: boolean;
}

/** The learner's place on the path. */
export interface Journey {
  steps: { id: StepId; state: StepState }[];
  current: StepId;
  preTaken: boolean;
  postPassed: boolean;
  /** Every lesson completed. */
  modulesDone: boolean;
  /** Any lesson opened or read, or any knowledge check tried. */
  started: boolean;
}

/** Where the learner stands: each step's state and the current one. */
export function journey({ modules, state, results, requireAllLessons }: JourneyInput): Journey {
  const tally = courseProgress(modules, state);
  const preTaken = results.some((r) => r.kind === 'pre');
  const postPassed = results.some((r) => r.kind === 'post' && r.passed);
  const modulesDone = tally.total > 0 && tally.done === tally.total;
  const started = state.progress.last !== null || Object.keys(state.progress.lessons).length > 0 || Object.keys(state.checks).length > 0;
  const current: StepId =
    postPassed && (modulesDone || !requireAllLessons)
      ? 'certificate'
      : modulesDone || postPassed
        ? 'post'
        : preTaken || started
          ? 'modules'
          : 'pre';
  const done: Record<StepId, boolean> = { pre: preTaken, modules: modulesDone, post: postPassed, certificate: false };
  const at = STEPS.indexOf(current);
  const steps = STEPS.map((id, index) => ({
    id,
    state: (done[id] ? 'done' : id === current ? 'current' : index < at ? 'open' : 'todo') as StepState,
  }));
  return { steps, current, preTaken, postPassed, modulesDone, started };
}

/** What a lesson page suggests: the pre-test before the first lesson, the post-test or certificate once due. */
export type LessonSuggestion = 'pre-test' | 'post-test' | 'certificate' | null;

/** The suggestion for a lesson page; `firstLesson`: the course's first lesson, `lastLesson`: its last. */
export function lessonSuggestion(path: Journey, where: { firstLesson: boolean; lastLesson: boolean }): LessonSuggestion {
  if (where.firstLesson && !path.preTaken && !path.postPassed) return 'pre-test';
  if (path.current === 'certificate') return where.lastLesson || path.modulesDone ? 'certificate' : null;
  if (path.current === 'post' || (where.lastLesson && !path.postPassed)) return 'post-test';
  return null;
}

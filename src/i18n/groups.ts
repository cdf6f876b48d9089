// The strings each browser element receives, by group: the one list of keys per element. A component (or a
// page builder in src/data/pages/) sends a group with stringsAttr(group) from ./index.ts; the element reads
// it with readStrings<group>(this) from src/elements/kit.ts. Runs on the server and in the browser, but the
// browser imports only its types.
//
// A selector ending in "." picks every key with that prefix; any other selector is one key. Prefer a
// prefix: pick single keys only where an element on every lesson page would otherwise carry a whole area.
import type { Selected, Selector } from './index';

export const stringGroups = {
  /** <netral-quiz>: a lesson's knowledge check. */
  quiz: ['quiz.'],
  /** <netral-exam>: the pre-test and post-test. */
  exam: ['quiz.', 'exam.'],
  /** <netral-continue> on the home page. */
  continue: ['progress.continueNote', 'progress.tally'],
  /** <netral-progress-marks>: marks on lesson links and module tallies. */
  progressMarks: ['progress.tally'],
  /** <netral-lesson-progress> at the end of a lesson. */
  lessonProgress: ['progress.lessonDone', 'progress.lessonNeedsCheck', 'progress.persistGranted', 'progress.persistDenied'],
  /** <netral-progress-page> and <netral-progress-transfer> on Progres Saya. */
  progress: ['progress.'],
  /** <netral-storage-notice> under the header of every page. */
  storageNotice: [
    'storage.disabled',
    'storage.corrupt',
    'storage.corruptKept',
    'storage.newer',
    'storage.quota',
    'storage.recordOther',
  ],
  /** <netral-lms>: the SCORM launch page (npm run scorm). */
  lms: ['lms.noApi', 'lms.initFailed', 'lms.restoreFailed'],
  /** <netral-scenario>: a branching dilemma. */
  scenario: ['scenario.endingsSeen'],
  /** <netral-search>: the header search dialog and the /cari/ page. */
  search: ['search.'],
  /** <netral-definition>: a glossary term's or regulation's summary in place. */
  definition: ['definition.'],
  /** <netral-journey>: the learner's steps on the home page and the next step on lesson pages. */
  journey: ['journey.stateDone', 'journey.stateCurrent', 'journey.stateOpen', 'journey.stateTodo'],
} as const satisfies Record<string, readonly Selector[]>;

export type StringGroup = keyof typeof stringGroups;

/** The keys of a group (plus "site.broken", which every group carries for the standard broken state). */
export type GroupKey<G extends StringGroup> = Selected<(typeof stringGroups)[G][number]> | 'site.broken';

/** The strings an element of group `G` receives. */
export type GroupStrings<G extends StringGroup> = Readonly<Record<GroupKey<G>, string>>;

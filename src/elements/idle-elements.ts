// The shared custom elements that start when the browser is idle (see islands.ts), in one chunk: a lesson
// fetches their code in one request instead of one per element and helper (14 before). Importing this
// module defines every one of them; an element that is not on the page costs only its parse time.
// The helpers these elements share with page scripts (kit, storage, records…) form one more chunk
// ("elements-shared", see astro.config.mjs).
//
// The question view is exported from here: the tests and practice pages import() this chunk for it when
// they first show a question (they load it at idle anyway), so it is not loaded twice or up front there.
import './netral-search';
import './netral-definition';
import './netral-journey';
import './netral-theme';
import './netral-sw';
import './netral-storage-notice';
import './netral-progress-marks';
import './netral-quiz';
import './netral-lesson-progress';
import './netral-resume';

export { QuestionController } from './quiz-question';

// A module's tally ("{done} dari {total} pelajaran selesai" with a bar), filled by the progress marks on every
// page and by the Progres Saya page. A module of its own so that the progress page (and the chunk it shares
// with the lesson's idle elements, see astro.config.mjs) does not take in the whole marks element.
import { lessonStatus, moduleProgress, type LearnerState } from '../lib/progress';
import { fill } from './kit';

/** Fills a [data-tally] element: bar width and text; hidden until the module has been started. */
export function renderTally(el: HTMLElement, lessons: { id: string; hasCheck: boolean }[], state: LearnerState, template: string): void {
  const tally = moduleProgress({ lessons }, state);
  const started = lessons.some((lesson) => lessonStatus(lesson, state) !== 'not-started');
  el.hidden = !started && !el.hasAttribute('data-tally-always');
  const bar = el.querySelector<HTMLElement>('[data-tally-bar]');
  if (bar) bar.style.inlineSize = `${tally.percent}%`;
  const text = el.querySelector('[data-tally-text]');
  if (text) text.textContent = fill(template, { done: tally.done, total: tally.total, pct: tally.percent });
  el.setAttribute('data-tally-filled', '');
}

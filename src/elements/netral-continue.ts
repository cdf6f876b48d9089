// <netral-continue>: "Lanjutkan belajar" on the home page, leading to the lesson visited last, with the
// course progress. It replaces the "Mulai belajar" link ([data-start]) of the surrounding
// [data-continue-slot] once the learner has opened a lesson. The course outline comes from data-outline.
import { continueLesson, courseProgress, progressRecord, readLearnerState, type OutlineModule } from '../lib/progress';
import type { GroupStrings } from '../i18n/groups';
import { checksRecord } from '../lib/quiz/records';
import { fill, KitElement, readJson, readStrings } from './kit';
import { getStore } from './storage';

class NetralContinue extends KitElement {
  #strings!: GroupStrings<'continue'>;
  #outline: OutlineModule[] = [];

  protected start(): void {
    this.#strings = readStrings<'continue'>(this);
    this.#outline = readJson<OutlineModule[]>(this, 'outline', []);
    this.#render();
    this.watch(getStore(), (event) => {
      if (event.type === 'change' && (event.record === progressRecord.name || event.record === checksRecord.name)) this.#render();
    });
  }

  #render(): void {
    const s = this.#strings;
    const outline = this.#outline;
    const state = readLearnerState(getStore());
    const lesson = continueLesson(outline, state.progress);
    const start = this.closest('[data-continue-slot]')?.querySelector<HTMLElement>('[data-start]');
    this.hidden = !lesson;
    if (start) start.hidden = !!lesson;
    if (!lesson) return;
    const link = this.querySelector<HTMLAnchorElement>('[data-continue-link]');
    if (link) link.href = lesson.href;
    const note = this.querySelector('[data-continue-note]');
    const tally = courseProgress(outline, state);
    if (note) {
      note.textContent = `${fill(s['progress.continueNote'], { title: lesson.title })} ${fill(s['progress.tally'], {
        done: tally.done,
        total: tally.total,
        pct: tally.percent,
      })}.`;
    }
  }
}

customElements.define('netral-continue', NetralContinue);

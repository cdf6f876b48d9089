// <netral-progress-marks>: completion marks on lesson links (course outline, module page, home page) and
// module tallies with a bar. Inside it, every [data-lesson-id] element with a [data-done-mark] child shows
// the mark when the lesson is completed (src/lib/progress.ts), and every [data-tally] element with
// data-lessons="<id> <id>..." shows "{done} dari {total} pelajaran selesai". Lessons without a knowledge
// check are listed in data-no-check (JSON). Other tabs' changes update the marks at once.
import { lessonStatus, progressRecord, readLearnerState } from '../lib/progress';
import { checksRecord } from '../lib/quiz/records';
import { KitElement, readJson, readStrings } from './kit';
import { renderTally } from './progress-tally';
import { getStore } from './storage';

class NetralProgressMarks extends KitElement {
  protected start(): void {
    const tally = readStrings<'progressMarks'>(this)['progress.tally'];
    const noCheck = new Set(readJson<string[]>(this, 'noCheck', []));
    const render = () => this.#render(tally, noCheck);
    render();
    this.watch(getStore(), (event) => {
      if (event.type === 'change' && (event.record === progressRecord.name || event.record === checksRecord.name)) render();
    });
  }

  #render(template: string, noCheck: ReadonlySet<string>): void {
    const lesson = (id: string) => ({ id, hasCheck: !noCheck.has(id) });
    const state = readLearnerState(getStore());
    for (const item of this.querySelectorAll<HTMLElement>('[data-lesson-id]')) {
      const mark = item.querySelector<HTMLElement>('[data-done-mark]');
      if (!mark) continue;
      const done = lessonStatus(lesson(item.dataset['lessonId'] ?? ''), state) === 'completed';
      mark.hidden = !done;
      item.toggleAttribute('data-done', done);
    }
    for (const el of this.querySelectorAll<HTMLElement>('[data-tally]')) {
      const ids = (el.dataset['lessons'] ?? '').split(' ').filter(Boolean);
      renderTally(el, ids.map(lesson), state, template);
    }
  }
}

customElements.define('netral-progress-marks', NetralProgressMarks);

// <netral-journey>: the learner's place on the path (pre-test, modules, post-test, certificate) from this
// device's data. data-show="steps" marks each step of the home page's strip (done, current, open, later);
// data-show="lesson" reveals the one suggestion a lesson page should make (the pre-test before the first
// lesson; the post-test, then the certificate, once due). Decisions live in src/lib/journey.ts.
import { KitElement, readJson, readStrings, setText } from './kit';
import { journey, lessonSuggestion, type StepState } from '../lib/journey';
import { progressRecord, readLearnerState, type OutlineModule } from '../lib/progress';
import { attemptsRecord, checksRecord, readExamResults } from '../lib/quiz/records';
import { getStore } from './storage';

interface Config {
  requireAllLessons: boolean;
  where?: 'first' | 'last' | 'other';
}

const RECORDS = new Set([progressRecord.name, checksRecord.name, attemptsRecord.name]);

export class NetralJourney extends KitElement {
  protected start(): void {
    this.#render();
    this.watch(getStore(), (event) => {
      if (event.type === 'change' && RECORDS.has(event.record)) this.#render();
    });
  }

  #render(): void {
    const store = getStore();
    const config = readJson<Config>(this, 'config', { requireAllLessons: false });
    const path = journey({
      modules: readJson<OutlineModule[]>(this, 'outline', []),
      state: readLearnerState(store),
      results: readExamResults(store),
      requireAllLessons: config.requireAllLessons,
    });
    if (this.dataset['show'] === 'lesson') {
      const where = config.where ?? 'other';
      const suggestion = lessonSuggestion(path, { firstLesson: where === 'first', lastLesson: where === 'last' });
      for (const notice of this.querySelectorAll<HTMLElement>('[data-suggest]')) notice.hidden = notice.dataset['suggest'] !== suggestion;
      return;
    }
    const strings = readStrings<'journey'>(this);
    const label: Record<StepState, string> = {
      done: strings['journey.stateDone'],
      current: strings['journey.stateCurrent'],
      open: strings['journey.stateOpen'],
      todo: strings['journey.stateTodo'],
    };
    for (const step of path.steps) {
      const item = this.querySelector<HTMLElement>(`[data-step="${step.id}"]`);
      if (!item) continue;
      item.dataset['state'] = step.state;
      setText(item, '[data-step-state]', label[step.state]);
      const link = item.querySelector('a');
      if (step.state === 'current') link?.setAttribute('aria-current', 'step');
      else link?.removeAttribute('aria-current');
    }
  }
}

customElements.define('netral-journey', NetralJourney);

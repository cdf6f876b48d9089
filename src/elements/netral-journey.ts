// <netral-journey>: the learner's place on the path (pre-test, modules, post-test, certificate) from this
// device's data. data-show="steps" marks each step of the home page's strip (done, current, open, later);
// data-show="lesson" reveals the one suggestion a lesson page should make (the pre-test before the first
// lesson; the post-test, then the certificate, once due: those two are built here when due, with their words
// from /teks.json). Decisions live in src/lib/journey.ts.
import { h, KitElement, lateStringsOrNull, link, readJson, readStrings, setText } from './kit';
import { journey, lessonSuggestion, type LessonSuggestion, type StepState } from '../lib/journey';
import { progressRecord, readLearnerState, type OutlineModule } from '../lib/progress';
import { attemptsRecord, checksRecord, readExamResults } from '../lib/quiz/records';
import { getStore } from './storage';

interface Config {
  requireAllLessons: boolean;
  where?: 'first' | 'last' | 'other';
  /** Lesson pages: the number of lessons in the course (the outline is fetched only when it can matter). */
  lessons?: number;
}

const RECORDS = new Set([progressRecord.name, checksRecord.name, attemptsRecord.name]);

/** The suggestions built when due, with the keys of their sentence and link text. */
const BUILT = {
  'post-test': ['journey.suggestPost', 'journey.suggestPostLink'],
  certificate: ['journey.suggestCertificate', 'journey.suggestCertificateLink'],
} as const;

export class NetralJourney extends KitElement {
  #outline: Promise<OutlineModule[]> | undefined;
  #suggestion: LessonSuggestion = null;

  protected async start(): Promise<void> {
    this.watch(getStore(), (event) => {
      if (event.type === 'change' && RECORDS.has(event.record)) void this.#render();
    });
    await this.#render();
  }

  /** The course outline: from data-outline (home), or fetched once the learner has read as many lessons as the course has. */
  async #modules(config: Config): Promise<OutlineModule[]> {
    if (this.dataset['outline']) return readJson<OutlineModule[]>(this, 'outline', []);
    const read = Object.keys(getStore().read(progressRecord).lessons).length;
    if (!config.lessons || read < config.lessons) return [];
    this.#outline ??= fetch(new URL(this.dataset['outlineUrl'] ?? '', document.baseURI))
      .then((response) => (response.ok ? (response.json() as Promise<{ outline?: OutlineModule[] }>) : { outline: [] }))
      .then((data) => data.outline ?? [])
      .catch(() => []);
    return this.#outline;
  }

  async #render(): Promise<void> {
    const store = getStore();
    const config = readJson<Config>(this, 'config', { requireAllLessons: false });
    const modules = await this.#modules(config);
    const path = journey({
      modules,
      state: readLearnerState(store),
      results: readExamResults(store),
      requireAllLessons: config.requireAllLessons,
    });
    if (this.dataset['show'] === 'lesson') {
      const where = config.where ?? 'other';
      const suggestion = lessonSuggestion(path, { firstLesson: where === 'first', lastLesson: where === 'last' });
      this.#suggestion = suggestion;
      if (suggestion && suggestion in BUILT && !this.querySelector(`[data-suggest="${suggestion}"]`)) await this.#build(suggestion as keyof typeof BUILT);
      for (const notice of this.querySelectorAll<HTMLElement>('[data-suggest]')) notice.hidden = notice.dataset['suggest'] !== this.#suggestion;
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
      const anchor = item.querySelector('a');
      if (step.state === 'current') anchor?.setAttribute('aria-current', 'step');
      else anchor?.removeAttribute('aria-current');
    }
  }

  /** Adds the notice of a suggestion this place may make (data-links names its address), hidden. */
  async #build(id: keyof typeof BUILT): Promise<void> {
    const href = readJson<Record<string, string>>(this, 'links', {})[id];
    if (!href) return;
    // Unreachable strings file: no suggestion, and the last lesson's "next" link still leads to the post-test.
    const strings = await lateStringsOrNull('journeyLesson');
    if (!strings || this.querySelector(`[data-suggest="${id}"]`)) return;
    const [text, linkText] = BUILT[id];
    this.append(
      h('p', { class: 'notice notice--info next-step__notice', data: { suggest: id }, hidden: true }, [`${strings[text]} `, link(href, strings[linkText], 'next-step__link')]),
    );
  }
}

customElements.define('netral-journey', NetralJourney);

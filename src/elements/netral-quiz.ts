// <netral-quiz>: a knowledge check in a lesson. Each question is checked on its own with immediate
// feedback (right or wrong, why, the cited rule); when all are checked the score is shown and saved per
// lesson (records.ts, "netral:checks"); the learner may retry with freshly shuffled options.
import { answerState } from '../lib/quiz/answers';
import { layoutFor } from '../lib/quiz/draw';
import { checksRecord, readCheckResults, saveCheckResult } from '../lib/quiz/records';
import { decodeBlob, type Reveal } from '../lib/quiz/reveal';
import { scoreAnswer } from '../lib/quiz/scoring';
import { QuestionController } from './quiz-question';
import { fill, readStrings, type Strings } from './quiz-strings';
import { getStore, randomId } from './storage';

/** A number as Indonesians write it: 3,5. */
const number = (n: number) => n.toLocaleString('id-ID', { maximumFractionDigits: 2 });
/** A learner's local date: 3 Mei 2026. */
const date = (iso: string) => new Intl.DateTimeFormat('id-ID', { dateStyle: 'long' }).format(new Date(iso));

class NetralQuiz extends HTMLElement {
  #strings: Strings = readStrings(this);
  #controllers: QuestionController[] = [];
  #points = new Map<string, number>();

  connectedCallback(): void {
    this.#strings = readStrings(this);
    void this.#start();
  }

  // The answers come from the file named by data-reveals (src/pages/kuis/); until they arrive the controls
  // stay disabled as the server rendered them.
  async #start(): Promise<void> {
    let reveals: Record<string, Reveal>;
    try {
      const response = await fetch(this.dataset['reveals'] ?? '');
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      reveals = decodeBlob((await response.json()) as string) as Record<string, Reveal>;
    } catch {
      this.#fail();
      return;
    }
    for (const el of this.querySelectorAll<HTMLElement>('.question')) {
      const reveal = reveals[el.dataset['question'] ?? ''];
      if (!reveal) return this.#fail();
      const controller = new QuestionController(el, reveal, this.#strings);
      controller.onChange = () => this.#need(controller.id, '');
      controller.setLocked(false);
      this.#controllers.push(controller);
    }
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-check]')) {
      button.disabled = false;
      button.addEventListener('click', () => this.#check(button.dataset['check'] ?? ''));
    }
    this.querySelector('[data-retry]')?.addEventListener('click', () => this.#retry());
    this.#showLast();
    getStore().subscribe((event) => {
      if (event.type === 'change' && event.record === checksRecord.name) this.#showLast();
    });
  }

  get #lessonId(): string {
    return this.closest<HTMLElement>('[data-lesson-id]')?.dataset['lessonId'] || this.dataset['lesson'] || location.pathname;
  }

  #need(id: string, message: string): void {
    const region = this.querySelector(`[data-need="${CSS.escape(id)}"]`);
    if (region) region.textContent = message;
  }

  #check(id: string): void {
    const controller = this.#controllers.find((c) => c.id === id);
    if (!controller || this.#points.has(id)) return;
    const answer = controller.answer();
    if (answerState(controller.key, answer) !== 'complete') {
      this.#need(id, this.#strings['quiz.needAnswer']);
      return;
    }
    this.#need(id, '');
    const points = scoreAnswer(controller.key, answer);
    this.#points.set(id, points);
    controller.setLocked(true);
    const region = controller.showFeedback(answer, points);
    const button = this.querySelector<HTMLButtonElement>(`[data-check="${CSS.escape(id)}"]`);
    if (button) button.hidden = true;
    // The button that had focus is gone; continue from the feedback just shown.
    region?.focus();
    if (this.#points.size === this.#controllers.length) this.#finish();
  }

  #finish(): void {
    const s = this.#strings;
    const points = [...this.#points.values()].reduce((a, b) => a + b, 0);
    const max = this.#controllers.length;
    const store = getStore();
    const { result, outcome } = saveCheckResult(store, this.#lessonId, {
      bank: this.dataset['bank'] ?? '',
      points,
      max,
      at: new Date(),
    });
    const summary = this.querySelector('[data-summary]');
    if (summary) {
      const score = document.createElement('p');
      score.textContent = fill(s['quiz.summary'], { points: number(points), max, pct: number(result.score) });
      const note = document.createElement('p');
      note.textContent = outcome === 'saved' ? s['quiz.saved'] : s['quiz.notSaved'];
      summary.replaceChildren(score, note);
    }
    const retry = this.querySelector<HTMLButtonElement>('[data-retry]');
    if (retry) retry.hidden = false;
  }

  #retry(): void {
    const round = randomId();
    this.#points.clear();
    for (const controller of this.#controllers) {
      controller.clearFeedback();
      controller.setAnswer(undefined);
      controller.applyLayout(layoutFor(controller.key, `${controller.id}:${round}`));
      controller.setLocked(false);
    }
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-check]')) button.hidden = false;
    this.querySelector('[data-summary]')?.replaceChildren();
    const retry = this.querySelector<HTMLButtonElement>('[data-retry]');
    if (retry) retry.hidden = true;
    const first = this.#controllers[0]?.el.querySelector<HTMLElement>('input, select, button:not([disabled])');
    first?.focus();
  }

  #showLast(): void {
    const last = readCheckResults(getStore())[this.#lessonId];
    const line = this.querySelector<HTMLElement>('[data-last]');
    if (!line || !last) return;
    line.textContent = fill(this.#strings['quiz.lastResult'], {
      date: date(last.at),
      pct: number(last.score),
      best: number(last.best),
      tries: last.tries,
    });
    line.hidden = false;
  }

  #fail(): void {
    const summary = this.querySelector('[data-summary]');
    if (summary) summary.textContent = this.#strings['quiz.broken'];
  }
}

customElements.define('netral-quiz', NetralQuiz);

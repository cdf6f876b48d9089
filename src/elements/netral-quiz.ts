// <netral-quiz>: a knowledge check in a lesson. Each question is checked on its own with immediate
// feedback (right or wrong, why, the cited rule); when all are checked the score is shown and saved per
// lesson (records.ts, "netral:checks"); the learner may retry with freshly shuffled options.
import type { GroupStrings } from '../i18n/groups';
import { formatDay, formatNumber } from '../lib/format';
import { answerState } from '../lib/quiz/answers';
import { layoutFor } from '../lib/quiz/draw';
import { checksRecord, readCheckResults, saveCheckResult } from '../lib/quiz/records';
import { decodeBlob, type Reveal } from '../lib/quiz/reveal';
import { scoreAnswer } from '../lib/quiz/scoring';
import { fill, h, KitElement, lateStyles, randomId, readStrings, readStringsWith, setText } from './kit';
import { QuestionController } from './quiz-question';
import { getStore, markAnswersShown } from './storage';

class NetralQuiz extends KitElement {
  #strings!: GroupStrings<'quiz'>;
  #controllers: QuestionController[] = [];
  #points = new Map<string, number>();

  // The answers and the strings this element writes come from the file named by data-reveals
  // (src/pages/kuis/): { strings, reveals }; until they arrive the controls stay disabled as the server
  // rendered them. A file that cannot be fetched or read shows the broken state (its words are in the page).
  protected async start(signal: AbortSignal): Promise<void> {
    this.#controllers = [];
    this.#points.clear();
    // What a question shows once checked is styled in idle-elements.css: the controls wait for it too.
    const [response] = await Promise.all([fetch(this.dataset['reveals'] ?? '', { signal }), lateStyles()]);
    if (!response.ok) throw new Error(`${this.dataset['reveals']}: HTTP ${response.status}`);
    const file = (await response.json()) as { strings?: unknown; reveals?: unknown };
    if (typeof file.reveals !== 'string') throw new Error(`${this.dataset['reveals']}: no answers`);
    this.#strings = readStringsWith<'quiz'>(this, file.strings);
    const reveals = decodeBlob(file.reveals) as Record<string, Reveal>;
    const controllers = [...this.querySelectorAll<HTMLElement>('.question')].map((el) => {
      const reveal = reveals[el.dataset['question'] ?? ''];
      if (!reveal) throw new Error(`question "${el.dataset['question']}" has no answer in ${this.dataset['reveals']}`);
      return new QuestionController(el, reveal, this.#strings);
    });
    for (const controller of controllers) {
      controller.onChange = () => this.#need(controller.id, '');
      controller.setLocked(false);
      this.#controllers.push(controller);
    }
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-check]')) {
      button.disabled = false;
      this.listen(button, 'click', () => this.#check(button.dataset['check'] ?? ''));
    }
    const retry = this.querySelector('[data-retry]');
    if (retry) this.listen(retry, 'click', () => this.#retry());
    this.#showLast();
    this.watch(getStore(), (event) => {
      if (event.type === 'change' && event.record === checksRecord.name) this.#showLast();
    });
  }

  // The standard broken state goes where the score would appear, next to the questions.
  protected override showBroken(): void {
    this.setAttribute('data-broken', '');
    const summary = this.querySelector('[data-summary]');
    const s = readStrings<'quizLoad'>(this);
    if (summary) summary.replaceChildren(h('p', { class: 'notice notice--danger', text: s['quiz.broken'] || s['site.broken'] }));
    else super.showBroken();
  }

  get #lessonId(): string {
    return this.closest<HTMLElement>('[data-lesson-id]')?.dataset['lessonId'] || this.dataset['lesson'] || location.pathname;
  }

  #need(id: string, message: string): void {
    setText(this, `[data-need="${CSS.escape(id)}"]`, message);
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
    markAnswersShown([id]);
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
    const { result, outcome } = saveCheckResult(getStore(), this.#lessonId, {
      bank: this.dataset['bank'] ?? '',
      points,
      max,
      at: new Date(),
    });
    this.querySelector('[data-summary]')?.replaceChildren(
      h('p', { text: fill(s['quiz.summary'], { points: formatNumber(points), max, pct: formatNumber(result.score) }) }),
      h('p', { text: outcome === 'saved' ? s['quiz.saved'] : s['quiz.notSaved'] }),
    );
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
      date: formatDay(last.at),
      pct: formatNumber(last.score),
      best: formatNumber(last.best),
      tries: last.tries,
    });
    line.hidden = false;
  }
}

customElements.define('netral-quiz', NetralQuiz);

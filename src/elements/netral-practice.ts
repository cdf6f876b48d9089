// <netral-practice>: a module's practice before the post-test (/materi/<module>/latihan/). Fetches the
// question pool the tests share (the same file, already kept offline), asks a round of the module's
// questions with feedback after each check, shows the round's score, and offers "Ulangi soal yang salah"
// or a new round. Each outcome is kept in "netral:practice" (src/lib/practice.ts), and every question
// whose feedback was shown is marked as seen with its answer, so the post-test draws others first.
import type { GroupStrings } from '../i18n/groups';
import { formatNumber } from '../lib/format';
import { drawRound, practiceRecord, practiceStatus, ROUND_SIZE, saveAnswer, saveRound, wrongOf } from '../lib/practice';
import { answerState } from '../lib/quiz/answers';
import { layoutFor } from '../lib/quiz/draw';
import type { Reveal } from '../lib/quiz/reveal';
import { fetchQuestionPool } from './question-pool';
import { scoreAnswer } from '../lib/quiz/scoring';
import { fill, h, KitElement, lateStyles, randomId, readStrings, setText } from './kit';
import type { QuestionController } from './quiz-question';
import { getStore, markAnswersShown } from './storage';
import { loadIdleElements } from './idle';

class NetralPractice extends KitElement {
  #s!: GroupStrings<'practice'>;
  #module = '';
  #ids: string[] = [];
  #reveals: Record<string, Reveal> = {};
  #questions!: HTMLTemplateElement;
  #round: string[] = [];
  #roundNumber = 0;
  #controllers: QuestionController[] = [];
  #View!: typeof QuestionController;
  #points = new Map<string, number>();

  protected async start(signal: AbortSignal): Promise<void> {
    this.#s = readStrings<'practice'>(this);
    this.#module = this.dataset['module'] ?? '';
    // The question view comes from the idle elements' chunk (src/elements/idle-elements.ts), which this
    // page loads when the browser is idle anyway: fetched with the pool, not a second copy up front.
    // With it, its stylesheet (idle-elements.css), which styles a checked question's feedback: the round
    // shows once it is here.
    const [{ questions, reveals }, { QuestionController }] = await Promise.all([
      fetchQuestionPool(this.dataset['pool'] ?? '', signal),
      loadIdleElements(),
      lateStyles(),
    ]);
    this.#View = QuestionController;
    this.#questions = questions;
    this.#reveals = Object.fromEntries(Object.entries(reveals).filter(([, r]) => r.module === this.#module));
    this.#ids = Object.keys(this.#reveals).sort();
    if (this.#ids.length === 0) throw new Error(`no practice questions for module "${this.#module}"`);
    this.querySelector('[data-loading]')?.remove();
    this.#status();
    this.#start(this.#fresh(), false, false);
    this.watch(getStore(), (event) => {
      if (event.type === 'change' && event.record === practiceRecord.name) this.#status();
    });
  }

  #fresh(): string[] {
    const results = getStore().read(practiceRecord).modules[this.#module]?.results ?? {};
    return drawRound(this.#ids, results, ROUND_SIZE, randomId());
  }

  #status(): void {
    const entry = getStore().read(practiceRecord).modules[this.#module];
    const status = practiceStatus(entry, this.#ids);
    setText(
      this,
      '[data-practice-status]',
      status.practised === 0 && status.rounds === 0
        ? this.#s['practice.statusNone']
        : fill(this.#s['practice.status'], { practised: status.practised, total: status.total, right: status.right, rounds: status.rounds, best: formatNumber(status.best) }),
    );
  }

  /** Shows a round of `ids`; `repeat` says it repeats the wrong ones; `focus` moves focus to its heading. */
  #start(ids: string[], repeat: boolean, focus: boolean): void {
    const s = this.#s;
    this.#round = ids;
    this.#roundNumber += 1;
    this.#points.clear();
    const seed = randomId();
    const list = h('ol', { class: 'practice__list' });
    this.#controllers = ids.flatMap((questionId, index) => {
      const source = this.#questions.content.querySelector<HTMLElement>(`[data-question="${CSS.escape(questionId)}"]`);
      const reveal = this.#reveals[questionId];
      if (!source || !reveal) return [];
      const controller = new this.#View(source.cloneNode(true) as HTMLElement, reveal, s);
      controller.applyLayout(layoutFor(controller.key, `${questionId}:${seed}`));
      controller.setNumber(fill(s['quiz.questionNumber'], { n: index + 1 }));
      controller.setLocked(false);
      controller.onChange = () => setText(list, `[data-need="${CSS.escape(questionId)}"]`, '');
      const check = h('button', { class: 'button button--secondary', text: s['quiz.check'], attrs: { type: 'button' }, data: { check: questionId } });
      this.listen(check, 'click', () => this.#check(controller, check));
      list.append(
        h('li', { class: 'practice__item' }, [
          controller.el,
          h('div', { class: 'practice__actions' }, [check, h('p', { class: 'practice__need', attrs: { role: 'status' }, data: { need: questionId } })]),
        ]),
      );
      return [controller];
    });
    const heading = h('h2', { text: fill(s['practice.roundTitle'], { n: this.#roundNumber }), attrs: { tabindex: '-1' }, data: { roundHeading: '' } });
    const intro = h('p', { class: 'meta', text: fill(s[repeat ? 'practice.repeatIntro' : 'practice.roundIntro'], { count: this.#controllers.length }) });
    const end = h('div', { class: 'practice__end' }, [h('div', { class: 'practice__summary', attrs: { role: 'status' }, data: { summary: '' } })]);
    this.querySelector('[data-stage]')?.replaceChildren(heading, intro, list, end);
    if (focus) heading.focus();
  }

  #check(controller: QuestionController, button: HTMLButtonElement): void {
    if (this.#points.has(controller.id)) return;
    const answer = controller.answer();
    if (answerState(controller.key, answer) !== 'complete') {
      setText(this, `[data-need="${CSS.escape(controller.id)}"]`, this.#s['quiz.needAnswer']);
      return;
    }
    const points = scoreAnswer(controller.key, answer);
    this.#points.set(controller.id, points);
    controller.setLocked(true);
    const region = controller.showFeedback(answer, points);
    button.hidden = true;
    const store = getStore();
    saveAnswer(store, this.#module, controller.id, points >= 1 ? 'right' : 'wrong');
    // The feedback shows the right answer: the post-test should prefer questions the learner has not seen so.
    markAnswersShown([controller.id]);
    region?.focus();
    if (this.#points.size === this.#controllers.length) this.#finish();
  }

  #finish(): void {
    const s = this.#s;
    const points = [...this.#points.values()].reduce((a, b) => a + b, 0);
    const max = this.#controllers.length;
    const outcome = saveRound(getStore(), this.#module, points, max, new Date());
    const wrong = wrongOf(this.#round, this.#points);
    const pct = max === 0 ? 0 : (points / max) * 100;
    const actions = h('div', { class: 'practice__buttons' });
    if (wrong.length > 0) {
      const repeat = h('button', { class: 'button', text: fill(s['practice.repeatWrong'], { n: wrong.length }), attrs: { type: 'button' }, data: { repeatWrong: '' } });
      this.listen(repeat, 'click', () => this.#start(wrong, true, true));
      actions.append(repeat);
    }
    const fresh = h('button', { class: wrong.length > 0 ? 'button button--secondary' : 'button', text: s['practice.newRound'], attrs: { type: 'button' }, data: { newRound: '' } });
    this.listen(fresh, 'click', () => this.#start(this.#fresh(), false, true));
    actions.append(fresh);
    const summary = this.querySelector('[data-summary]');
    summary?.replaceChildren(
      h('p', { class: 'practice__score', text: fill(s['practice.score'], { points: formatNumber(points), max, pct: formatNumber(pct) }) }),
      h('p', { text: wrong.length > 0 ? fill(s['practice.wrongCount'], { n: wrong.length }) : s['practice.allRight'] }),
      h('p', { class: 'meta', text: outcome === 'saved' ? s['practice.saved'] : s['practice.notSaved'] }),
    );
    summary?.after(actions);
  }
}

customElements.define('netral-practice', NetralPractice);

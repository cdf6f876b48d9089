// <netral-exam>: a pre-test or post-test. Fetches the question pool the two tests share (data-pool: the
// questions' HTML, their encoded answers and this element's strings, src/pages/kuis/tes/soal.json.ts), so
// the page stays light. Starts an attempt drawn from the pool (seeded by a random attempt id and stored, so a reload shows
// the same questions, order and answers), runs it in exam mode (no feedback, a progress indicator,
// unanswered questions named before submitting, an optional time limit the learner can extend), then shows
// the result (src/elements/exam-result.ts, decided by src/lib/quiz/outcome.ts) and a review of every
// answer. Attempts are kept in the store ("netral:attempts", see src/lib/quiz/records.ts).
//
// The question view (src/elements/quiz-question.ts) loads when the first question is to be shown (the
// learner starts, or an attempt or result is stored), not with the rules: it comes from the idle elements'
// chunk (src/elements/idle-elements.ts), which the page loads when the browser is idle anyway. So do the
// run, confirm and result views' styles (src/elements/netral-exam.css, named in data-styles): the views
// show only once they have loaded.
//
// The time limit counts time spent on the page with performance.now(), a monotonic clock: the device
// clock can be moved without ending the attempt (see src/lib/quiz/attempt.ts).
import type { ExamConfig } from '../data/pages/exam';
import type { GroupKey, GroupStrings } from '../i18n/groups';
import {
  AttemptError,
  answerQuestion,
  countTime,
  examStanding,
  extendTime,
  goToQuestion,
  reconcileAttempt,
  startAttempt,
  submitAttempt,
  loadAttemptHash,
  timeLeftMs,
  unansweredQuestions,
  type Attempt,
  type ExamStanding,
  type PoolQuestion,
} from '../lib/quiz/attempt';
import { answerState, type Answer } from '../lib/quiz/answers';
import { formatDuration } from '../lib/format';
import type { Key } from '../lib/quiz/key';
import { examOutcome } from '../lib/quiz/outcome';
import { attemptsRecord, readAttempts, readExamResults, saveAttempt } from '../lib/quiz/records';
import type { Reveal } from '../lib/quiz/reveal';
import { fetchQuestionPool } from './question-pool';
import { readAnswersShown } from '../lib/quiz/shown';
import { scoreAnswer } from '../lib/quiz/scoring';
import type { ModuleInfo, ResultLinks } from './exam-result';
import { fill, h, KitElement, lateStyles, randomId, readJson, readStringsWith, setText } from './kit';
import type { QuestionController } from './quiz-question';
import { getStore, markAnswersShown } from './storage';
import { addStylesheet, loadIdleElements, whenIdle } from './idle';

type View = 'intro' | 'run' | 'confirm' | 'result';

/** Minutes added by one "Tambah waktu"; the learner may extend as often as needed (WCAG 2.2.1). */
const EXTENSION_MINUTES = 10;
/** The learner is warned when this much time is left (WCAG 2.2.1 asks for at least 20 seconds). */
const WARNING_MS = 2 * 60_000;
/** Time spent is written to storage at least this often (and when the page is hidden or closed). */
const SAVE_TIME_MS = 10_000;

class NetralExam extends KitElement {
  #s!: GroupStrings<'exam'>;
  #config!: ExamConfig;
  #modules: ModuleInfo[] = [];
  /** Counts #render() calls, so a result view that finishes loading late does not replace a newer state. */
  #renders = 0;
  #links!: ResultLinks;
  #questions!: HTMLTemplateElement;
  #reveals: Record<string, Reveal> = {};
  #keys = new Map<string, Key>();
  #pool: PoolQuestion[] = [];
  #attempt: Attempt | undefined;
  #controllers: QuestionController[] = [];
  #View: typeof QuestionController | undefined;
  #runStyles: Promise<void> | undefined;
  #terms: Promise<typeof import('./exam-terms-save')> | undefined;
  #starting = false;
  #timer: ReturnType<typeof setInterval> | undefined;
  #lastTick = 0;
  #unsavedMs = 0;
  #warned = false;
  #submitting = false;

  protected async start(signal: AbortSignal): Promise<void> {
    const config = readJson<ExamConfig | null>(this, 'config', null);
    const links = readJson<ResultLinks | null>(this, 'links', null);
    if (!config || !links) throw new Error('netral-exam: data-config or data-links is missing');
    this.#config = config;
    this.#links = links;
    this.#modules = readJson<ModuleInfo[]>(this, 'modules', []);
    // An attempt in progress is shown at once: its questions' code comes with the pool. Otherwise the views'
    // stylesheet loads when the browser is idle (or with the first question, if the learner starts sooner).
    await Promise.all([this.#loadPool(signal), this.#standing().inProgress ? this.#loadView() : undefined]);
    whenIdle(() => void this.#styles());

    this.#on('[data-start]', () => void this.#start());
    this.#on('[data-prev]', () => this.#go((this.#attempt?.current ?? 0) - 1));
    this.#on('[data-next]', () => this.#go((this.#attempt?.current ?? 0) + 1));
    this.#on('[data-review]', () => this.#confirm());
    this.#on('[data-back]', () => this.#go(this.#attempt?.current ?? 0));
    this.#on('[data-submit]', () => void this.#submit(false));
    this.#on('[data-extend]', () => this.#extend());
    this.listen(this, 'click', (event) => {
      const target = event.target as Element;
      // Links to a question (the question list, the unanswered list) go to it inside the exam.
      const link = target.closest<HTMLAnchorElement>('a[data-goto]');
      if (link && this.contains(link)) {
        event.preventDefault();
        this.#go(Number(link.dataset['goto']));
      }
      const again = target.closest<HTMLButtonElement>('button[data-start-next]');
      if (again && this.contains(again)) void this.#start();
    });
    // Time spent reaches storage before the page is hidden, closed or frozen.
    this.listen(document, 'visibilitychange', () => {
      if (document.visibilityState === 'hidden') this.#tick(true);
    });
    this.listen(window, 'pagehide', () => this.#tick(true));
    signal.addEventListener('abort', () => this.#stopTimer(), { once: true });

    // Ready once the first view (intro, the attempt in progress, or the result) is shown.
    this.#render(false);
    this.watch(getStore(), (event) => {
      // Another tab answered, submitted or started an attempt: show what is stored now.
      if (event.type === 'change' && event.record === attemptsRecord.name && event.source === 'other-tab') this.#otherTab();
    });
  }

  // The pool the two tests share, fetched like a knowledge check's answers (cached for offline use).
  async #loadPool(signal: AbortSignal): Promise<void> {
    const { questions, reveals, strings } = await fetchQuestionPool(this.dataset['pool'] ?? '', signal);
    // The exam's words travel with the pool, not in both test pages; until it arrives the page's own
    // (server-rendered) rules, buttons and broken notice are all there is.
    this.#s = readStringsWith<'exam'>(this, strings);
    this.#questions = questions;
    // The shared pool holds both tests' modules; this test draws from its own.
    this.#reveals = Object.fromEntries(Object.entries(reveals).filter(([, r]) => r.module in this.#config.mix));
    this.#pool = Object.entries(this.#reveals).map(([id, r]) => ({ id, module: r.module, key: r.key }));
    this.#keys = new Map(this.#pool.map((q) => [q.id, q.key]));
  }

  /**
   * The exam-terms record's code, which only a post-test needs when it is passed: loaded as an attempt
   * runs, like the sealing hash, so submitting does not wait on the network; a failed load is tried again.
   */
  #loadTerms(): Promise<typeof import('./exam-terms-save')> | undefined {
    if (this.#config.kind !== 'post') return undefined;
    this.#terms ??= import('./exam-terms-save').catch((error: unknown) => {
      this.#terms = undefined;
      throw error;
    });
    return this.#terms;
  }

  /** The run, confirm and result views' stylesheet (data-styles), added once. */
  #styles(): Promise<void> {
    const href = this.dataset['styles'];
    this.#runStyles ??= href ? addStylesheet(href) : Promise.resolve();
    return this.#runStyles;
  }

  /** Loads the question view's code and the views' stylesheet, once. */
  async #loadView(): Promise<void> {
    if (this.#View) return;
    // lateStyles(): the idle elements' stylesheet, added by loadIdleElements(), styles the result's answer review.
    const [{ QuestionController }] = await Promise.all([loadIdleElements(), this.#styles(), lateStyles()]);
    this.#View = QuestionController;
  }

  // The rules stay readable; the start button stays off, since there is nothing to draw from.
  protected override showBroken(): void {
    this.#stopTimer();
    this.#show('intro');
    const start = this.querySelector<HTMLButtonElement>('[data-start]');
    if (start) start.disabled = true;
    super.showBroken();
  }

  #on(selector: string, handler: () => void): void {
    const button = this.querySelector<HTMLButtonElement>(selector);
    if (button) this.listen(button, 'click', handler);
  }

  #t(key: GroupKey<'exam'>, values: Record<string, string | number> = {}): string {
    return fill(this.#s[key], values);
  }

  #standing(): ExamStanding {
    return examStanding(readAttempts(getStore()), this.#config.kind, this.#config.attempts);
  }

  #show(view: View): void {
    for (const section of this.querySelectorAll<HTMLElement>('[data-view]')) section.hidden = section.dataset['view'] !== view;
  }

  // Another tab wrote the attempts. When it only counted time on the attempt shown here, take the larger
  // count and carry on (re-rendering would move focus every few seconds); anything else is shown afresh.
  #otherTab(): void {
    const stored = this.#standing().inProgress;
    const shown = this.#attempt;
    if (shown && stored && shown.id === stored.id && sameExceptTime(shown, stored)) {
      this.#attempt = { ...shown, elapsedMs: Math.max(shown.elapsedMs, stored.elapsedMs), limitMs: maxLimit(shown.limitMs, stored.limitMs) };
      return;
    }
    this.#render(false);
  }

  #render(focus: boolean, note?: string): void {
    this.#renders += 1;
    this.#stopTimer();
    const standing = this.#standing();
    if (standing.inProgress && !this.#View) {
      // Another tab started an attempt before this page showed a question.
      const render = this.#renders;
      this.#loadView().then(
        () => render === this.#renders && this.#render(focus, note),
        () => this.showBroken(),
      );
      return;
    }
    if (standing.inProgress) {
      let attempt = standing.inProgress;
      try {
        const fitted = reconcileAttempt(attempt, this.#pool);
        if (fitted.changed) saveAttempt(getStore(), fitted.attempt);
        attempt = fitted.attempt;
      } catch {
        this.showBroken();
        return;
      }
      this.#run(attempt, focus);
    } else if (standing.finished.length) this.#result(standing, focus, note).catch(() => this.showBroken());
    else this.#intro(standing);
  }

  #intro(standing: ExamStanding): void {
    this.#attempt = undefined;
    const start = this.querySelector<HTMLButtonElement>('[data-start]');
    if (start) start.disabled = !standing.canStart;
    this.#show('intro');
  }

  async #start(): Promise<void> {
    if (this.#starting) return;
    this.#starting = true;
    try {
      await this.#loadView();
    } catch {
      this.showBroken();
      return;
    } finally {
      this.#starting = false;
    }
    const standing = this.#standing();
    if (!standing.canStart) {
      this.#render(true);
      return;
    }
    const attempt = startAttempt({
      id: randomId(),
      kind: this.#config.kind,
      number: standing.nextNumber,
      pool: this.#pool,
      mix: this.#config.mix,
      now: new Date(),
      timeLimitMinutes: this.#config.timeLimitMinutes,
      // Questions whose answers a review or a knowledge check showed are drawn only when the mix needs them.
      shown: readAnswersShown(getStore()),
    });
    saveAttempt(getStore(), attempt);
    this.#run(attempt, true);
  }

  /** A fresh copy of a question's markup from the pool, or null when it is no longer there. */
  #questionFor(id: string, layout: readonly string[], answer: Answer | undefined, label: string): QuestionController | null {
    const source = this.#questions.content.querySelector<HTMLElement>(`[data-question="${CSS.escape(id)}"]`);
    const reveal = this.#reveals[id];
    if (!source || !reveal) return null;
    if (!this.#View) throw new Error('netral-exam: the question view is not loaded');
    const el = source.cloneNode(true) as HTMLElement;
    const controller = new this.#View(el, reveal, this.#s);
    controller.applyLayout(layout);
    controller.setAnswer(answer);
    controller.setNumber(label);
    return controller;
  }

  #run(attempt: Attempt, focus: boolean): void {
    this.#attempt = attempt;
    // Fetch the sealing hash now, while online, not at "Kumpulkan jawaban" (see loadAttemptHash).
    loadAttemptHash().catch(() => undefined);
    this.#loadTerms()?.catch(() => undefined);
    const stage = this.querySelector('[data-stage]');
    if (!stage) return;
    this.#controllers = attempt.questions.flatMap((q, index) => {
      const controller = this.#questionFor(q.id, q.layout, attempt.answers[q.id], this.#t('quiz.questionNumber', { n: index + 1 }));
      if (!controller) return [];
      controller.setLocked(false);
      controller.onChange = () => this.#answer(q.id, controller);
      return [controller];
    });
    stage.replaceChildren(...this.#controllers.map((c) => c.el));
    this.#show('run');
    this.#update();
    this.#startTimer();
    if (focus) this.querySelector<HTMLElement>('[data-progress]')?.focus();
  }

  #answer(id: string, controller: QuestionController): void {
    if (!this.#attempt) return;
    try {
      this.#attempt = answerQuestion(this.#attempt, this.#keys, id, controller.answer());
    } catch (error) {
      if (!(error instanceof AttemptError)) throw error;
      return;
    }
    this.#save();
    this.#update();
  }

  #save(): void {
    if (!this.#attempt) return;
    saveAttempt(getStore(), this.#attempt);
    this.#unsavedMs = 0;
  }

  #go(index: number): void {
    if (!this.#attempt || this.#attempt.status !== 'in-progress') return;
    this.#attempt = goToQuestion(this.#attempt, index);
    this.#save();
    this.#show('run');
    this.#update();
    this.querySelector<HTMLElement>('[data-progress]')?.focus();
  }

  // Shows the current question and brings the progress text, meter, buttons and question list up to date.
  #update(): void {
    const attempt = this.#attempt;
    if (!attempt) return;
    const total = attempt.questions.length;
    const current = attempt.current;
    this.#controllers.forEach((c, i) => (c.el.hidden = i !== current));
    const answered = attempt.questions.filter((q) => answerState(this.#keys.get(q.id) as Key, attempt.answers[q.id]) === 'complete');
    setText(this, '[data-progress]', this.#t('exam.progress', { n: current + 1, total }));
    setText(this, '[data-answered]', this.#t('exam.answered', { n: answered.length, total }));
    const meter = this.querySelector<HTMLElement>('[data-meter]');
    if (meter) meter.style.inlineSize = `${(answered.length / total) * 100}%`;
    const prev = this.querySelector<HTMLButtonElement>('[data-prev]');
    if (prev) prev.disabled = current === 0;
    const next = this.querySelector<HTMLButtonElement>('[data-next]');
    if (next) next.hidden = current === total - 1;
    // One main action at a time: "next", or on the last question "finish".
    this.querySelector('[data-review]')?.classList.toggle('button--secondary', current !== total - 1);
    const done = new Set(answered.map((q) => q.id));
    this.querySelector('[data-list]')?.replaceChildren(
      ...attempt.questions.map((q, i) =>
        h('li', {}, [
          h('a', {
            text: String(i + 1),
            attrs: {
              href: `#soal-${q.id}`,
              'aria-label': this.#t(done.has(q.id) ? 'exam.navAnswered' : 'exam.navOpen', { n: i + 1 }),
              'aria-current': i === current ? 'step' : undefined,
            },
            data: { goto: String(i), ...(done.has(q.id) ? { answered: '' } : {}) },
          }),
        ]),
      ),
    );
  }

  #confirm(): void {
    const attempt = this.#attempt;
    if (!attempt) return;
    const open = unansweredQuestions(attempt, this.#keys);
    setText(
      this,
      '[data-confirm-summary]',
      open.length ? this.#t('exam.someOpen', { n: open.length }) : this.#t('exam.allAnswered', { total: attempt.questions.length }),
    );
    this.querySelector('[data-open]')?.replaceChildren(
      ...open.map((q) => {
        const prompt = this.#controllers[q.index]?.el.querySelector('.question__text')?.textContent ?? '';
        const text = `${this.#t('quiz.questionNumber', { n: q.index + 1 })} (${this.#s[q.state === 'empty' ? 'exam.openEmpty' : 'exam.openPartial']})`;
        return h('li', {}, [h('a', { text, attrs: { href: `#soal-${q.id}` }, data: { goto: String(q.index) } }), `: ${excerpt(prompt)}`]);
      }),
    );
    this.#show('confirm');
    this.querySelector<HTMLElement>('#exam-confirm')?.focus();
  }

  async #submit(timeUp: boolean): Promise<void> {
    const attempt = this.#attempt;
    if (!attempt || this.#submitting) return;
    this.#submitting = true;
    this.#stopTimer();
    try {
      const done = await submitAttempt(attempt, this.#keys, this.#config.passMark, new Date());
      saveAttempt(getStore(), done);
      const { courseVersion, passMark } = this.#config;
      if (done.result?.kind === 'post' && done.result.passed && courseVersion) {
        // Without the record's code (the connection dropped and it never loaded) the certificate page
        // records the terms later, marked as assumed (src/lib/cert/exam-terms.ts).
        const terms = await this.#loadTerms()?.catch(() => undefined);
        terms?.recordExamTerms(done.id, { courseVersion, passMark });
      }
      this.#attempt = undefined;
      this.#render(true, timeUp ? this.#s['exam.timeUp'] : undefined);
    } finally {
      this.#submitting = false;
    }
  }

  #startTimer(): void {
    this.#stopTimer();
    const box = this.querySelector<HTMLElement>('[data-timer]');
    const attempt = this.#attempt;
    if (!box || !attempt || attempt.limitMs === null) {
      if (box) box.hidden = true;
      return;
    }
    box.hidden = false;
    setText(this, '[data-extend]', this.#t('exam.extend', { n: EXTENSION_MINUTES }));
    this.#lastTick = performance.now();
    this.#unsavedMs = 0;
    this.#timer = setInterval(() => this.#tick(false), 1000);
    this.#tick(false);
  }

  // Counts the time since the last tick (monotonic), shows what is left, saves now and then, and submits
  // when the time is up.
  #tick(save: boolean): void {
    const attempt = this.#attempt;
    // Only while the countdown runs: its start set #lastTick, the point time is counted from.
    if (!attempt || attempt.limitMs === null || this.#timer === undefined) return;
    const now = performance.now();
    const delta = now - this.#lastTick;
    this.#lastTick = now;
    this.#attempt = countTime(attempt, delta);
    this.#unsavedMs += Math.max(0, delta);
    const left = timeLeftMs(this.#attempt) ?? 0;
    setText(this, '[data-time]', this.#t('exam.timeLeft', { time: formatDuration(left, 'up') }));
    if (left <= WARNING_MS && !this.#warned) {
      this.#warned = true;
      this.#alert(this.#t('exam.timeWarning', { n: Math.ceil(WARNING_MS / 60_000) }));
    }
    if (left === 0) {
      void this.#submit(true);
      return;
    }
    if (save || this.#unsavedMs >= SAVE_TIME_MS) this.#save();
  }

  #stopTimer(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
  }

  #extend(): void {
    if (!this.#attempt) return;
    this.#tick(false);
    if (!this.#attempt) return;
    this.#attempt = extendTime(this.#attempt, EXTENSION_MINUTES);
    this.#save();
    this.#warned = false;
    this.#alert(this.#t('exam.extended', { n: EXTENSION_MINUTES }));
    this.#startTimer();
  }

  #alert(message: string): void {
    this.querySelector('[data-time-alert]')?.replaceChildren(h('p', { class: 'notice notice--warning', text: message }));
  }

  async #result(standing: ExamStanding, focus: boolean, note?: string): Promise<void> {
    this.#attempt = undefined;
    // The result view loads when there is a result to show, not with every visit to the test page.
    const render = this.#renders;
    const [{ renderResult }] = await Promise.all([import('./exam-result'), this.#loadView()]);
    if (render !== this.#renders) return; // the page has moved on (another tab saved meanwhile)
    const { kind, passMark, attempts, unit } = this.#config;
    const outcome = examOutcome(standing, { kind, passMark, attempts, moduleOrder: this.#modules.map((m) => m.id) });
    const box = this.querySelector('[data-result]');
    const last = standing.finished.at(-1);
    if (!outcome || !box || !last) return;
    const parts: HTMLElement[] = [];
    if (note) parts.push(h('p', { class: 'notice notice--warning', text: note }));
    parts.push(
      ...renderResult(outcome, {
        strings: this.#s,
        passMark,
        attempts,
        unit,
        modules: this.#modules,
        links: this.#links,
        results: readExamResults(getStore()),
      }),
      this.#review(last),
    );
    box.replaceChildren(...parts);
    this.#show('result');
    if (focus) this.querySelector<HTMLElement>('#exam-result')?.focus();
  }

  // Every question of the attempt, locked, with the learner's answer, the right one, the explanation and
  // the citation. Built detached so the feedback regions are not announced one by one.
  #review(attempt: Attempt): HTMLElement {
    const list = h('ol', { class: 'exam-review' });
    attempt.questions.forEach((q, index) => {
      const label = this.#t('quiz.questionNumber', { n: index + 1 });
      const answer = attempt.answers[q.id];
      const controller = this.#questionFor(q.id, q.layout, answer, label);
      if (!controller) {
        list.append(h('li', {}, [h('p', { class: 'meta', text: `${label}: ${this.#s['exam.questionGone']}` })]));
        return;
      }
      controller.setLocked(true);
      controller.showFeedback(answer, scoreAnswer(controller.key, answer));
      controller.el.querySelector('[data-feedback]')?.removeAttribute('tabindex');
      list.append(h('li', {}, [controller.el]));
    });
    markAnswersShown(attempt.questions.map((q) => q.id));
    return h('section', { class: 'exam-review-section' }, [
      h('h3', { text: this.#s['exam.reviewTitle'] }),
      h('p', { class: 'meta', text: this.#s['exam.reviewIntro'] }),
      list,
    ]);
  }
}

/** Whether two versions of one attempt differ at most in the time counted on them. */
function sameExceptTime(a: Attempt, b: Attempt): boolean {
  const strip = ({ elapsedMs: _e, limitMs: _l, ...rest }: Attempt) => stableJson(rest);
  return strip(a) === strip(b);
}

/** JSON with object keys sorted, so a stored copy (keys in schema order) compares equal to its original. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([x], [y]) => (x < y ? -1 : 1)).map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function maxLimit(a: number | null, b: number | null): number | null {
  return a === null || b === null ? (a ?? b) : Math.max(a, b);
}

function excerpt(text: string, max = 90): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1).trimEnd()}…` : clean;
}

customElements.define('netral-exam', NetralExam);

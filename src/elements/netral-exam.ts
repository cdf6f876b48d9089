// <netral-exam>: a pre-test or post-test. Starts an attempt drawn from the pool (seeded by a random
// attempt id and stored, so a reload shows the same questions, order and answers), runs it in exam mode
// (no feedback, a progress indicator, unanswered questions named before submitting, an optional time limit
// the learner can extend), then shows the result: pass or not, attempts left, per-topic scores, the
// learning gain against the pre-test, and a review of every answer. Attempts are kept in the store
// ("netral:attempts", see src/lib/quiz/records.ts). Configuration, module titles and strings come from
// data-* attributes; the answer data from the encoded blob.
import {
  AttemptError,
  answerQuestion,
  examStanding,
  extendTime,
  goToQuestion,
  reconcileAttempt,
  startAttempt,
  submitAttempt,
  timeLeftMs,
  unansweredQuestions,
  type Attempt,
  type ExamKind,
  type ExamStanding,
  type PoolQuestion,
} from '../lib/quiz/attempt';
import { answerState, type Answer } from '../lib/quiz/answers';
import { learningGain, passes, percent, weakTopics } from '../lib/quiz/grade';
import type { Key } from '../lib/quiz/key';
import { attemptsRecord, readAttempts, readExamResults, saveAttempt } from '../lib/quiz/records';
import { decodeBlob, type Reveal } from '../lib/quiz/reveal';
import { scoreAnswer } from '../lib/quiz/scoring';
import type { TopicResult } from '../lib/quiz/types';
import { QuestionController } from './quiz-question';
import { fill, readStrings, type StringKey, type Strings } from './quiz-strings';
import { getStore, randomId } from './storage';

interface ExamConfig {
  kind: ExamKind;
  mix: Record<string, number>;
  passMark: number;
  attempts: number;
  timeLimitMinutes: number | null;
  /** Who to contact after the last failed attempt, e.g. "BKPSDM Kota Contoh". */
  unit: string;
}
interface ModuleInfo {
  id: string;
  title: string;
  href: string;
}
interface Links {
  pre: string;
  post: string;
  learn: string;
}

type View = 'intro' | 'run' | 'confirm' | 'result';

/** Minutes added by one "Tambah waktu"; the learner may extend as often as needed (WCAG 2.2.1). */
const EXTENSION_MINUTES = 10;
/** The learner is warned when this much time is left (WCAG 2.2.1 asks for at least 20 seconds). */
const WARNING_MS = 2 * 60_000;

const number = (n: number) => n.toLocaleString('id-ID', { maximumFractionDigits: 1 });
const date = (iso: string) => new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));

class NetralExam extends HTMLElement {
  #s: Strings = readStrings(this);
  #config!: ExamConfig;
  #modules: ModuleInfo[] = [];
  #links!: Links;
  #reveals: Record<string, Reveal> = {};
  #keys = new Map<string, Key>();
  #pool: PoolQuestion[] = [];
  #attempt: Attempt | undefined;
  #controllers: QuestionController[] = [];
  #timer: ReturnType<typeof setInterval> | undefined;
  #warned = false;
  #submitting = false;

  connectedCallback(): void {
    try {
      this.#config = JSON.parse(this.dataset['config'] ?? '') as ExamConfig;
      this.#modules = JSON.parse(this.dataset['modules'] ?? '[]') as ModuleInfo[];
      this.#links = JSON.parse(this.dataset['links'] ?? '') as Links;
      this.#reveals = decodeBlob(JSON.parse(this.querySelector('[data-reveal]')?.textContent ?? '') as string) as Record<string, Reveal>;
    } catch {
      this.#broken();
      return;
    }
    this.#s = readStrings(this);
    this.#pool = Object.entries(this.#reveals).map(([id, r]) => ({ id, module: r.module, key: r.key }));
    this.#keys = new Map(this.#pool.map((q) => [q.id, q.key]));

    this.#on('[data-start]', () => this.#start());
    this.#on('[data-prev]', () => this.#go((this.#attempt?.current ?? 0) - 1));
    this.#on('[data-next]', () => this.#go((this.#attempt?.current ?? 0) + 1));
    this.#on('[data-review]', () => this.#confirm());
    this.#on('[data-back]', () => this.#go(this.#attempt?.current ?? 0));
    this.#on('[data-submit]', () => void this.#submit(false));
    this.#on('[data-extend]', () => this.#extend());
    // Links to a question (the question list, the unanswered list) go to it inside the exam.
    this.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-goto]');
      if (!link || !this.contains(link)) return;
      event.preventDefault();
      this.#go(Number(link.dataset['goto']));
    });
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-start-next]');
      if (button && this.contains(button)) this.#start();
    });

    this.#render(false);
    getStore().subscribe((event) => {
      // Another tab answered, submitted or started an attempt: show what is stored now.
      if (event.type === 'change' && event.record === attemptsRecord.name && event.source === 'other-tab') this.#render(false);
    });
  }

  disconnectedCallback(): void {
    this.#stopTimer();
  }

  #on(selector: string, handler: () => void): void {
    const button = this.querySelector<HTMLButtonElement>(selector);
    button?.addEventListener('click', handler);
  }

  #t(key: StringKey, values: Record<string, string | number> = {}): string {
    return fill(this.#s[key], values);
  }

  #standing(): ExamStanding {
    return examStanding(readAttempts(getStore()), this.#config.kind, this.#config.attempts);
  }

  #show(view: View): void {
    for (const section of this.querySelectorAll<HTMLElement>('[data-view]')) section.hidden = section.dataset['view'] !== view;
  }

  #render(focus: boolean, note?: string): void {
    this.#stopTimer();
    const standing = this.#standing();
    if (standing.inProgress) {
      let attempt = standing.inProgress;
      try {
        const fitted = reconcileAttempt(attempt, this.#pool);
        if (fitted.changed) saveAttempt(getStore(), fitted.attempt);
        attempt = fitted.attempt;
      } catch {
        this.#broken();
        return;
      }
      this.#run(attempt, focus);
    } else if (standing.finished.length) this.#result(standing, focus, note);
    else this.#intro(standing);
  }

  #intro(standing: ExamStanding): void {
    this.#attempt = undefined;
    const start = this.querySelector<HTMLButtonElement>('[data-start]');
    if (start) start.disabled = !standing.canStart;
    this.#show('intro');
  }

  #start(): void {
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
    });
    saveAttempt(getStore(), attempt);
    this.#run(attempt, true);
  }

  /** A fresh copy of a question's markup from the pool template, or null when it is no longer there. */
  #questionFor(id: string, layout: readonly string[], answer: Answer | undefined, label: string): QuestionController | null {
    const template = this.querySelector<HTMLTemplateElement>('template[data-pool]');
    const source = template?.content.querySelector<HTMLElement>(`[data-question="${CSS.escape(id)}"]`);
    const reveal = this.#reveals[id];
    if (!source || !reveal) return null;
    const el = source.cloneNode(true) as HTMLElement;
    const controller = new QuestionController(el, reveal, this.#s);
    controller.applyLayout(layout);
    controller.setAnswer(answer);
    controller.setNumber(label);
    return controller;
  }

  #run(attempt: Attempt, focus: boolean): void {
    this.#attempt = attempt;
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
    saveAttempt(getStore(), this.#attempt);
    this.#update();
  }

  #go(index: number): void {
    if (!this.#attempt || this.#attempt.status !== 'in-progress') return;
    this.#attempt = goToQuestion(this.#attempt, index);
    saveAttempt(getStore(), this.#attempt);
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
    const progress = this.querySelector('[data-progress]');
    if (progress) progress.textContent = this.#t('exam.progress', { n: current + 1, total });
    const count = this.querySelector('[data-answered]');
    if (count) count.textContent = this.#t('exam.answered', { n: answered.length, total });
    const meter = this.querySelector<HTMLElement>('[data-meter]');
    if (meter) meter.style.inlineSize = `${(answered.length / total) * 100}%`;
    const prev = this.querySelector<HTMLButtonElement>('[data-prev]');
    if (prev) prev.disabled = current === 0;
    const next = this.querySelector<HTMLButtonElement>('[data-next]');
    if (next) next.hidden = current === total - 1;
    // One main action at a time: "next", or on the last question "finish".
    this.querySelector('[data-review]')?.classList.toggle('button--secondary', current !== total - 1);
    const list = this.querySelector('[data-list]');
    if (!list) return;
    const done = new Set(answered.map((q) => q.id));
    list.replaceChildren(
      ...attempt.questions.map((q, i) => {
        const li = document.createElement('li');
        const link = document.createElement('a');
        link.href = `#soal-${q.id}`;
        link.dataset['goto'] = String(i);
        link.textContent = String(i + 1);
        link.setAttribute('aria-label', this.#t(done.has(q.id) ? 'exam.navAnswered' : 'exam.navOpen', { n: i + 1 }));
        if (done.has(q.id)) link.dataset['answered'] = '';
        if (i === current) link.setAttribute('aria-current', 'step');
        li.append(link);
        return li;
      }),
    );
  }

  #confirm(): void {
    const attempt = this.#attempt;
    if (!attempt) return;
    const open = unansweredQuestions(attempt, this.#keys);
    const summary = this.querySelector('[data-confirm-summary]');
    if (summary) {
      summary.textContent = open.length
        ? this.#t('exam.someOpen', { n: open.length })
        : this.#t('exam.allAnswered', { total: attempt.questions.length });
    }
    const list = this.querySelector('[data-open]');
    list?.replaceChildren(
      ...open.map((q) => {
        const li = document.createElement('li');
        const link = document.createElement('a');
        link.href = `#soal-${q.id}`;
        link.dataset['goto'] = String(q.index);
        const prompt = this.#controllers[q.index]?.el.querySelector('.question__text')?.textContent ?? '';
        link.textContent = `${this.#t('quiz.questionNumber', { n: q.index + 1 })} (${this.#s[q.state === 'empty' ? 'exam.openEmpty' : 'exam.openPartial']})`;
        li.append(link, document.createTextNode(`: ${excerpt(prompt)}`));
        return li;
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
    if (!box || !attempt || attempt.deadline === null) {
      if (box) box.hidden = true;
      return;
    }
    box.hidden = false;
    const extend = this.querySelector('[data-extend]');
    if (extend) extend.textContent = this.#t('exam.extend', { n: EXTENSION_MINUTES });
    const tick = () => {
      const left = this.#attempt ? timeLeftMs(this.#attempt, new Date()) : null;
      if (left === null) return;
      const time = this.querySelector('[data-time]');
      if (time) time.textContent = this.#t('exam.timeLeft', { time: clock(left) });
      if (left <= WARNING_MS && !this.#warned) {
        this.#warned = true;
        this.#alert(this.#t('exam.timeWarning', { n: Math.ceil(WARNING_MS / 60_000) }));
      }
      if (left === 0) void this.#submit(true);
    };
    tick();
    this.#timer = setInterval(tick, 1000);
  }

  #stopTimer(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
  }

  #extend(): void {
    if (!this.#attempt) return;
    this.#attempt = extendTime(this.#attempt, EXTENSION_MINUTES, new Date());
    saveAttempt(getStore(), this.#attempt);
    this.#warned = false;
    this.#alert(this.#t('exam.extended', { n: EXTENSION_MINUTES }));
    this.#startTimer();
  }

  #alert(message: string): void {
    const region = this.querySelector('[data-time-alert]');
    if (!region) return;
    const p = document.createElement('p');
    p.className = 'notice notice--warning';
    p.textContent = message;
    region.replaceChildren(p);
  }

  #moduleTitle(id: string): string {
    return this.#modules.find((m) => m.id === id)?.title ?? id;
  }

  #inCourseOrder<T extends { module: string }>(list: T[]): T[] {
    const order = (id: string) => {
      const index = this.#modules.findIndex((m) => m.id === id);
      return index < 0 ? Number.MAX_SAFE_INTEGER : index;
    };
    return [...list].sort((a, b) => order(a.module) - order(b.module));
  }

  #result(standing: ExamStanding, focus: boolean, note?: string): void {
    this.#attempt = undefined;
    const last = standing.finished.at(-1);
    const result = last?.result;
    const box = this.querySelector('[data-result]');
    if (!last || !result || !box) return;
    const { kind, passMark, attempts } = this.#config;
    const parts: Node[] = [];
    if (note) parts.push(make('p', { className: 'notice notice--warning', text: note }));

    // Score and status.
    const card = make('div', { className: 'card exam-score' });
    const line = make('p', { className: 'exam-score__line' });
    line.append(make('span', { text: this.#s['exam.score'] }), make('span', { className: 'exam-score__value', text: `${number(result.score)}%` }));
    if (kind === 'post') {
      const passed = result.passed;
      line.append(
        make('span', { className: `exam-score__status exam-score__status--${passed ? 'passed' : 'failed'}`, text: this.#s[passed ? 'exam.passed' : 'exam.failed'] }),
        make('span', { className: 'meta', text: this.#t('exam.passMark', { mark: passMark }) }),
      );
    }
    card.append(line);
    card.append(
      make('p', {
        className: 'meta',
        text: kind === 'post' ? this.#t('exam.attemptOf', { n: last.number, total: attempts, date: date(result.finishedAt) }) : this.#t('exam.preDone', { date: date(result.finishedAt) }),
      }),
    );
    const weak = this.#inCourseOrder(weakTopics(result.topics, passMark));
    if (kind === 'post' && result.passed) card.append(make('p', { text: this.#s['exam.passedBody'] }));
    else if (kind === 'post' && standing.canStart) {
      card.append(make('p', { text: this.#t('exam.attemptsLeft', { n: standing.attemptsLeft, total: attempts, mark: passMark }) }));
      const again = make('button', { className: 'button', text: this.#t('exam.startNext', { n: standing.nextNumber }) });
      (again as HTMLButtonElement).type = 'button';
      again.dataset['startNext'] = '';
      card.append(make('p', {}, [again]));
    } else if (kind === 'post' && !standing.passed && standing.attemptsLeft === 0) {
      card.append(
        make('h3', { text: this.#s['exam.finalTitle'] }),
        make('p', { text: this.#t('exam.finalBody', { total: attempts, mark: passMark }) }),
        make('p', { text: this.#t('exam.finalNext', { unit: this.#config.unit }) }),
      );
    } else if (kind === 'pre') {
      card.append(
        make('p', { className: 'exam__actions' }, [
          link(this.#links.learn, this.#s['exam.startLearning'], 'button'),
          link(this.#links.post, this.#s['exam.toPostTest'], 'button button--secondary'),
        ]),
      );
    }
    parts.push(card);

    // What to study again (a failed post-test).
    if (kind === 'post' && !result.passed) {
      const section = make('section', { className: 'card' });
      section.append(make('h3', { text: this.#s['exam.weakTitle'] }));
      if (weak.length) {
        const list = make('ul', { className: 'exam-weak' });
        for (const topic of weak) {
          const href = this.#modules.find((m) => m.id === topic.module)?.href;
          const item = make('li');
          item.append(href ? link(href, this.#moduleTitle(topic.module)) : document.createTextNode(this.#moduleTitle(topic.module)));
          item.append(document.createTextNode(` — ${this.#t('exam.pointsOf', pointsValues(topic))}`));
          list.append(item);
        }
        section.append(list);
      } else section.append(make('p', { text: this.#s['exam.noWeak'] }));
      parts.push(section);
    }

    parts.push(this.#topicsTable(result.topics));
    parts.push(this.#gainCard());
    parts.push(this.#review(last));
    box.replaceChildren(...parts);
    this.#show('result');
    if (focus) this.querySelector<HTMLElement>('#exam-result')?.focus();
  }

  #topicsTable(topics: TopicResult[]): HTMLElement {
    const { passMark, kind } = this.#config;
    const section = make('section', { className: 'card' });
    section.append(make('h3', { text: this.#s['exam.topicsTitle'] }));
    const table = make('table', { className: 'exam-table' });
    const head = make('tr');
    head.append(...[this.#s['exam.topic'], this.#s['exam.points'], ...(kind === 'post' ? [this.#s['exam.status']] : [])].map((h) => cell('th', h)));
    const body = make('tbody');
    for (const topic of this.#inCourseOrder(topics)) {
      const row = make('tr');
      row.append(cell('td', this.#moduleTitle(topic.module)), cell('td', this.#t('exam.pointsOf', pointsValues(topic))));
      if (kind === 'post') row.append(cell('td', this.#s[passes(topic.points, topic.max, passMark) ? 'exam.topicOk' : 'exam.topicWeak']));
      body.append(row);
    }
    const thead = make('thead');
    head.querySelectorAll('th').forEach((th) => th.setAttribute('scope', 'col'));
    thead.append(head);
    table.append(thead, body);
    section.append(make('div', { className: 'exam-table__wrap' }, [table]));
    return section;
  }

  // Pre-test against post-test: the first pre-test and the latest post-test.
  #gainCard(): HTMLElement {
    const results = readExamResults(getStore());
    const pre = results.find((r) => r.kind === 'pre');
    const post = results.filter((r) => r.kind === 'post').at(-1);
    const section = make('section', { className: 'card' });
    section.append(make('h3', { text: this.#s['exam.gainTitle'] }));
    if (!pre || !post) {
      const message = !pre ? this.#s['exam.gainNoPre'] : this.#s['exam.gainNoPost'];
      const target = !pre ? link(this.#links.pre, this.#s['exam.toPreTest']) : link(this.#links.post, this.#s['exam.toPostTest']);
      section.append(make('p', { text: message }), make('p', {}, [target]));
      return section;
    }
    const gain = learningGain(pre, post);
    const sign = gain.gain > 0 ? '+' : '';
    section.append(make('p', { text: this.#t('exam.gainBody', { pre: number(gain.pre), post: number(gain.post), gain: `${sign}${number(gain.gain)}` }) }));
    const table = make('table', { className: 'exam-table' });
    const head = make('tr');
    head.append(...[this.#s['exam.topic'], this.#s['exam.gainTopicPre'], this.#s['exam.gainTopicPost']].map((h) => cell('th', h)));
    head.querySelectorAll('th').forEach((th) => th.setAttribute('scope', 'col'));
    const body = make('tbody');
    const show = (v: number | null) => (v === null ? this.#s['exam.notInTest'] : `${number(v)}%`);
    for (const topic of this.#inCourseOrder(gain.topics)) {
      const row = make('tr');
      row.append(cell('td', this.#moduleTitle(topic.module)), cell('td', show(topic.pre)), cell('td', show(topic.post)));
      body.append(row);
    }
    const thead = make('thead');
    thead.append(head);
    table.append(thead, body);
    section.append(make('div', { className: 'exam-table__wrap' }, [table]));
    return section;
  }

  // Every question of the attempt, locked, with the learner's answer, the right one, the explanation and
  // the citation. Built detached so the feedback regions are not announced one by one.
  #review(attempt: Attempt): HTMLElement {
    const section = make('section', { className: 'exam-review-section' });
    section.append(make('h3', { text: this.#s['exam.reviewTitle'] }), make('p', { className: 'meta', text: this.#s['exam.reviewIntro'] }));
    const list = make('ol', { className: 'exam-review' });
    attempt.questions.forEach((q, index) => {
      const item = make('li');
      const label = this.#t('quiz.questionNumber', { n: index + 1 });
      const answer = attempt.answers[q.id];
      const controller = this.#questionFor(q.id, q.layout, answer, label);
      if (!controller) {
        item.append(make('p', { className: 'meta', text: `${label}: ${this.#s['exam.questionGone']}` }));
      } else {
        controller.setLocked(true);
        controller.showFeedback(answer, scoreAnswer(controller.key, answer));
        controller.el.querySelector('[data-feedback]')?.removeAttribute('tabindex');
        item.append(controller.el);
      }
      list.append(item);
    });
    section.append(list);
    return section;
  }

  #broken(): void {
    this.#stopTimer();
    for (const section of this.querySelectorAll<HTMLElement>('[data-view]')) section.hidden = true;
    const broken = this.querySelector<HTMLElement>('[data-broken]');
    if (broken) broken.hidden = false;
  }
}

function pointsValues(topic: TopicResult): Record<string, string> {
  return { points: number(topic.points), max: number(topic.max), pct: number(percent(topic.points, topic.max)) };
}

function make(tag: string, options: { className?: string; text?: string } = {}, children: Node[] = []): HTMLElement {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined) node.textContent = options.text;
  node.append(...children);
  return node;
}

function cell(tag: 'th' | 'td', text: string): HTMLElement {
  return make(tag, { text });
}

function link(href: string, text: string, className = ''): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  if (className) a.className = className;
  return a;
}

function excerpt(text: string, max = 90): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1).trimEnd()}…` : clean;
}

/** Milliseconds as m:ss (or h:mm:ss). */
function clock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

customElements.define('netral-exam', NetralExam);

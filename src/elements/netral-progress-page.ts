// <netral-progress-page>: the "Progres Saya" page. Fills the server-rendered outline with what this device
// holds: course and module tallies, each lesson's status and knowledge-check score, pre-test and post-test
// results, the certificate status and the storage state (not saved / saved on this device / persistent).
// Re-renders when another tab changes learner data. Outline, configuration and strings come from data-*.
import type { LessonDilemma } from '../data/progress';
import { dilemmasRecord, endingsFound } from '../lib/dilemmas';
import { certificateStatus, courseProgress, lessonStatus, markPersistAsked, openedRecord, progressRecord, readLearnerState, type LessonStatus, type OutlineModule } from '../lib/progress';
import { attemptsRecord, checksRecord, readExamResults } from '../lib/quiz/records';
import { renderTally } from './progress-tally';
import type { GroupKey, GroupStrings } from '../i18n/groups';
import { formatDay as date, formatNumber as number } from '../lib/format';
import { fill, KitElement, readJson, readStrings, setText } from './kit';
import { getStore } from './storage';

const statusKey: Record<Exclude<LessonStatus, 'completed'>, GroupKey<'progressPage'>> = {
  read: 'progress.statusRead',
  checked: 'progress.statusChecked',
  opened: 'progress.statusOpened',
  'not-started': 'progress.statusNotStarted',
};

interface PageConfig {
  passMark: number;
  requireAllLessons: boolean;
}

/** Whether the browser keeps this site's data until the learner removes it. */
async function isPersistent(): Promise<boolean> {
  try {
    return (await navigator.storage?.persisted?.()) ?? false;
  } catch {
    return false;
  }
}

class NetralProgressPage extends KitElement {
  #strings!: GroupStrings<'progressPage'>;
  #outline: OutlineModule[] = [];
  #dilemmas: Record<string, LessonDilemma[]> = {};
  #config: PageConfig = { passMark: 80, requireAllLessons: false };

  protected async start(): Promise<void> {
    this.#strings = readStrings<'progressPage'>(this);
    this.#outline = readJson<OutlineModule[]>(this, 'outline', []);
    this.#config = readJson<PageConfig>(this, 'config', this.#config);
    this.#dilemmas = readJson<Record<string, LessonDilemma[]>>(this, 'dilemmas', {});
    this.#render();
    const records = new Set([progressRecord.name, checksRecord.name, attemptsRecord.name, openedRecord.name, dilemmasRecord.name]);
    this.watch(getStore(), (event) => {
      if (event.type === 'change' && records.has(event.record)) this.#render();
      if (event.type === 'notices') void this.#renderStorage();
    });
    const ask = this.querySelector<HTMLButtonElement>('[data-persist-ask]');
    if (ask) this.listen(ask, 'click', () => void this.#askPersist(ask));
    // Ready once the storage state is shown too (it asks the browser, which answers asynchronously).
    await this.#renderStorage();
  }

  #render(): void {
    const s = this.#strings;
    const outline = this.#outline;
    const store = getStore();
    const state = readLearnerState(store);
    const lessons = new Map(outline.flatMap((m) => m.lessons).map((l) => [l.id, l]));
    for (const el of this.querySelectorAll<HTMLElement>('[data-tally]')) {
      const ids = (el.dataset['lessons'] ?? '').split(' ').filter(Boolean);
      renderTally(el, ids.flatMap((id) => lessons.get(id) ?? []), state, s['progress.tally']);
    }
    for (const item of this.querySelectorAll<HTMLElement>('[data-lesson-id]')) {
      const lesson = lessons.get(item.dataset['lessonId'] ?? '');
      if (!lesson) continue;
      const status = lessonStatus(lesson, state);
      const mark = item.querySelector<HTMLElement>('[data-done-mark]');
      if (mark) mark.hidden = status !== 'completed';
      this.#text(item, '[data-lesson-status]', status === 'completed' ? '' : s[statusKey[status]]);
      // The score only once there is one: "belum dikerjakan" on every lesson would bury what was done.
      const check = state.checks[lesson.id];
      const checkText = check ? fill(s['progress.checkScore'], { score: number(check.score), best: number(check.best), tries: check.tries }) : '';
      this.#text(item, '[data-lesson-check]', checkText);
      // Dilemmas once an ending is found: how many of its endings the learner has seen.
      const found = store.read(dilemmasRecord);
      const dilemmaText = (this.#dilemmas[lesson.id] ?? []).flatMap((d) => {
        const n = endingsFound(found, d.id, d.endings).length;
        return n ? [fill(s['progress.dilemmaEndings'], { title: d.title, n, total: d.endings.length })] : [];
      });
      this.#text(item, '[data-lesson-dilemmas]', dilemmaText.join(' · '));
    }
    this.#renderExams(outline, state);
  }

  #renderExams(outline: OutlineModule[], state: ReturnType<typeof readLearnerState>): void {
    const s = this.#strings;
    const config = this.#config;
    const results = readExamResults(getStore());
    const list = this.querySelector('[data-exams]');
    if (list) {
      const pre = results.filter((r) => r.kind === 'pre');
      const post = results.filter((r) => r.kind === 'post');
      const items: HTMLElement[] = [];
      const item = (text: string, passed?: boolean) => {
        const li = document.createElement('li');
        li.textContent = text;
        if (passed !== undefined) {
          const badge = document.createElement('span');
          badge.className = `badge ${passed ? 'badge--pass' : 'badge--fail'}`;
          badge.textContent = passed ? s['progress.passed'] : s['progress.notPassed'];
          li.append(' ', badge);
        }
        items.push(li);
      };
      if (pre.length === 0) item(s['progress.preNone']);
      for (const r of pre) item(fill(s['progress.preResult'], { date: date(r.finishedAt), score: number(r.score) }));
      if (post.length === 0) item(s['progress.postNone']);
      for (const r of post) item(fill(s['progress.postResult'], { n: r.attemptNumber, date: date(r.finishedAt), score: number(r.score) }), r.passed);
      list.replaceChildren(...items);
    }
    const passed = results.filter((r) => r.kind === 'post' && r.passed);
    const best = Math.max(0, ...passed.map((r) => r.score));
    const course = courseProgress(outline, state);
    const status = certificateStatus({ postTestPassed: passed.length > 0, requireAllLessons: config.requireAllLessons, course });
    const certText =
      status === 'ready'
        ? fill(s['progress.certReady'], { score: number(best) })
        : status === 'needs-lessons'
          ? fill(s['progress.certNeedsLessons'], { done: course.done, total: course.total })
          : fill(s['progress.certNeedsPost'], { mark: config.passMark });
    this.#text(this, '[data-cert-status]', certText);
    this.querySelector('[data-cert]')?.setAttribute('data-state', status);
  }

  async #renderStorage(): Promise<void> {
    const s = this.#strings;
    const store = getStore();
    const persistent = store.mode === 'local' && (await isPersistent());
    // What is true now: a device that cannot save (full, or holding newer data) is never called saved.
    const state = store.saveState() === 'memory' ? 'memory' : store.saveState() === 'failing' ? 'failing' : persistent ? 'persistent' : 'local';
    const [label, note]: [string, string] = {
      memory: [s['progress.storageMemory'], s['progress.storageMemoryNote']],
      failing: [s['progress.storageFailing'], s['progress.storageFailingNote']],
      persistent: [s['progress.storagePersistent'], s['progress.storagePersistentNote']],
      local: [s['progress.storageLocal'], s['progress.storageLocalNote']],
    }[state] as [string, string];
    this.#text(this, '[data-storage-state]', label);
    this.#text(this, '[data-storage-note]', note);
    this.querySelector('[data-storage]')?.setAttribute('data-state', state);
    const ask = this.querySelector<HTMLButtonElement>('[data-persist-ask]');
    if (ask) {
      ask.hidden = store.mode === 'memory' || persistent || !navigator.storage?.persist;
      ask.disabled = false;
    }
  }

  async #askPersist(button: HTMLButtonElement): Promise<void> {
    button.disabled = true;
    let granted = false;
    try {
      granted = await navigator.storage.persist();
    } catch {
      granted = false;
    }
    getStore().update(progressRecord, (p) => markPersistAsked(p, new Date()));
    this.#text(this, '[data-persist-result]', granted ? this.#strings['progress.persistGranted'] : this.#strings['progress.persistDenied']);
    await this.#renderStorage();
    // The button disappears once storage is persistent; keep focus near the answer.
    if (button.hidden) this.querySelector<HTMLElement>('[data-storage-heading]')?.focus();
  }

  #text(scope: ParentNode, selector: string, text: string): void {
    setText(scope, selector, text);
  }
}

customElements.define('netral-progress-page', NetralProgressPage);

// <netral-lesson-progress>: sits at the end of a lesson, after its sources. It records the lesson as opened
// and as the last one visited, records "reached the end" when the learner scrolls it into view, and says where the
// lesson stands under the completion rule (src/lib/progress.ts). When a lesson becomes completed on this
// page for the first time on this device, it asks the browser to keep the site's data (persistent storage)
// and says what the browser answered. Lesson id and check come from data-* attributes, the sentences from
// /teks.json when there is first something to say (lateStrings()).
import { lessonStatus, markOpened, markPersistAsked, markReachedEnd, markVisited, openedRecord, progressRecord, readLearnerState, type LessonStatus } from '../lib/progress';
import { checksRecord } from '../lib/quiz/records';
import type { GroupKey } from '../i18n/groups';
import { KitElement, lateStringsOrNull, setText } from './kit';
import { getStore } from './storage';

class NetralLessonProgress extends KitElement {
  #status: LessonStatus = 'not-started';

  protected start(signal: AbortSignal): void {
    const id = this.dataset['lessonId'];
    if (!id) return;
    const store = getStore();
    // Opening a lesson starts it; written before the visit, so whoever reacts to the visit sees both.
    store.update(openedRecord, (o) => markOpened(o, id, new Date()));
    store.update(progressRecord, (p) => markVisited(p, id, new Date()));
    this.#status = this.#render();
    this.watch(store, (event) => {
      if (event.type !== 'change' || (event.record !== progressRecord.name && event.record !== checksRecord.name)) return;
      const before = this.#status;
      this.#status = this.#render();
      if (before !== 'completed' && this.#status === 'completed' && event.source === 'local') void this.#askPersist();
    });
    // This element is the end-of-lesson sentinel: once any of it is on screen, the learner reached the end.
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      store.update(progressRecord, (p) => markReachedEnd(p, id, new Date()));
    });
    observer.observe(this);
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  }

  #render(): LessonStatus {
    const status = lessonStatus({ id: this.dataset['lessonId'] ?? '', hasCheck: this.dataset['hasCheck'] !== 'false' }, readLearnerState(getStore()));
    void this.#say('[data-lesson-status]', status === 'completed' ? 'progress.lessonDone' : status === 'read' ? 'progress.lessonNeedsCheck' : undefined, () => this.#status === status);
    this.toggleAttribute('data-completed', status === 'completed');
    const link = this.querySelector<HTMLElement>('[data-check-link]');
    if (link) link.hidden = status !== 'read';
    return status;
  }

  /**
   * Puts the sentence `key` (none: empty) in `selector`'s live region, once the strings are here and if `still()`
   * holds then (the status may have changed meanwhile).
   */
  async #say(selector: string, key: GroupKey<'lessonProgress'> | undefined, still = () => true): Promise<void> {
    if (!key) {
      setText(this, selector, '');
      return;
    }
    // Without the strings file the status still counts (data-completed, the link to the check).
    const strings = await lateStringsOrNull('lessonProgress');
    if (strings && still()) setText(this, selector, strings[key]);
  }

  // Asked once per device, after the first lesson completed here; the answer is shown either way.
  async #askPersist(): Promise<void> {
    const store = getStore();
    if (store.mode !== 'local' || store.read(progressRecord).persistAskedAt || !navigator.storage?.persist) return;
    store.update(progressRecord, (p) => markPersistAsked(p, new Date()));
    let granted = false;
    try {
      granted = (await navigator.storage.persisted()) || (await navigator.storage.persist());
    } catch {
      granted = false;
    }
    await this.#say('[data-persist]', granted ? 'progress.persistGranted' : 'progress.persistDenied');
  }
}

customElements.define('netral-lesson-progress', NetralLessonProgress);

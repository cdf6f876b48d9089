// <netral-resume>: near the top of a long lesson, offers "Lanjutkan membaca: <section>" where the learner
// stopped last time (a link, never a forced jump), and notes the section being read as the learner scrolls
// ("netral:reading", src/lib/resume.ts). Starts when the browser is idle (islands.ts); reading the lesson
// needs none of it. The page renders only the empty element (lesson pages have a byte budget).
import { currentSection, readingRecord, resumeTarget } from '../lib/resume';
import { h, KitElement } from './kit';
import { getStore } from './storage';

class NetralResume extends KitElement {
  protected start(signal: AbortSignal): void {
    const main = this.closest<HTMLElement>('[data-lesson-id]');
    const lessonId = main?.dataset['lessonId'];
    const body = main?.querySelector('.lesson-body');
    if (!main || !lessonId || !body) return;
    const headings = [...body.querySelectorAll<HTMLElement>('h2[id]')];
    const ids = headings.map((heading) => heading.id);
    const store = getStore();
    const saved = store.read(readingRecord).lessons[lessonId]?.section;
    const target = resumeTarget(saved, ids);
    const heading = target ? headings[ids.indexOf(target)] : undefined;
    if (heading && !location.hash) {
      // "Lanjutkan membaca: <section>" as a link to the section; following it is the learner's choice.
      const link = h('a', { text: `${this.dataset['label'] ?? ''} ${heading.textContent?.trim() ?? ''}` });
      link.href = `#${heading.id}`;
      // Out of the search index like the page's other controls (the index is built from the HTML anyway).
      this.replaceChildren(h('p', { attrs: { 'data-pagefind-ignore': 'all' } }, [link]));
    }
    if (ids.length === 0) return;
    // Note the section in view, at most once per animation frame and only when it changes.
    let last = saved ?? null;
    let queued = false;
    const line = () => parseFloat(getComputedStyle(document.documentElement).scrollPaddingBlockStart) || 0;
    const note = () => {
      queued = false;
      const section = currentSection(headings.map((el) => ({ id: el.id, top: el.getBoundingClientRect().top })), line() + 8);
      if (!section || section === last) return;
      last = section;
      const data = store.read(readingRecord);
      store.write(readingRecord, { lessons: { ...data.lessons, [lessonId]: { section, at: new Date().toISOString() } } });
    };
    addEventListener('scroll', () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(note);
    }, { passive: true, signal });
  }
}

customElements.define('netral-resume', NetralResume);

// Browser side of one rendered question (QuestionView.astro): reads and restores the learner's answer from
// its controls, applies a layout, moves ordering items by keyboard-operable buttons, locks it, and shows
// feedback from its Reveal. What differs per question type is in one adapter per type
// (src/elements/question-types/); what the feedback marks is decided in src/lib/quiz/feedback.ts. Used by
// <netral-quiz> and <netral-exam>. All learner-visible text is set with textContent.
import type { Answer } from '../lib/quiz/answers';
import { outcomeOf } from '../lib/quiz/feedback';
import type { Key } from '../lib/quiz/key';
import type { Reveal } from '../lib/quiz/reveal';
import { fill, h, link } from './kit';
import { adapterFor } from './question-types';
import { icon, items, labelled, syncMoveButtons, type QuestionDom, type Strings } from './question-types/dom';

export class QuestionController {
  readonly id: string;
  readonly el: HTMLElement;
  readonly reveal: Reveal;
  readonly #strings: Strings;
  readonly #dom: QuestionDom;
  #onChange: () => void;

  constructor(el: HTMLElement, reveal: Reveal, strings: Strings, onChange: () => void = () => {}) {
    this.el = el;
    this.id = el.dataset['question'] ?? '';
    this.reveal = reveal;
    this.#strings = strings;
    this.#dom = { el, id: this.id, uid: el.id, touched: false };
    this.#onChange = onChange;
    el.addEventListener('change', () => {
      adapterFor(this.key).changed?.(this.#dom);
      this.#onChange();
    });
    el.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-move]');
      if (button && el.contains(button)) this.#move(button);
    });
  }

  get key(): Key {
    return this.reveal.key;
  }

  set onChange(listener: () => void) {
    this.#onChange = listener;
  }

  /** The answer the controls show now, or undefined when nothing is chosen. */
  answer(): Answer | undefined {
    return adapterFor(this.key).read(this.#dom, this.key);
  }

  /** Shows `answer` in the controls (undefined clears them). */
  setAnswer(answer: Answer | undefined): void {
    adapterFor(this.key).write(this.#dom, this.key, answer);
  }

  /** Puts options (or right sides, or items) in the given display order. */
  applyLayout(layout: readonly string[]): void {
    adapterFor(this.key).layout(this.#dom, this.key, layout);
  }

  /** Enables or disables every control. */
  setLocked(locked: boolean): void {
    for (const control of this.el.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('input, select, button[data-move]')) {
      control.disabled = locked;
    }
    this.el.toggleAttribute('data-locked', locked);
    if (!locked) syncMoveButtons(this.#dom);
  }

  /** Sets the visible question number text ("Soal 3"). */
  setNumber(text: string): void {
    const number = this.el.querySelector('[data-number]');
    if (number) number.textContent = text;
  }

  /** Removes feedback and option marks. */
  clearFeedback(): void {
    this.el.querySelector('[data-feedback]')?.replaceChildren();
    for (const tag of this.el.querySelectorAll('.tag')) tag.remove();
    for (const marked of this.el.querySelectorAll('[data-result]')) marked.removeAttribute('data-result');
    this.el.removeAttribute('data-outcome');
  }

  /**
   * Marks the options and fills the feedback region: right or wrong, the learner's answer and the right
   * one, option feedback, the explanation and the cited rule.
   */
  showFeedback(answer: Answer | undefined, points: number): HTMLElement | null {
    this.clearFeedback();
    const s = this.#strings;
    const region = this.el.querySelector<HTMLElement>('[data-feedback]');
    if (!region) return null;
    const outcome = outcomeOf(points);
    this.el.dataset['outcome'] = outcome;
    const headline =
      outcome === 'correct' ? s['quiz.correct'] : outcome === 'partial' ? fill(s['quiz.partial'], { pct: Math.round(points * 100) }) : s['quiz.incorrect'];
    region.append(h('p', { class: 'feedback__verdict' }, [icon(outcome), headline]));
    if (answer === undefined) region.append(labelled(s['quiz.yourAnswer'], s['quiz.noAnswer']));
    region.append(...adapterFor(this.key).mark(this.#dom, this.key, answer, outcome !== 'correct', this.reveal, s));
    region.append(labelled(s['quiz.explanation'], this.reveal.explanation));
    // The kind of source (regulation, guideline…) as a badge before the link, when the build named one.
    const { badge, kind } = this.reveal.citation;
    region.append(
      h('p', { class: 'feedback__citation' }, [
        h('strong', { text: s['quiz.citation'] }),
        ' ',
        ...(badge ? [h('span', { class: `badge badge--source-${kind ?? 'regulation'}`, text: badge }), ' '] : []),
        link(this.reveal.citation.href, this.reveal.citation.label),
      ]),
    );
    return region;
  }

  #move(button: HTMLButtonElement): void {
    const li = button.closest<HTMLElement>('[data-item]');
    const list = li?.parentElement;
    if (!li || !list || button.disabled) return;
    const up = button.dataset['move'] === 'up';
    const sibling = up ? li.previousElementSibling : li.nextElementSibling;
    if (!sibling) return;
    if (up) list.insertBefore(li, sibling);
    else list.insertBefore(sibling, li);
    this.#dom.touched = true;
    syncMoveButtons(this.#dom);
    // Keep focus on the moved item: the same button if it can still move, else its other button.
    const again = li.querySelector<HTMLButtonElement>(`button[data-move="${up ? 'up' : 'down'}"]`);
    const other = li.querySelector<HTMLButtonElement>(`button[data-move="${up ? 'down' : 'up'}"]`);
    (again && !again.disabled ? again : other)?.focus();
    const all = items(this.#dom);
    const status = this.el.querySelector('[data-order-status]');
    if (status) {
      status.textContent = fill(this.#strings['quiz.moved'], {
        item: li.querySelector('.order__text')?.firstChild?.textContent ?? '',
        n: all.indexOf(li) + 1,
        total: all.length,
      });
    }
    this.#onChange();
  }
}

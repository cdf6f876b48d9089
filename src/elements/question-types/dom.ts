// DOM helpers the question-type adapters share: reading and setting inputs, the rows and items of a
// rendered question (QuestionView.astro), and the feedback's building blocks. Browser only.
import type { GroupStrings } from '../../i18n/groups';
import { noteLabel } from '../../lib/quiz/feedback';
import { h } from '../kit';

/** The strings a question needs (the knowledge check's and the exam's groups include them). */
export type Strings = GroupStrings<'question'>;

/** One rendered question as the adapters see it. */
export interface QuestionDom {
  el: HTMLElement;
  /** Question id (data-question). */
  id: string;
  /** The id prefix of its controls (the element's id). */
  uid: string;
  /** An ordering question counts as answered once the learner moved an item. */
  touched: boolean;
}

/** The values of the checked inputs named `name`. */
export function checked(q: QuestionDom, name: string): string[] {
  return [...q.el.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);
}

/** Checks exactly the inputs named `name` whose value is in `values`. */
export function check(q: QuestionDom, name: string, values: readonly string[]): void {
  for (const input of q.el.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)) input.checked = values.includes(input.value);
}

/** An option's list item. */
export function option(q: QuestionDom, id: string): Element | null {
  return q.el.querySelector(`[data-option="${CSS.escape(id)}"]`);
}

/** The visible text of an option's list item. */
export function optionText(li: Element | null): string {
  return li?.querySelector('.option__text')?.textContent ?? '';
}

/** The rows of a matching question with their selects. */
export function rows(q: QuestionDom): { li: HTMLElement; pair: string; select: HTMLSelectElement }[] {
  return [...q.el.querySelectorAll<HTMLElement>('[data-pair]')].flatMap((li) => {
    const select = li.querySelector('select');
    return select ? [{ li, pair: li.dataset['pair'] ?? '', select }] : [];
  });
}

/** The items of an ordering question in display order. */
export function items(q: QuestionDom): HTMLElement[] {
  return [...q.el.querySelectorAll<HTMLElement>('[data-item]')];
}

/** Puts the children of `list` (identified by data-`attribute`) in `order`. */
export function reorder(list: Element | null, attribute: string, order: readonly string[]): void {
  if (!list) return;
  const byId = new Map([...list.children].map((c) => [(c as HTMLElement).dataset[attribute] ?? '', c]));
  for (const id of order) {
    const child = byId.get(id);
    if (child) list.append(child);
  }
}

/** The first ordering item cannot move up and the last cannot move down. */
export function syncMoveButtons(q: QuestionDom): void {
  if (q.el.hasAttribute('data-locked')) return;
  const list = items(q);
  list.forEach((li, index) => {
    const up = li.querySelector<HTMLButtonElement>('button[data-move="up"]');
    const down = li.querySelector<HTMLButtonElement>('button[data-move="down"]');
    if (up) up.disabled = index === 0;
    if (down) down.disabled = index === list.length - 1;
  });
}

/** "<strong>label</strong> value" as a feedback line. */
export function labelled(label: string, value: string, className = 'feedback__line'): HTMLElement {
  return h('p', { class: className }, [h('strong', { text: label }), ` ${value}`]);
}

/** A labelled list ("Jawaban yang benar:" and its items). */
export function listParagraph(label: string, entries: string[], ordered = false): HTMLElement {
  return h('div', { class: 'feedback__line' }, [
    h('p', {}, [h('strong', { text: label })]),
    h(ordered ? 'ol' : 'ul', {}, entries.map((text) => h('li', { text }))),
  ]);
}

/** A visible tag beside a control: right or wrong. */
export function tag(label: string, kind: 'correct' | 'wrong'): HTMLElement {
  return h('span', { class: `tag tag--${kind}` }, [icon(kind === 'correct' ? 'correct' : 'incorrect', 14), label]);
}

/** Marks an option right or wrongly chosen; the tag says whether the learner chose it. */
export function markOption(li: Element, result: 'correct' | 'wrong', s: Strings): void {
  li.setAttribute('data-result', result);
  const chosen = li.querySelector<HTMLInputElement>('input')?.checked === true;
  const label = result === 'wrong' ? s['quiz.tagChosenWrong'] : chosen ? s['quiz.tagChosenRight'] : s['quiz.tagCorrect'];
  li.querySelector('.option__label')?.append(tag(label, result));
}

/** Feedback notes the author wrote for the options the learner chose. */
export function optionNotes(q: QuestionDom, feedback: Readonly<Record<string, string>>, chosen: readonly string[]): HTMLElement[] {
  return chosen.flatMap((id) => {
    const note = feedback[id];
    return note ? [labelled(noteLabel(optionText(option(q, id))), note, 'feedback__note')] : [];
  });
}

const paths = {
  correct: 'M20 6 9 17l-5-5',
  incorrect: 'M18 6 6 18M6 6l12 12',
  partial: 'M5 12h14',
};

/** A small SVG icon (emoji are not reliable on every device). */
export function icon(kind: keyof typeof paths, size = 20): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  const attrs = {
    'aria-hidden': 'true',
    width: String(size),
    height: String(size),
    viewBox: '0 0 24 24',
    fill: 'none',
    stroke: 'currentColor',
    'stroke-width': '3',
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
    class: 'icon',
  };
  for (const [name, value] of Object.entries(attrs)) svg.setAttribute(name, value);
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', paths[kind]);
  svg.append(path);
  return svg;
}

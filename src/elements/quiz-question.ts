// Browser side of one rendered question (QuestionView.astro): reads and restores the learner's answer from
// its controls, applies a layout, moves ordering items by keyboard-operable buttons, locks it, and shows
// feedback from its Reveal. Used by <netral-quiz> and <netral-exam>. All learner-visible text is set with
// textContent.
import type { Answer, ScenarioAnswer } from '../lib/quiz/answers';
import type { Key } from '../lib/quiz/key';
import { matchToken, type Reveal } from '../lib/quiz/reveal';
import { isFullMarks } from '../lib/quiz/scoring';
import type { GroupStrings } from '../i18n/groups';
import { fill } from './kit';

/** The strings a question needs (the knowledge check's group; the exam's group holds them too). */
type Strings = GroupStrings<'quiz'>;

export class QuestionController {
  readonly id: string;
  readonly el: HTMLElement;
  readonly reveal: Reveal;
  readonly #strings: Strings;
  #onChange: () => void;
  /** An ordering question counts as answered once the learner moved an item. */
  #touched = false;

  constructor(el: HTMLElement, reveal: Reveal, strings: Strings, onChange: () => void = () => {}) {
    this.el = el;
    this.id = el.dataset['question'] ?? '';
    this.reveal = reveal;
    this.#strings = strings;
    this.#onChange = onChange;
    el.addEventListener('change', () => this.#onChange());
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
    const key = this.key;
    const checked = (name: string) =>
      [...this.el.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);
    const uid = this.el.id;
    switch (key.type) {
      case 'single':
        return checked(uid)[0];
      case 'multiple': {
        const values = checked(uid);
        return values.length ? values : undefined;
      }
      case 'truefalse': {
        const value = checked(uid)[0];
        return value === undefined ? undefined : value === 'true';
      }
      case 'scenario': {
        const out: ScenarioAnswer = {};
        const verdict = checked(`${uid}-verdict`)[0];
        const rule = checked(`${uid}-rule`)[0];
        if (verdict === 'melanggar' || verdict === 'tidak-melanggar') out.verdict = verdict;
        if (rule) out.rule = rule;
        return out.verdict || out.rule ? out : undefined;
      }
      case 'matching': {
        const byToken = new Map(key.pairs.map((p) => [matchToken(this.id, p), p]));
        const out: Record<string, string> = {};
        for (const row of this.#rows()) {
          const chosen = byToken.get(row.select.value);
          if (chosen) out[row.pair] = chosen;
        }
        return Object.keys(out).length ? out : undefined;
      }
      case 'ordering':
        return this.#touched ? this.#items().map((li) => li.dataset['item'] ?? '') : undefined;
    }
  }

  /** Shows `answer` in the controls (undefined clears them). */
  setAnswer(answer: Answer | undefined): void {
    const key = this.key;
    const uid = this.el.id;
    const check = (name: string, values: string[]) => {
      for (const input of this.el.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)) input.checked = values.includes(input.value);
    };
    switch (key.type) {
      case 'single':
        check(uid, typeof answer === 'string' ? [answer] : []);
        break;
      case 'multiple':
        check(uid, Array.isArray(answer) ? answer : []);
        break;
      case 'truefalse':
        check(uid, typeof answer === 'boolean' ? [String(answer)] : []);
        break;
      case 'scenario': {
        const a = (answer ?? {}) as ScenarioAnswer;
        check(`${uid}-verdict`, a.verdict ? [a.verdict] : []);
        check(`${uid}-rule`, a.rule ? [a.rule] : []);
        break;
      }
      case 'matching': {
        const a = (answer ?? {}) as Record<string, string>;
        for (const row of this.#rows()) {
          const right = a[row.pair];
          row.select.value = right ? matchToken(this.id, right) : '';
        }
        break;
      }
      case 'ordering':
        if (Array.isArray(answer)) {
          this.#reorder(this.el.querySelector('[data-order]'), 'item', answer);
          this.#touched = true;
        } else this.#touched = false;
        this.#syncMoveButtons();
        break;
    }
  }

  /** Puts options (or right sides, or items) in the given display order. */
  applyLayout(layout: readonly string[]): void {
    const key = this.key;
    if (key.type === 'matching') {
      for (const row of this.#rows()) {
        const options = new Map([...row.select.options].map((o) => [o.value, o]));
        const value = row.select.value;
        for (const pair of layout) {
          const option = options.get(matchToken(this.id, pair));
          if (option) row.select.append(option);
        }
        row.select.value = value;
      }
    } else if (key.type === 'ordering') {
      this.#reorder(this.el.querySelector('[data-order]'), 'item', layout);
      this.#syncMoveButtons();
    } else {
      this.#reorder(this.el.querySelector('[data-options]'), 'option', layout);
    }
  }

  /** Enables or disables every control. */
  setLocked(locked: boolean): void {
    for (const control of this.el.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLButtonElement>('input, select, button[data-move]')) {
      control.disabled = locked;
    }
    this.el.toggleAttribute('data-locked', locked);
    if (!locked) this.#syncMoveButtons();
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
    const outcome = isFullMarks(points) ? 'correct' : points > 0 ? 'partial' : 'incorrect';
    this.el.dataset['outcome'] = outcome;
    const verdict = el('p', 'feedback__verdict');
    verdict.append(icon(outcome), text(outcome === 'correct' ? s['quiz.correct'] : outcome === 'partial' ? fill(s['quiz.partial'], { pct: Math.round(points * 100) }) : s['quiz.incorrect']));
    region.append(verdict);
    if (answer === undefined) region.append(labelled(s['quiz.yourAnswer'], s['quiz.noAnswer']));
    const notes = this.#markAndDescribe(answer, outcome !== 'correct');
    region.append(...notes);
    region.append(labelled(s['quiz.explanation'], this.reveal.explanation));
    const citation = el('p', 'feedback__citation');
    const link = document.createElement('a');
    link.href = this.reveal.citation.href;
    link.textContent = this.reveal.citation.label;
    citation.append(strong(s['quiz.citation']), text(' '));
    const { badge: kindBadge, kind } = this.reveal.citation;
    if (kindBadge) {
      const badge = el('span', `badge badge--source-${kind ?? 'regulation'}`);
      badge.textContent = kindBadge;
      citation.append(badge, text(' '));
    }
    citation.append(link);
    region.append(citation);
    return region;
  }

  // Marks controls with visible tags and returns feedback paragraphs (option feedback, the right answer).
  #markAndDescribe(answer: Answer | undefined, showRight: boolean): HTMLElement[] {
    const s = this.#strings;
    const key = this.key;
    const out: HTMLElement[] = [];
    const optionText = (li: Element | null) => li?.querySelector('.option__text')?.textContent ?? '';
    // Right options are marked whether chosen or not; the tag says which of them the learner chose.
    const markOption = (li: Element, result: 'correct' | 'wrong') => {
      li.setAttribute('data-result', result);
      const chosen = li.querySelector<HTMLInputElement>('input')?.checked === true;
      const label = result === 'wrong' ? s['quiz.tagChosenWrong'] : chosen ? s['quiz.tagChosenRight'] : s['quiz.tagCorrect'];
      li.querySelector('.option__label')?.append(tag(label, result));
    };
    const optionFeedback = (chosen: string[]) => {
      for (const id of chosen) {
        const note = this.reveal.feedback[id];
        if (note) out.push(labelled(`${optionText(this.#option(id))}:`, note, 'feedback__note'));
      }
    };
    switch (key.type) {
      case 'single':
      case 'multiple':
      case 'truefalse': {
        const right = key.type === 'truefalse' ? [String(key.answer)] : key.type === 'single' ? [key.answer] : key.answer;
        const chosen = answer === undefined ? [] : Array.isArray(answer) ? (answer as string[]) : [String(answer)];
        for (const li of this.el.querySelectorAll('[data-option]')) {
          const id = (li as HTMLElement).dataset['option'] ?? '';
          if (right.includes(id)) markOption(li, 'correct');
          else if (chosen.includes(id)) markOption(li, 'wrong');
        }
        optionFeedback(chosen);
        if (showRight) out.push(listParagraph(s['quiz.rightAnswer'], right.map((id) => optionText(this.#option(id)))));
        break;
      }
      case 'scenario': {
        const a = (answer ?? {}) as ScenarioAnswer;
        for (const li of this.el.querySelectorAll<HTMLElement>('[data-verdict]')) {
          const value = li.dataset['verdict'];
          if (value === key.verdict) markOption(li, 'correct');
          else if (value === a.verdict) markOption(li, 'wrong');
        }
        for (const li of this.el.querySelectorAll<HTMLElement>('[data-option]')) {
          const id = li.dataset['option'];
          if (id === key.answer) markOption(li, 'correct');
          else if (id === a.rule) markOption(li, 'wrong');
        }
        optionFeedback(a.rule ? [a.rule] : []);
        const verdictText = optionText(this.el.querySelector(`[data-verdict="${key.verdict}"]`));
        if (showRight) out.push(listParagraph(s['quiz.rightAnswer'], [verdictText, optionText(this.#option(key.answer))]));
        break;
      }
      case 'matching': {
        const a = (answer ?? {}) as Record<string, string>;
        const rightText = (pair: string) => {
          const select = this.el.querySelector<HTMLSelectElement>(`[data-pair="${pair}"] select`);
          return [...(select?.options ?? [])].find((o) => o.value === matchToken(this.id, pair))?.textContent ?? '';
        };
        const lines: string[] = [];
        for (const row of this.#rows()) {
          const ok = a[row.pair] === row.pair;
          row.li.setAttribute('data-result', ok ? 'correct' : 'wrong');
          row.li.append(tag(ok ? s['quiz.tagCorrect'] : fill(s['quiz.tagShouldMatch'], { right: rightText(row.pair) }), ok ? 'correct' : 'wrong'));
          lines.push(`${row.li.querySelector('label')?.textContent?.trim() ?? ''} → ${rightText(row.pair)}`);
        }
        if (showRight) out.push(listParagraph(s['quiz.rightAnswer'], lines));
        break;
      }
      case 'ordering': {
        const items = this.#items();
        items.forEach((li, index) => {
          const correctIndex = key.items.indexOf(li.dataset['item'] ?? '');
          const ok = answer !== undefined && correctIndex === index;
          li.setAttribute('data-result', ok ? 'correct' : 'wrong');
          li.querySelector('.order__text')?.append(tag(ok ? s['quiz.tagRightPlace'] : fill(s['quiz.tagShouldBe'], { n: correctIndex + 1 }), ok ? 'correct' : 'wrong'));
        });
        const textOf = (id: string) => this.el.querySelector(`[data-item="${id}"] .order__text`)?.firstChild?.textContent ?? '';
        if (showRight) out.push(listParagraph(s['quiz.rightAnswer'], key.items.map(textOf), true));
        break;
      }
    }
    return out;
  }

  #option(id: string): Element | null {
    return this.el.querySelector(`[data-option="${CSS.escape(id)}"]`);
  }

  #rows(): { li: HTMLElement; pair: string; select: HTMLSelectElement }[] {
    return [...this.el.querySelectorAll<HTMLElement>('[data-pair]')].flatMap((li) => {
      const select = li.querySelector('select');
      return select ? [{ li, pair: li.dataset['pair'] ?? '', select }] : [];
    });
  }

  #items(): HTMLElement[] {
    return [...this.el.querySelectorAll<HTMLElement>('[data-item]')];
  }

  #reorder(list: Element | null, attribute: string, order: readonly string[]): void {
    if (!list) return;
    const byId = new Map([...list.children].map((c) => [(c as HTMLElement).dataset[attribute] ?? '', c]));
    for (const id of order) {
      const child = byId.get(id);
      if (child) list.append(child);
    }
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
    this.#touched = true;
    this.#syncMoveButtons();
    // Keep focus on the moved item: the same button if it can still move, else its other button.
    const again = li.querySelector<HTMLButtonElement>(`button[data-move="${up ? 'up' : 'down'}"]`);
    const other = li.querySelector<HTMLButtonElement>(`button[data-move="${up ? 'down' : 'up'}"]`);
    (again && !again.disabled ? again : other)?.focus();
    const items = this.#items();
    const status = this.el.querySelector('[data-order-status]');
    if (status) {
      status.textContent = fill(this.#strings['quiz.moved'], {
        item: li.querySelector('.order__text')?.firstChild?.textContent ?? '',
        n: items.indexOf(li) + 1,
        total: items.length,
      });
    }
    this.#onChange();
  }

  // The first item cannot move up and the last cannot move down.
  #syncMoveButtons(): void {
    if (this.el.hasAttribute('data-locked')) return;
    const items = this.#items();
    items.forEach((li, index) => {
      const up = li.querySelector<HTMLButtonElement>('button[data-move="up"]');
      const down = li.querySelector<HTMLButtonElement>('button[data-move="down"]');
      if (up) up.disabled = index === 0;
      if (down) down.disabled = index === items.length - 1;
    });
  }
}

function el(tagName: string, className: string): HTMLElement {
  const node = document.createElement(tagName);
  node.className = className;
  return node;
}

function text(value: string): Text {
  return document.createTextNode(value);
}

function strong(value: string): HTMLElement {
  const node = document.createElement('strong');
  node.textContent = value;
  return node;
}

function labelled(label: string, value: string, className = 'feedback__line'): HTMLElement {
  const p = el('p', className);
  p.append(strong(label), text(` ${value}`));
  return p;
}

function listParagraph(label: string, items: string[], ordered = false): HTMLElement {
  const wrap = el('div', 'feedback__line');
  const heading = el('p', '');
  heading.append(strong(label));
  const list = document.createElement(ordered ? 'ol' : 'ul');
  for (const item of items) {
    const li = document.createElement('li');
    li.textContent = item;
    list.append(li);
  }
  wrap.append(heading, list);
  return wrap;
}

function tag(label: string, kind: 'correct' | 'wrong'): HTMLElement {
  const node = el('span', `tag tag--${kind}`);
  node.append(icon(kind === 'correct' ? 'correct' : 'incorrect', 14), text(label));
  return node;
}

const paths = {
  correct: 'M20 6 9 17l-5-5',
  incorrect: 'M18 6 6 18M6 6l12 12',
  partial: 'M5 12h14',
};

/** A small SVG icon (emoji are not reliable on every device). */
function icon(kind: keyof typeof paths, size = 20): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('fill', 'none');
  svg.setAttribute('stroke', 'currentColor');
  svg.setAttribute('stroke-width', '3');
  svg.setAttribute('stroke-linecap', 'round');
  svg.setAttribute('stroke-linejoin', 'round');
  svg.setAttribute('class', 'icon');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', paths[kind]);
  svg.append(path);
  return svg;
}

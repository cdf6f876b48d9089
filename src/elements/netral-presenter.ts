// <netral-presenter>: the presenter view around a <netral-deck data-role="presenter">: a preview of the
// next slide, the current slide's notes, the elapsed time (kept across reloads, see
// src/lib/slides/timer.ts for the stored shape) and the clock. The deck inside keeps both windows in
// step; this element only follows its "deck-change" events. Strings come from data-strings.
import { NetralDeck, type DeckChange } from './netral-deck';
import { elapsedMs, formatClock, formatDuration, parseTimer, startTimer, togglePause, TIMER_KEY, type Timer } from '../lib/slides/timer';

interface PresenterStrings {
  endOfDeck: string;
  pause: string;
  resume: string;
  noNotes: string;
}

class NetralPresenter extends HTMLElement {
  #deck: NetralDeck | null = null;
  #timer: Timer = startTimer(Date.now());
  #strings: PresenterStrings = { endOfDeck: '', pause: '', resume: '', noNotes: '' };

  connectedCallback(): void {
    const deck = this.querySelector('netral-deck');
    if (!(deck instanceof NetralDeck)) return;
    this.#deck = deck;
    try {
      this.#strings = { ...this.#strings, ...(JSON.parse(this.dataset['strings'] ?? '{}') as Partial<PresenterStrings>) };
    } catch {
      // Built strings are always valid JSON; keep going without labels if not.
    }
    this.#timer = this.#loadTimer();
    this.querySelector('[data-timer-pause]')?.addEventListener('click', () => this.#saveTimer(togglePause(this.#timer, Date.now())));
    this.querySelector('[data-timer-reset]')?.addEventListener('click', () => this.#saveTimer(startTimer(Date.now())));
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-timer-pause], [data-timer-reset]')) button.disabled = false;
    deck.addEventListener('deck-change', (event) => this.#show((event as CustomEvent<DeckChange>).detail));
    // The tally is typed here, out of the room's sight: keep its fields open in this window.
    for (const tally of deck.querySelectorAll<HTMLDetailsElement>('[data-tally]')) tally.open = true;
    this.setAttribute('data-ready', '');
    if (deck.hasAttribute('data-ready')) this.#show(deck.snapshot());
    this.#tick();
    setInterval(() => this.#tick(), 1000);
  }

  #show({ index, total }: DeckChange): void {
    const frames = this.#deck?.frames ?? [];
    const next = this.querySelector<HTMLElement>('[data-next-view]');
    if (next) {
      const slide = index + 1 < total ? frames[index + 1]?.querySelector('.slide') : null;
      next.replaceChildren(slide ? this.#preview(slide) : this.#text(this.#strings.endOfDeck));
    }
    const notes = this.querySelector<HTMLElement>('[data-notes-view]');
    const source = frames[index]?.querySelector('.deck__frame-notes');
    if (notes) notes.replaceChildren(...(source ? [...source.childNodes].map((n) => n.cloneNode(true)) : [this.#text(this.#strings.noNotes)]));
  }

  /** A look-only copy of a slide: no ids, nothing focusable, hidden from assistive technology. */
  #preview(slide: Element): HTMLElement {
    const frame = document.createElement('div');
    frame.className = 'deck__frame presenter__preview';
    const copy = slide.cloneNode(true) as HTMLElement;
    for (const el of [copy, ...copy.querySelectorAll<HTMLElement>('*')]) {
      el.removeAttribute('id');
      el.removeAttribute('for');
      if (el.matches('a, button, input, summary, [tabindex]')) el.setAttribute('tabindex', '-1');
    }
    copy.removeAttribute('aria-label');
    copy.removeAttribute('aria-roledescription');
    frame.inert = true;
    frame.setAttribute('aria-hidden', 'true');
    frame.append(copy);
    return frame;
  }

  #text(text: string): HTMLElement {
    const p = document.createElement('p');
    p.className = 'presenter__empty';
    p.textContent = text;
    return p;
  }

  #tick(): void {
    const now = Date.now();
    const elapsed = this.querySelector('[data-elapsed]');
    if (elapsed) elapsed.textContent = formatDuration(elapsedMs(this.#timer, now));
    const clock = this.querySelector('[data-clock]');
    if (clock) clock.textContent = formatClock(new Date(now));
    const pause = this.querySelector('[data-timer-pause]');
    if (pause) {
      pause.textContent = this.#timer.pausedAt === null ? this.#strings.pause : this.#strings.resume;
      pause.setAttribute('aria-pressed', String(this.#timer.pausedAt !== null));
    }
  }

  #key(): string {
    return `${TIMER_KEY}:${this.#deck?.deckId ?? ''}`;
  }

  #loadTimer(): Timer {
    let stored: Timer | null = null;
    try {
      stored = parseTimer(sessionStorage.getItem(this.#key()));
    } catch {
      // Storage refused (privacy settings): the timer then starts again on reload.
    }
    if (stored) return stored;
    const timer = startTimer(Date.now());
    this.#write(timer);
    return timer;
  }

  #saveTimer(timer: Timer): void {
    this.#timer = timer;
    this.#write(timer);
    this.#tick();
  }

  #write(timer: Timer): void {
    try {
      sessionStorage.setItem(this.#key(), JSON.stringify(timer));
    } catch {
      // See #loadTimer.
    }
  }
}

customElements.define('netral-presenter', NetralPresenter);

// <netral-presenter>: wraps the <netral-deck> of a deck page. In the audience window it only steps aside;
// with "?penyaji" in the address (the presenter mode of the same page) it shows a preview of the next
// slide, the current slide's notes, the elapsed time (one timer per deck or session, kept across reloads,
// see src/lib/slides/timer.ts for the stored shape), the clock and, in a session, the planned time of the
// current part. The deck inside keeps both windows in step; this element follows its "deck-change" events.
import { KitElement, h, readStrings } from './kit';
import { NetralDeck, type DeckChange } from './netral-deck';
import { formatDuration } from '../lib/format';
import { elapsedMs, formatClock, parseTimer, startTimer, togglePause, TIMER_KEY, type Timer } from '../lib/slides/timer';

/** A stored timer older than this belongs to an earlier session: start a new one. */
const STALE_MS = 12 * 60 * 60 * 1000;

export class NetralPresenter extends KitElement {
  #deck: NetralDeck | null = null;
  #timer: Timer = startTimer(Date.now());
  #strings = readStrings<'deck'>(this);

  protected async start(signal: AbortSignal): Promise<void> {
    const deck = this.querySelector('netral-deck');
    if (!(deck instanceof NetralDeck)) return;
    this.#deck = deck;
    this.#strings = readStrings<'deck'>(this);
    // The deck decides the mode from the address and may first assemble a session: wait until it has.
    if (!deck.hasAttribute('data-ready')) {
      await new Promise<void>((resolve) => {
        const watch = new MutationObserver(() => {
          if (!deck.hasAttribute('data-ready')) return;
          watch.disconnect();
          resolve();
        });
        watch.observe(deck, { attributes: true, attributeFilter: ['data-ready'] });
      });
    }
    if (deck.deckRole !== 'presenter') {
      this.dataset['mode'] = 'audience';
      return;
    }
    this.dataset['mode'] = 'presenter';
    const title = this.dataset['presenterTitle'];
    if (title) document.title = title;
    this.#timer = this.#loadTimer();
    this.listen(this.querySelector('[data-timer-pause]') ?? this, 'click', () => this.#saveTimer(togglePause(this.#timer, Date.now())));
    this.listen(this.querySelector('[data-timer-reset]') ?? this, 'click', () => this.#saveTimer(startTimer(Date.now())));
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-timer-pause], [data-timer-reset]')) button.disabled = false;
    this.listen<CustomEvent<DeckChange>>(deck, 'deck-change', (event) => this.#show(event.detail));
    // The tally is typed here, out of the room's sight: keep its fields open in this window.
    for (const tally of deck.querySelectorAll<HTMLDetailsElement>('[data-tally]')) tally.open = true;
    this.#show(deck.snapshot());
    this.#tick();
    const timer = setInterval(() => this.#tick(), 1000);
    signal.addEventListener('abort', () => clearInterval(timer));
  }

  #show({ index, total }: DeckChange): void {
    const frames = this.#deck?.frames ?? [];
    const next = this.querySelector<HTMLElement>('[data-next-view]');
    if (next) {
      const slide = index + 1 < total ? frames[index + 1]?.querySelector('.slide') : null;
      next.replaceChildren(slide ? this.#preview(slide) : this.#text(this.#strings['slides.endOfDeck']));
    }
    const notes = this.querySelector<HTMLElement>('[data-notes-view]');
    const source = frames[index]?.querySelector('.deck__frame-notes');
    if (notes) notes.replaceChildren(...(source ? [...source.childNodes].map((n) => n.cloneNode(true)) : [this.#text(this.#strings['slides.noNotes'])]));
    // In a session, the part the current slide belongs to and its planned minutes.
    const part = frames[index]?.dataset['part'];
    const plan = this.querySelector<HTMLElement>('[data-part-label]');
    if (plan) {
      plan.hidden = !part;
      plan.textContent = part ?? '';
    }
  }

  /** A look-only copy of a slide: no ids, nothing focusable, hidden from assistive technology. */
  #preview(slide: Element): HTMLElement {
    const copy = slide.cloneNode(true) as HTMLElement;
    for (const el of [copy, ...copy.querySelectorAll<HTMLElement>('*')]) {
      el.removeAttribute('id');
      el.removeAttribute('for');
      if (el.matches('a, button, input, summary, [tabindex]')) el.setAttribute('tabindex', '-1');
    }
    copy.removeAttribute('aria-label');
    copy.removeAttribute('aria-roledescription');
    const frame = h('div', { class: 'deck__frame presenter__preview', attrs: { 'aria-hidden': 'true' } }, [copy]);
    frame.inert = true;
    return frame;
  }

  #text(text: string): HTMLElement {
    return h('p', { class: 'presenter__empty', text });
  }

  #tick(): void {
    const now = Date.now();
    const elapsed = this.querySelector('[data-elapsed]');
    if (elapsed) elapsed.textContent = formatDuration(elapsedMs(this.#timer, now));
    const clock = this.querySelector('[data-clock]');
    if (clock) clock.textContent = formatClock(new Date(now));
    const pause = this.querySelector('[data-timer-pause]');
    if (pause) {
      pause.textContent = this.#timer.pausedAt === null ? this.#strings['slides.pause'] : this.#strings['slides.resume'];
      pause.setAttribute('aria-pressed', String(this.#timer.pausedAt !== null));
    }
  }

  #key(): string {
    return `${TIMER_KEY}:${this.#deck?.deckId ?? ''}`;
  }

  #loadTimer(): Timer {
    let stored: Timer | null = null;
    try {
      stored = parseTimer(localStorage.getItem(this.#key()));
    } catch {
      // Storage refused (privacy settings): the timer then starts again on reload.
    }
    // Kept in localStorage so a presenter window opened again (P) goes on counting; yesterday's is stale.
    if (stored && Date.now() - stored.startedAt < STALE_MS) return stored;
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
      localStorage.setItem(this.#key(), JSON.stringify(timer));
    } catch {
      // See #loadTimer.
    }
  }
}

customElements.define('netral-presenter', NetralPresenter);

// <netral-deck>: turns the server-rendered sequence of slides into a deck shown one slide at a time.
// Keyboard (arrows, space, Page Up/Down, Home/End, number + Enter, F, O, B, P, J, ?), touch swipe,
// buttons; the address hash keeps the slide; the state (slide, revealed answers, tallies, black screen)
// is shared with the other windows of the same deck over a BroadcastChannel (src/lib/slides/sync.ts),
// so the audience window and the presenter view follow each other both ways, offline.
// Attributes: data-deck (lesson id), data-role ("audience" | "presenter"), data-presenter-url,
// data-strings (JSON of UI strings). Emits "deck-change" with { index, total, state } after each change.
import { clampSlide, hashForSlide, keyCommand, slideFromHash, swipeCommand, type DeckCommand } from '../lib/slides/navigation';
import { CHANNEL_PREFIX, deckMessage, initialState, parseDeckMessage, type DeckShape, type DeckState } from '../lib/slides/sync';
import { parseCount, tallyBars } from '../lib/slides/tally';
import { fillTemplate as format } from '../lib/template';

interface DeckStrings {
  blackOn: string;
  jumpHint: string;
  popupBlocked: string;
  tallyCount: string;
  tallyInvalid: string;
  tallyTotal: string;
}

export interface DeckChange {
  index: number;
  total: number;
  state: DeckState;
}

/** Smallest text scale a crowded slide is shrunk to before it scrolls instead. */
const MIN_FIT = 0.6;

export class NetralDeck extends HTMLElement {
  #frames: HTMLElement[] = [];
  #state: DeckState = initialState();
  #shape: DeckShape = { total: 0, questions: new Map() };
  #digits = '';
  #channel: BroadcastChannel | null = null;
  readonly #id = Math.random().toString(36).slice(2, 12);
  #touch: { x: number; y: number } | null = null;
  #strings: DeckStrings = { blackOn: '', jumpHint: '', popupBlocked: '', tallyCount: '', tallyInvalid: '', tallyTotal: '' };
  #lastAnnounced = -1;

  get deckRole(): 'audience' | 'presenter' {
    return this.dataset['role'] === 'presenter' ? 'presenter' : 'audience';
  }

  get deckId(): string {
    return this.dataset['deck'] ?? '';
  }

  /** The frames (slide plus, in the presenter view, its notes), in order. */
  get frames(): readonly HTMLElement[] {
    return this.#frames;
  }

  /** The current slide, its number and the shared state. */
  snapshot(): DeckChange {
    return { index: this.#state.index, total: this.#frames.length, state: structuredClone(this.#state) };
  }

  connectedCallback(): void {
    this.#frames = [...this.querySelectorAll<HTMLElement>('.deck__frame')];
    if (!this.#frames.length || this.hasAttribute('data-ready')) return;
    try {
      this.#strings = { ...this.#strings, ...(JSON.parse(this.dataset['strings'] ?? '{}') as Partial<DeckStrings>) };
    } catch {
      // Strings are written by the build; if they were ever broken the deck still works, silently.
    }
    const questions = new Map<string, number>();
    for (const frame of this.#frames) {
      const slide = frame.querySelector<HTMLElement>('.slide');
      const id = slide?.dataset['questionId'];
      if (id) questions.set(id, frame.querySelector('[data-tally-form]') ? Number(slide.dataset['options'] ?? 0) : 0);
    }
    this.#shape = { total: this.#frames.length, questions };
    this.#state = initialState(slideFromHash(location.hash, this.#frames.length));

    for (const control of this.querySelectorAll<HTMLButtonElement | HTMLInputElement>('button[disabled], input[disabled]')) control.disabled = false;
    for (const pick of this.querySelectorAll<HTMLButtonElement>('[data-pick]')) {
      pick.addEventListener('click', () => {
        this.#setOverview(false);
        this.#change({ index: Number(pick.dataset['pick']) });
      });
    }
    this.addEventListener('click', (event) => {
      // A click inside a slide (a dilemma's choice, a disclosure) can change its height: fit it again.
      requestAnimationFrame(() => this.#fit());
      const control = (event.target as Element).closest<HTMLElement>('[data-command]');
      if (!control || !this.contains(control)) return;
      event.preventDefault();
      this.run({ type: control.dataset['command'] } as DeckCommand);
    });
    // <details> toggle events do not bubble: listen while they travel down.
    this.addEventListener('toggle', (event) => this.#onToggle(event), true);
    this.addEventListener('input', (event) => this.#onTallyInput(event));
    this.addEventListener('submit', (event) => event.preventDefault());
    document.addEventListener('keydown', (event) => this.#onKey(event));
    // Only a slide number in the address moves the deck (in-page links of a lesson component do not).
    window.addEventListener('hashchange', () => {
      if (/^#\d+$/.test(location.hash)) this.#change({ index: slideFromHash(location.hash, this.#frames.length) });
    });
    const stage = this.querySelector<HTMLElement>('.deck__stage') ?? this;
    stage.addEventListener('touchstart', (event) => this.#onTouchStart(event), { passive: true });
    stage.addEventListener('touchend', (event) => this.#onTouchEnd(event), { passive: true });
    new ResizeObserver(() => this.#fit()).observe(stage);
    document.addEventListener('fullscreenchange', () => this.#syncFullscreen());

    try {
      this.#channel = new BroadcastChannel(CHANNEL_PREFIX + this.deckId);
      this.#channel.addEventListener('message', (event) => this.#onMessage(event.data));
    } catch {
      // No BroadcastChannel (very old browser): the deck works alone, without the presenter sync.
    }
    this.setAttribute('data-ready', '');
    this.#render();
    this.#post({ type: 'hello', from: this.#id });
    // Fit every slide once the deck is idle, and again before printing (a printed deck shows them all).
    setTimeout(() => this.#fitAll(), 300);
    window.addEventListener('beforeprint', () => this.#fitAll());
  }

  /** Runs a deck command, as a key, a swipe or a button asks. */
  run(command: DeckCommand): void {
    const { index, black } = this.#state;
    const last = this.#frames.length - 1;
    switch (command.type) {
      case 'next': {
        // As in most presentation programs, the next press after a black screen brings the slide back.
        if (black) return this.#change({ black: false });
        const question = this.#questionId(index);
        if (question && !this.#state.revealed.includes(question)) return this.#change({ revealed: [...this.#state.revealed, question] });
        return this.#change({ index: Math.min(index + 1, last) });
      }
      case 'previous':
        if (black) return this.#change({ black: false });
        return this.#change({ index: Math.max(index - 1, 0) });
      case 'first':
        return this.#change({ index: 0, black: false });
      case 'last':
        return this.#change({ index: last, black: false });
      case 'goto':
        return this.#change({ index: clampSlide(command.slide - 1, this.#frames.length), black: false });
      case 'black':
        return this.#change({ black: !black });
      case 'reveal': {
        const question = this.#questionId(index);
        if (!question) return;
        const revealed = this.#state.revealed.includes(question)
          ? this.#state.revealed.filter((id) => id !== question)
          : [...this.#state.revealed, question];
        return this.#change({ revealed });
      }
      case 'overview':
        return this.#setOverview(!this.hasAttribute('data-overview'));
      case 'fullscreen':
        return this.#toggleFullscreen();
      case 'presenter':
        return this.#openPresenter();
      case 'help':
        return this.#openHelp();
      case 'escape':
        if (this.hasAttribute('data-overview')) this.#setOverview(false);
        else if (black) this.#change({ black: false });
        return this.#showJump();
    }
  }

  #questionId(index: number): string | undefined {
    return this.#frames[index]?.querySelector<HTMLElement>('.slide')?.dataset['questionId'];
  }

  #onKey(event: KeyboardEvent): void {
    if (event.defaultPrevented || this.querySelector('dialog[open]')) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable="true"]')) {
      // Escape or Enter in a tally field hands the keys back to the deck (the count is already kept).
      if (target.matches('[data-tally-input]') && (event.key === 'Escape' || event.key === 'Enter')) {
        event.preventDefault();
        target.blur();
      }
      return;
    }
    // Space and Enter on a focused button, link or disclosure do what that control does.
    if ((event.key === ' ' || event.key === 'Enter') && target?.closest('button, a, summary')) return;
    if (this.hasAttribute('data-overview') && this.#moveInOverview(event.key)) {
      event.preventDefault();
      return;
    }
    const { command, digits } = keyCommand(event, this.#digits);
    const typed = digits !== this.#digits;
    this.#digits = digits;
    if (typed) this.#showJump();
    if (!command) {
      if (typed) event.preventDefault();
      return;
    }
    if (command.type === 'presenter' && this.deckRole === 'presenter') return;
    event.preventDefault();
    this.#showJump();
    this.run(command);
  }

  /** In the overview, arrow keys move between slides; returns whether the key was used. */
  #moveInOverview(key: string): boolean {
    const picks = [...this.querySelectorAll<HTMLButtonElement>('[data-pick]')];
    const at = picks.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0 || !['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(key)) return false;
    const top = picks[0]?.getBoundingClientRect().top ?? 0;
    const columns = Math.max(1, picks.filter((p) => Math.abs(p.getBoundingClientRect().top - top) < 2).length);
    const step = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -columns, ArrowDown: columns, Home: -picks.length, End: picks.length }[key] ?? 0;
    picks[clampSlide(at + step, picks.length)]?.focus();
    return true;
  }

  #onToggle(event: Event): void {
    const details = event.target as HTMLElement;
    if (!(details instanceof HTMLDetailsElement) || !details.matches('[data-answer]')) return;
    const id = details.closest<HTMLElement>('.slide')?.dataset['questionId'];
    if (!id) return;
    const shown = this.#state.revealed.includes(id);
    if (details.open !== shown) {
      this.#change({ revealed: details.open ? [...this.#state.revealed, id] : this.#state.revealed.filter((q) => q !== id) });
    }
    this.#fit();
  }

  #onTallyInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (!input.matches('[data-tally-input]')) return;
    const slide = input.closest<HTMLElement>('.slide');
    const id = slide?.dataset['questionId'];
    if (!slide || !id) return;
    const fields = [...slide.querySelectorAll<HTMLInputElement>('[data-tally-input]')];
    const counts = fields.map((field) => parseCount(field.value));
    const status = slide.querySelector('[data-tally-status]');
    for (const [i, field] of fields.entries()) field.setAttribute('aria-invalid', String(counts[i] === null));
    if (counts.some((c) => c === null)) {
      if (status) status.textContent = this.#strings.tallyInvalid;
      return;
    }
    this.#change({ tallies: { ...this.#state.tallies, [id]: counts as number[] } });
  }

  #onTouchStart(event: TouchEvent): void {
    const touch = event.touches[0];
    this.#touch = event.touches.length === 1 && touch ? { x: touch.clientX, y: touch.clientY } : null;
  }

  #onTouchEnd(event: TouchEvent): void {
    const touch = event.changedTouches[0];
    if (!this.#touch || !touch || this.hasAttribute('data-overview')) return;
    if ((event.target as Element).closest('input, summary, button, a')) return;
    const command = swipeCommand(touch.clientX - this.#touch.x, touch.clientY - this.#touch.y);
    this.#touch = null;
    if (command) this.run(command);
  }

  #onMessage(raw: unknown): void {
    const message = parseDeckMessage(raw, this.deckId, this.#shape);
    if (!message || message.from === this.#id) return;
    if (message.type === 'hello') this.#post({ type: 'state', from: this.#id, state: this.#state });
    else {
      this.#state = message.state;
      this.#render();
    }
  }

  #post(message: Parameters<typeof deckMessage>[1]): void {
    this.#channel?.postMessage(deckMessage(this.deckId, message));
  }

  /** Applies a local change, shows it and tells the other windows. */
  #change(partial: Partial<DeckState>): void {
    this.#state = { ...this.#state, ...partial };
    this.#render();
    this.#post({ type: 'state', from: this.#id, state: this.#state });
  }

  #render(): void {
    const { index, revealed, tallies, black } = this.#state;
    const total = this.#frames.length;
    for (const [i, frame] of this.#frames.entries()) {
      frame.toggleAttribute('data-current', i === index);
      const slide = frame.querySelector<HTMLElement>('.slide');
      const id = slide?.dataset['questionId'];
      if (!slide || !id) continue;
      const answer = slide.querySelector<HTMLDetailsElement>('[data-answer]');
      if (answer) answer.open = revealed.includes(id);
      slide.toggleAttribute('data-revealed', revealed.includes(id));
      this.#renderTally(slide, tallies[id]);
    }
    if (hashForSlide(index) !== location.hash) history.replaceState(history.state, '', hashForSlide(index));
    for (const counter of this.querySelectorAll('[data-counter]')) counter.textContent = `${index + 1} / ${total}`;
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-command="previous"]')) button.disabled = index === 0 && !black;
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-command="next"]')) button.disabled = index === total - 1 && !black && !this.#questionPending(index);
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-command="black"]')) button.setAttribute('aria-pressed', String(black));
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-command="reveal"]')) {
      const id = this.#questionId(index);
      button.disabled = !id;
      button.setAttribute('aria-pressed', String(Boolean(id && revealed.includes(id))));
    }
    const screen = this.querySelector<HTMLElement>('[data-black-screen]');
    if (screen) screen.hidden = !black || this.deckRole === 'presenter';
    const status = this.querySelector('[data-deck-status]');
    if (status) {
      if (black && this.deckRole === 'audience') status.textContent = this.#strings.blackOn;
      else if (index !== this.#lastAnnounced) status.textContent = this.#frames[index]?.dataset['title'] ?? '';
    }
    this.#lastAnnounced = index;
    this.#fit();
    this.dispatchEvent(new CustomEvent<DeckChange>('deck-change', { detail: this.snapshot() }));
  }

  #questionPending(index: number): boolean {
    const id = this.#questionId(index);
    return Boolean(id && !this.#state.revealed.includes(id));
  }

  #renderTally(slide: HTMLElement, counts: number[] | undefined): void {
    const fields = [...slide.querySelectorAll<HTMLInputElement>('[data-tally-input]')];
    if (!fields.length) return;
    const bars = tallyBars(counts ?? fields.map(() => 0));
    const total = bars.reduce((sum, b) => sum + b.count, 0);
    for (const [i, field] of fields.entries()) {
      // Never overwrite what the trainer is typing in this window.
      if (document.activeElement !== field) field.value = counts ? String(counts[i] ?? 0) : '';
      field.setAttribute('aria-invalid', 'false');
    }
    for (const choice of slide.querySelectorAll<HTMLElement>('[data-choice]')) {
      const bar = bars[Number(choice.dataset['choice'])];
      const holder = choice.querySelector<HTMLElement>('[data-tally-bar]');
      const text = choice.querySelector('[data-tally-text]');
      if (!bar || !holder || !text) continue;
      holder.hidden = total === 0;
      holder.style.setProperty('--percent', `${bar.percent}%`);
      text.textContent = format(this.#strings.tallyCount, { count: bar.count, percent: bar.percent });
    }
    const status = slide.querySelector('[data-tally-status]');
    if (status) status.textContent = total ? format(this.#strings.tallyTotal, { n: total }) : '';
  }

  /** Fits the current slide. */
  #fit(): void {
    const frame = this.#frames[this.#state.index];
    if (frame) this.#fitFrame(frame);
  }

  /** Fits every slide, measuring the hidden ones in place without showing them. */
  #fitAll(): void {
    if (this.hasAttribute('data-overview')) return;
    this.setAttribute('data-measuring', '');
    for (const frame of this.#frames) this.#fitFrame(frame);
    this.removeAttribute('data-measuring');
  }

  /** Shrinks the text of a crowded slide until it fits; past MIN_FIT it scrolls instead. */
  #fitFrame(frame: HTMLElement): void {
    const slide = frame.querySelector<HTMLElement>('.slide');
    const body = slide?.querySelector<HTMLElement>('.slide__body');
    if (!slide || !body) return;
    let fit = 1;
    slide.style.setProperty('--fit', '1');
    slide.removeAttribute('data-overflowing');
    while (body.scrollHeight > body.clientHeight + 1 && fit > MIN_FIT) {
      fit = Math.round((fit - 0.05) * 100) / 100;
      slide.style.setProperty('--fit', String(fit));
    }
    slide.toggleAttribute('data-overflowing', body.scrollHeight > body.clientHeight + 1);
  }

  #showJump(): void {
    const jump = this.querySelector<HTMLElement>('[data-deck-jump]');
    if (!jump) return;
    jump.hidden = !this.#digits;
    jump.textContent = this.#digits ? format(this.#strings.jumpHint, { n: this.#digits }) : '';
  }

  #setOverview(open: boolean): void {
    this.toggleAttribute('data-overview', open);
    for (const slide of this.querySelectorAll<HTMLElement>('.deck__frame > .slide')) slide.inert = open;
    for (const pick of this.querySelectorAll<HTMLButtonElement>('[data-pick]')) pick.hidden = !open;
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-command="overview"]')) button.setAttribute('aria-pressed', String(open));
    if (open) this.querySelector<HTMLButtonElement>(`[data-pick="${this.#state.index}"]`)?.focus();
    else {
      this.querySelector<HTMLElement>('[data-command="overview"]')?.focus();
      this.#fit();
    }
  }

  #toggleFullscreen(): void {
    const done = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen();
    done.catch(() => {
      // Refused (e.g. not started by a key press or click): the deck stays as it is.
    });
  }

  #syncFullscreen(): void {
    for (const button of this.querySelectorAll('[data-command="fullscreen"]')) button.setAttribute('aria-pressed', String(Boolean(document.fullscreenElement)));
  }

  #openPresenter(): void {
    if (this.deckRole !== 'audience') return;
    const url = `${this.dataset['presenterUrl'] ?? ''}${hashForSlide(this.#state.index)}`;
    const opened = window.open(url, `netral-penyaji-${this.deckId.replace(/\W/g, '-')}`, 'popup,width=1280,height=800');
    const alert = this.querySelector('[data-deck-alert]');
    if (alert) alert.textContent = opened ? '' : this.#strings.popupBlocked;
  }

  #openHelp(): void {
    const dialog = this.querySelector<HTMLDialogElement>('dialog[data-deck-help]');
    if (dialog && !dialog.open) dialog.showModal();
  }
}

customElements.define('netral-deck', NetralDeck);

// <netral-deck>: turns the server-rendered sequence of slides into a deck shown one slide at a time, in
// one of two modes of the same page: the audience window (projector) or, with "?penyaji" in the address,
// the presenter view (notes, next slide, timer; see netral-presenter.ts).
// Keys (src/lib/slides/navigation.ts): clicker keys (Page Up/Down, arrows, Space, B, period) move the deck
// whatever has focus; Home/End, number + Enter, F, O, P, J, ?. Touch swipe, buttons; the address hash keeps
// the slide. The state (slide, revealed answers, tallies, dilemma steps, black screen) is shared with the
// other windows of the deck over a BroadcastChannel (src/lib/slides/sync.ts) and kept in sessionStorage so
// a reload keeps it. With data-session, the slides of several lessons are first fetched and joined into
// one deck (session-deck.ts).
// Attributes: data-deck (lesson or session id), data-session (plan), data-strings (group "deck").
// Emits "deck-change" with { index, total, state } after each change; data-ready once started.
import { fill, h, KitElement, readStrings } from './kit';
import { fitAll, fitFrame, fontsReady } from './slide-fit';
import {
  applyCommand,
  clampSlide,
  hashForSlide,
  isClickerKey,
  isStateCommand,
  keyCommand,
  slideFromHash,
  swipeCommand,
  type CommandShape,
  type DeckCommand,
} from '../lib/slides/navigation';
import { letter } from '../lib/slides/questions';
import { CHANNEL_PREFIX, deckMessage, initialState, parseDeckMessage, parseState, STATE_KEY_PREFIX, type DeckShape, type DeckState } from '../lib/slides/sync';
import { parseCount, tallyBars } from '../lib/slides/tally';

export interface DeckChange {
  index: number;
  total: number;
  state: DeckState;
}

/** The address parameter that opens a deck page as the presenter view. */
export const PRESENTER_PARAM = 'penyaji';

export class NetralDeck extends KitElement {
  #frames: HTMLElement[] = [];
  #state: DeckState = initialState();
  #shape: DeckShape = { total: 0, questions: new Map() };
  #commandShape: CommandShape = { total: 0, questionAt: [] };
  #digits = '';
  #channel: BroadcastChannel | null = null;
  readonly #id = Math.random().toString(36).slice(2, 12);
  #touch: { x: number; y: number } | null = null;
  #strings = readStrings<'deck'>(this);
  #lastAnnounced = -1;

  get deckRole(): 'audience' | 'presenter' {
    return this.dataset['role'] === 'presenter' ? 'presenter' : 'audience';
  }

  get deckId(): string {
    return this.dataset['deck'] ?? '';
  }

  /** The frames (slide plus its notes), in order. */
  get frames(): readonly HTMLElement[] {
    return this.#frames;
  }

  /** The current slide, its number and the shared state. */
  snapshot(): DeckChange {
    return { index: this.#state.index, total: this.#frames.length, state: structuredClone(this.#state) };
  }

  protected async start(signal: AbortSignal): Promise<void> {
    this.dataset['role'] = new URLSearchParams(location.search).has(PRESENTER_PARAM) ? 'presenter' : 'audience';
    this.#strings = readStrings<'deck'>(this);
    if (this.dataset['session'] !== undefined) {
      const { assembleSession } = await import('./session-deck');
      await assembleSession(this);
    }
    this.#frames = [...this.querySelectorAll<HTMLElement>('.deck__frame')];
    if (!this.#frames.length) return;
    this.#readShape();
    this.#state = this.#loadState();
    const fromHash = /^#\d+$/.test(location.hash);
    if (fromHash) this.#state.index = slideFromHash(location.hash, this.#frames.length);

    for (const control of this.querySelectorAll<HTMLButtonElement | HTMLInputElement>('button[disabled], input[disabled]')) control.disabled = false;
    for (const pick of this.querySelectorAll<HTMLButtonElement>('[data-pick]')) {
      this.listen(pick, 'click', () => {
        this.#setOverview(false);
        this.#change({ ...this.#state, index: Number(pick.dataset['pick']) });
      });
    }
    this.listen(this, 'click', (event) => this.#onClick(event));
    // <details> toggle events do not bubble: listen while they travel down.
    this.addEventListener('toggle', (event) => this.#onToggle(event), { capture: true, signal });
    this.listen(this, 'input', (event) => this.#onTallyInput(event));
    this.listen(this, 'submit', (event) => event.preventDefault());
    this.listen<KeyboardEvent>(document, 'keydown', (event) => this.#onKey(event));
    // A browser presses a focused button when Space comes up: Space is the clicker's, never the button's.
    this.listen<KeyboardEvent>(document, 'keyup', (event) => {
      if (event.key === ' ' && (event.target as Element | null)?.closest('button, summary')) event.preventDefault();
    });
    // Only a slide number in the address moves the deck (in-page links of a lesson component do not).
    this.listen(window, 'hashchange', () => {
      if (/^#\d+$/.test(location.hash)) this.#change({ ...this.#state, index: slideFromHash(location.hash, this.#frames.length) });
    });
    const stage = this.querySelector<HTMLElement>('.deck__stage') ?? this;
    stage.addEventListener('touchstart', (event) => this.#onTouchStart(event), { passive: true, signal });
    stage.addEventListener('touchend', (event) => this.#onTouchEnd(event), { passive: true, signal });
    const resize = new ResizeObserver(() => this.#fit());
    resize.observe(stage);
    // A dilemma's code arrives when its slide is first shown: then show the step the room is at.
    const scenarios = new MutationObserver(() => this.#renderScenes());
    scenarios.observe(this, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
    signal.addEventListener('abort', () => {
      resize.disconnect();
      scenarios.disconnect();
      this.#channel?.close();
    });
    this.listen(document, 'fullscreenchange', () => this.#syncFullscreen());
    this.listen(window, 'beforeprint', () => fitAll(this, this.#frames));

    try {
      this.#channel = new BroadcastChannel(CHANNEL_PREFIX + this.deckId);
      this.#channel.addEventListener('message', (event) => this.#onMessage(event.data), { signal });
    } catch {
      // No BroadcastChannel (very old browser): the deck works alone, without the presenter sync.
    }
    this.#render();
    this.#post({ type: 'hello', from: this.#id });
    // Fit every slide once the fonts are in (overview thumbnails and print show them all).
    void fontsReady().then(() => {
      if (signal.aborted) return;
      if (!this.hasAttribute('data-overview')) fitAll(this, this.#frames);
      this.setAttribute('data-fitted', '');
    });
  }

  /** Runs a deck command, as a key, a swipe or a button asks. */
  run(command: DeckCommand): void {
    if (isStateCommand(command)) return this.#change(applyCommand(this.#state, this.#commandShape, command));
    switch (command.type) {
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
        else if (this.#state.black) this.#change({ ...this.#state, black: false });
        return this.#showJump();
    }
  }

  #readShape(): void {
    const questions = new Map<string, number>();
    const questionAt: (string | undefined)[] = [];
    for (const frame of this.#frames) {
      const slide = frame.querySelector<HTMLElement>('.slide');
      const id = slide?.dataset['questionId'];
      questionAt.push(id);
      if (id) questions.set(id, frame.querySelector('[data-tally-form]') ? Number(slide.dataset['options'] ?? 0) : 0);
    }
    const scenes = new Map<string, Set<string>>();
    for (const scenario of this.querySelectorAll<HTMLElement>('netral-scenario[data-start]')) {
      const steps = new Set<string>();
      for (const node of scenario.querySelectorAll<HTMLElement>('[data-node]')) {
        steps.add(node.id);
        const choices = [...node.querySelectorAll<HTMLElement>('.scenario__choices > li')];
        if (choices.length) {
          questions.set(node.id, choices.length);
          this.#addDilemmaTally(node, choices);
        }
      }
      scenes.set(scenario.dataset['start']!, steps);
    }
    this.#shape = { total: this.#frames.length, questions, scenes };
    this.#commandShape = { total: this.#frames.length, questionAt };
  }

  /** A show-of-hands tally under a dilemma step's choices: bars for the room, fields in the presenter view. */
  #addDilemmaTally(node: HTMLElement, choices: HTMLElement[]): void {
    if (node.querySelector('[data-tally-form]')) return;
    for (const [i, choice] of choices.entries()) {
      choice.dataset['choice'] = String(i);
      choice.prepend(h('span', { class: 'choice__label', text: letter(i), attrs: { 'aria-hidden': 'true' } }));
      choice.append(h('span', { class: 'choice__tally', data: { tallyBar: '' }, hidden: true }, [h('span', { class: 'choice__bar' }), h('span', { class: 'choice__count', data: { tallyText: '' } })]));
    }
    const fields = choices.map((_, i) => {
      const id = `${node.id}-tally-${i}`;
      const input = h('input', { attrs: { id, type: 'text', inputmode: 'numeric', pattern: '[0-9]*', maxlength: '4', autocomplete: 'off' }, data: { tallyInput: String(i) } });
      return h('label', { class: 'tally__field', attrs: { for: id } }, [h('span', { text: fill(this.#strings['slides.tallyOption'], { label: letter(i) }) }), input]);
    });
    const form = h('form', { class: 'tally__form', data: { tallyForm: '' } }, [
      h('fieldset', {}, [h('legend', { text: this.#strings['slides.tallyLegend'] }), h('div', { class: 'tally__fields' }, fields)]),
      h('p', { class: 'tally__status', attrs: { role: 'status' }, data: { tallyStatus: '' } }),
    ]);
    const details = h('details', { class: 'tally scenario__tally', data: { tally: '' } }, [h('summary', { text: this.#strings['slides.tally'] }), form]);
    details.open = this.deckRole === 'presenter';
    node.querySelector('.scenario__choices')?.after(details);
  }

  #questionId(index: number): string | undefined {
    return this.#commandShape.questionAt[index];
  }

  #onClick(event: Event): void {
    const target = event.target as Element;
    // A click inside a slide (a dilemma's choice, a disclosure) can change its height: fit it again.
    requestAnimationFrame(() => this.#fit());
    const scenario = target.closest<HTMLElement>('netral-scenario');
    if (scenario) {
      // The dilemma's own code has shown the step by now (its listeners are nearer the click). Recorded at
      // once, not at the next frame: a tally typed before that frame re-rendered the old step over the new.
      this.#recordScene(scenario);
      return;
    }
    const control = target.closest<HTMLElement>('[data-command]');
    if (!control || !this.contains(control)) return;
    event.preventDefault();
    this.run({ type: control.dataset['command'] } as DeckCommand);
  }

  #recordScene(scenario: HTMLElement): void {
    const start = scenario.dataset['start'];
    const step = scenario.querySelector<HTMLElement>('[data-node][data-current]')?.id;
    if (!start || !step || this.#state.scenes[start] === step) return;
    this.#change({ ...this.#state, scenes: { ...this.#state.scenes, [start]: step } });
  }

  #onKey(event: KeyboardEvent): void {
    if (event.defaultPrevented || this.querySelector('dialog[open]')) return;
    const target = event.target as HTMLElement | null;
    const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
    if (typing) {
      // Escape or Enter in a tally field hands the keys back to the deck (the count is already kept);
      // a clicker's Page Up/Down moves the deck even from a field.
      if (target?.matches('[data-tally-input]') && ['Escape', 'Enter', 'PageUp', 'PageDown'].includes(event.key)) target.blur();
      if (event.key === 'Escape' || event.key === 'Enter') event.preventDefault();
      if (event.key !== 'PageUp' && event.key !== 'PageDown') return;
    } else if (event.key === 'Enter' && target?.closest('button, a, summary')) {
      // Enter on a focused control does what that control does; Space is the clicker's (see isClickerKey).
      return;
    }
    if (this.hasAttribute('data-overview') && this.#moveInOverview(event.key)) {
      event.preventDefault();
      return;
    }
    const { command, digits } = keyCommand(event, this.#digits);
    const typed = digits !== this.#digits;
    this.#digits = digits;
    if (typed) this.#showJump();
    if (!command) {
      if (typed || isClickerKey(event.key)) event.preventDefault();
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
      const revealed = details.open ? [...this.#state.revealed, id] : this.#state.revealed.filter((q) => q !== id);
      this.#change({ ...this.#state, revealed });
    }
    this.#fit();
  }

  #onTallyInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (!input.matches('[data-tally-input]')) return;
    const holder = this.#tallyHolder(input);
    if (!holder) return;
    const fields = [...holder.element.querySelectorAll<HTMLInputElement>('[data-tally-input]')];
    const counts = fields.map((field) => parseCount(field.value));
    const status = holder.element.querySelector('[data-tally-status]');
    for (const [i, field] of fields.entries()) field.setAttribute('aria-invalid', String(counts[i] === null));
    if (counts.some((c) => c === null)) {
      if (status) status.textContent = this.#strings['slides.tallyInvalid'];
      return;
    }
    this.#change({ ...this.#state, tallies: { ...this.#state.tallies, [holder.id]: counts as number[] } });
  }

  /** The question slide or dilemma step a tally field belongs to, with its id. */
  #tallyHolder(input: Element): { element: HTMLElement; id: string } | null {
    const node = input.closest<HTMLElement>('[data-node]');
    if (node?.id) return { element: node, id: node.id };
    const slide = input.closest<HTMLElement>('.slide');
    const id = slide?.dataset['questionId'];
    return slide && id ? { element: slide, id } : null;
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
      this.#save();
      this.#render();
    }
  }

  #post(message: Parameters<typeof deckMessage>[1]): void {
    this.#channel?.postMessage(deckMessage(this.deckId, message));
  }

  /** Applies a new state, shows it, keeps it for reloads and tells the other windows. */
  #change(state: DeckState): void {
    this.#state = state;
    this.#save();
    this.#render();
    this.#post({ type: 'state', from: this.#id, state: this.#state });
  }

  #loadState(): DeckState {
    try {
      const raw: unknown = JSON.parse(sessionStorage.getItem(STATE_KEY_PREFIX + this.deckId) ?? 'null');
      return parseState(raw, this.#shape) ?? initialState();
    } catch {
      // Unreadable or refused storage: start fresh.
      return initialState();
    }
  }

  #save(): void {
    try {
      sessionStorage.setItem(STATE_KEY_PREFIX + this.deckId, JSON.stringify(this.#state));
    } catch {
      // Storage refused (privacy settings): the state then lasts as long as the page.
    }
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
    for (const node of this.querySelectorAll<HTMLElement>('[data-node]')) if (node.querySelector('[data-tally-form]')) this.#renderTally(node, tallies[node.id]);
    this.#renderScenes();
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
      if (black && this.deckRole === 'audience') status.textContent = this.#strings['slides.blackOn'];
      else if (index !== this.#lastAnnounced) status.textContent = this.#frames[index]?.dataset['title'] ?? '';
    }
    this.#lastAnnounced = index;
    this.dataset['index'] = String(index);
    this.#fit();
    this.dispatchEvent(new CustomEvent<DeckChange>('deck-change', { detail: this.snapshot() }));
  }

  /** Shows in each started dilemma the step the room is at (chosen here or in the other window). */
  #renderScenes(): void {
    for (const scenario of this.querySelectorAll<HTMLElement>('netral-scenario[data-ready][data-start]')) {
      const step = this.#state.scenes[scenario.dataset['start']!];
      const shown = scenario.querySelector<HTMLElement>('[data-node][data-current]')?.id;
      if (!step || step === shown) continue;
      // The dilemma shows a step when one of its links is followed: follow a link to that step.
      const link = h('a', { data: { next: step }, hidden: true });
      scenario.append(link);
      link.click();
      link.remove();
    }
  }

  #questionPending(index: number): boolean {
    const id = this.#questionId(index);
    return Boolean(id && !this.#state.revealed.includes(id));
  }

  #renderTally(holder: HTMLElement, counts: number[] | undefined): void {
    const fields = [...holder.querySelectorAll<HTMLInputElement>('[data-tally-input]')];
    if (!fields.length) return;
    const bars = tallyBars(counts ?? fields.map(() => 0));
    const total = bars.reduce((sum, b) => sum + b.count, 0);
    for (const [i, field] of fields.entries()) {
      // Never overwrite what the trainer is typing in this window.
      if (document.activeElement !== field) field.value = counts ? String(counts[i] ?? 0) : '';
      field.setAttribute('aria-invalid', 'false');
    }
    for (const choice of holder.querySelectorAll<HTMLElement>('[data-choice]')) {
      const bar = bars[Number(choice.dataset['choice'])];
      const barHolder = choice.querySelector<HTMLElement>(':scope > [data-tally-bar]');
      const text = barHolder?.querySelector('[data-tally-text]');
      if (!bar || !barHolder || !text) continue;
      barHolder.hidden = total === 0;
      barHolder.style.setProperty('--percent', `${bar.percent}%`);
      text.textContent = fill(this.#strings['slides.tallyCount'], { count: bar.count, percent: bar.percent });
    }
    const status = holder.querySelector('[data-tally-status]');
    if (status) status.textContent = total ? fill(this.#strings['slides.tallyTotal'], { n: total }) : '';
  }

  /** Fits the current slide. */
  #fit(): void {
    const frame = this.#frames[this.#state.index];
    if (frame) fitFrame(frame);
  }

  #showJump(): void {
    const jump = this.querySelector<HTMLElement>('[data-deck-jump]');
    if (!jump) return;
    jump.hidden = !this.#digits;
    jump.textContent = this.#digits ? fill(this.#strings['slides.jumpHint'], { n: this.#digits }) : '';
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
    const url = new URL(location.href);
    url.searchParams.set(PRESENTER_PARAM, '');
    url.hash = hashForSlide(this.#state.index);
    const opened = window.open(url.href.replace(`${PRESENTER_PARAM}=`, PRESENTER_PARAM), `netral-penyaji-${this.deckId.replace(/\W/g, '-')}`, 'popup,width=1280,height=800');
    const alert = this.querySelector('[data-deck-alert]');
    if (alert) alert.textContent = opened ? '' : this.#strings['slides.popupBlocked'];
  }

  #openHelp(): void {
    const dialog = this.querySelector<HTMLDialogElement>('dialog[data-deck-help]');
    if (dialog && !dialog.open) dialog.showModal();
  }
}

customElements.define('netral-deck', NetralDeck);

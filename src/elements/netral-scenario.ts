// <netral-scenario>: walks a branching dilemma one step at a time. The server renders every node with
// in-page links, so the story also works without JavaScript; here the links become steps, focus moves
// to the new step (announced by screen readers), and the learner can go back or restart to try
// other paths. In a lesson, the endings found are kept in the learner's data ("netral:dilemmas",
// src/lib/dilemmas.ts), so the count survives a visit and "Progres Saya" lists them; elsewhere (slides)
// they are counted for this page view only.
import type { GroupStrings } from '../i18n/groups';
import { dilemmasRecord, endingsFound, markEndingFound } from '../lib/dilemmas';
import { fill, KitElement, readStrings, setText } from './kit';
import { getStore } from './storage';

export class NetralScenario extends KitElement {
  #path: string[] = [];
  /** Ending node ids found. */
  #found = new Set<string>();
  #strings!: GroupStrings<'scenario'>;

  protected start(): void {
    const start = this.dataset['start'];
    if (!start) return;
    this.#strings = readStrings<'scenario'>(this);
    this.#path = [];
    this.#found = new Set();
    this.querySelector<HTMLElement>('[data-tools]')?.removeAttribute('hidden');
    if (this.#kept) {
      this.#takeStored();
      this.watch(getStore(), (event) => {
        if (event.type === 'change' && event.record === dilemmasRecord.name) this.#takeStored();
      });
    }
    this.#show(start, false);
    this.listen(this, 'click', (event) => {
      const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-next]');
      if (!link) return;
      event.preventDefault();
      this.#show(link.dataset['next'] ?? start, true);
    });
    const back = this.querySelector('[data-back]');
    if (back) {
      this.listen(back, 'click', () => {
        this.#path.pop();
        const previous = this.#path.pop();
        if (previous) this.#show(previous, true);
      });
    }
    const restart = this.querySelector('[data-restart-button]');
    if (restart) {
      this.listen(restart, 'click', () => {
        this.#path = [];
        this.#show(start, true);
      });
    }
  }

  /** Whether the endings found are kept: in a lesson, with a scenario id. */
  get #kept(): boolean {
    return Boolean(this.dataset['scenario']) && this.closest('[data-lesson-id]') !== null;
  }

  get #endings(): string[] {
    return [...this.querySelectorAll<HTMLElement>('[data-node][data-ending]')].map((node) => node.dataset['node'] ?? '');
  }

  // Endings found on an earlier visit or in another tab count as found here too.
  #takeStored(): void {
    const stored = endingsFound(getStore().read(dilemmasRecord), this.dataset['scenario'] ?? '', this.#endings);
    const before = this.#found.size;
    for (const ending of stored) this.#found.add(ending);
    if (this.#found.size !== before) this.#showFound();
  }

  #showFound(): void {
    setText(this, '[data-found]', fill(this.#strings['scenario.endingsSeen'], { n: this.#found.size, total: this.dataset['endings'] ?? '' }));
  }

  #show(anchor: string, moveFocus: boolean): void {
    const node = this.querySelector<HTMLElement>(`[id="${CSS.escape(anchor)}"]`);
    if (!node) return;
    for (const other of this.querySelectorAll<HTMLElement>('[data-node]')) other.toggleAttribute('data-current', other === node);
    this.#path.push(anchor);
    const back = this.querySelector<HTMLButtonElement>('[data-back]');
    const restart = this.querySelector<HTMLButtonElement>('[data-restart-button]');
    if (back) back.disabled = this.#path.length < 2;
    if (restart) restart.disabled = this.#path.length < 2;
    const ending = node.dataset['ending'] ? node.dataset['node'] : undefined;
    if (ending) {
      this.#found.add(ending);
      this.#showFound();
      const scenario = this.dataset['scenario'] ?? '';
      if (this.#kept) getStore().update(dilemmasRecord, (data) => markEndingFound(data, scenario, ending, new Date()));
    }
    if (moveFocus) node.focus();
  }
}

customElements.define('netral-scenario', NetralScenario);

// <netral-scenario>: walks a branching dilemma one step at a time. The server renders every node with
// in-page links, so the story also works without JavaScript; here the links become steps, focus moves
// to the new step (announced by screen readers), and the learner can go back or restart to try
// other paths. Which endings were found is counted for this page view only.
import type { GroupStrings } from '../i18n/groups';
import { fill, KitElement, readStrings, setText } from './kit';

export class NetralScenario extends KitElement {
  #path: string[] = [];
  #found = new Set<string>();
  #strings!: GroupStrings<'scenario'>;

  protected start(): void {
    const start = this.dataset['start'];
    if (!start) return;
    this.#strings = readStrings<'scenario'>(this);
    this.#path = [];
    this.querySelector<HTMLElement>('[data-tools]')?.removeAttribute('hidden');
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

  #show(anchor: string, moveFocus: boolean): void {
    const node = this.querySelector<HTMLElement>(`[id="${CSS.escape(anchor)}"]`);
    if (!node) return;
    for (const other of this.querySelectorAll<HTMLElement>('[data-node]')) other.toggleAttribute('data-current', other === node);
    this.#path.push(anchor);
    const back = this.querySelector<HTMLButtonElement>('[data-back]');
    const restart = this.querySelector<HTMLButtonElement>('[data-restart-button]');
    if (back) back.disabled = this.#path.length < 2;
    if (restart) restart.disabled = this.#path.length < 2;
    if (node.dataset['ending']) {
      this.#found.add(anchor);
      setText(this, '[data-found]', fill(this.#strings['scenario.endingsSeen'], { n: this.#found.size, total: this.dataset['endings'] ?? '' }));
    }
    if (moveFocus) node.focus();
  }
}

customElements.define('netral-scenario', NetralScenario);

// <netral-scenario>: walks a branching dilemma one step at a time. The server renders every node with
// in-page links, so the story also works without JavaScript; here the links become steps, focus moves
// to the new step (announced by screen readers), and the learner can go back or restart to try
// other paths. Which endings were found is counted for this page view only.

export class NetralScenario extends HTMLElement {
  #path: string[] = [];
  #found = new Set<string>();

  connectedCallback(): void {
    const start = this.dataset['start'];
    if (!start) return;
    this.dataset['ready'] = '';
    this.querySelector<HTMLElement>('[data-tools]')?.removeAttribute('hidden');
    this.#show(start, false);
    this.addEventListener('click', (event) => {
      const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-next]');
      if (!link) return;
      event.preventDefault();
      this.#show(link.dataset['next'] ?? start, true);
    });
    this.querySelector('[data-back]')?.addEventListener('click', () => {
      this.#path.pop();
      const previous = this.#path.pop();
      if (previous) this.#show(previous, true);
    });
    this.querySelector('[data-restart-button]')?.addEventListener('click', () => {
      this.#path = [];
      this.#show(start, true);
    });
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
      const status = this.querySelector<HTMLElement>('[data-found]');
      const template = (JSON.parse(this.dataset['strings'] ?? '{}') as { endingsSeen?: string }).endingsSeen ?? '';
      if (status) status.textContent = template.replace('{n}', String(this.#found.size)).replace('{total}', this.dataset['endings'] ?? '');
    }
    if (moveFocus) node.focus();
  }
}

customElements.define('netral-scenario', NetralScenario);

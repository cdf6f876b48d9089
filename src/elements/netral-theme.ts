// <netral-theme>: a toggle between light and dark; remembers the choice. The initial theme is set by an
// inline script in Base.astro (system preference unless the learner chose).
import { KitElement } from './kit';

const KEY = 'netral:theme';

export class NetralTheme extends KitElement {
  protected start(): void {
    const button = this.querySelector('button');
    if (!button) return;
    const sync = () => button.setAttribute('aria-pressed', String(document.documentElement.dataset['theme'] === 'dark'));
    sync();
    button.disabled = false;
    this.listen(button, 'click', () => {
      const next = document.documentElement.dataset['theme'] === 'dark' ? 'light' : 'dark';
      document.documentElement.dataset['theme'] = next;
      try {
        localStorage.setItem(KEY, next);
      } catch {
        // Storage may be disabled (private mode): the choice then lasts for this page only.
      }
      sync();
    });
  }
}

customElements.define('netral-theme', NetralTheme);

// <netral-edition>: the edition switch of a handout page. Each handout is one page; the edition is a mode
// of it ("?fasilitator", see src/lib/slides/paths.ts), set on <html data-edition> (and in the window's
// title) before the first paint by PrintLayout's inline script; trainer-only parts are shown by CSS. This
// element points its two links at the same address in each edition, keeping a session's plan, and marks
// the current one.
import { KitElement } from './kit';
import { editionOf, withEdition } from '../lib/slides/paths';

class NetralEdition extends KitElement {
  protected start(): void {
    const edition = editionOf(location.search);
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[data-edition-link]')) {
      const target = link.dataset['editionLink'] === 'fasilitator' ? 'fasilitator' : 'peserta';
      link.href = `${location.pathname}${withEdition(location.search, target)}`;
      if (target === edition) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
  }
}

customElements.define('netral-edition', NetralEdition);

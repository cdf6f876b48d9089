// <netral-definition>: a tap (or Enter) on a glossary term or regulation reference in a lesson opens its
// definition or rule summary in place, in a popover, instead of leaving the lesson. Escape, the back
// button, a tap outside or "Tutup" close it and focus returns to the link. The links stay ordinary links:
// without this script (or with a modified click, for a new tab) they open the glossary or regulations
// page. The entries come from /cari/rujukan.json, fetched on the first tap; the popover's strings from
// /teks.json, fetched when a term is first pointed at, touched, focused or tapped.
import type { GroupStrings } from '../i18n/groups';
import { KitElement, h, lateStrings, lateStyles, link } from './kit';
import type { ReferenceEntry, SearchData } from '../data/search';
import { definitionTarget, isPlainClick, type DefinitionTarget } from '../lib/definition';

/** The history entry an open popover adds, so the back button closes it and stays in the lesson. */
const HISTORY_KEY = 'netralDefinition';

export class NetralDefinition extends KitElement {
  #data: Promise<SearchData | null> | undefined;
  #built: Promise<{ popover: HTMLElement; strings: GroupStrings<'definition'> }> | undefined;
  #opener: HTMLAnchorElement | null = null;
  /** While the history entry of a closed popover is being removed: resolves when that is done. */
  #popping: Promise<void> | null = null;
  #popped: (() => void) | null = null;

  protected async start(signal: AbortSignal): Promise<void> {
    // The popover's styles come with this code (idle-elements.css): terms open it once they are here.
    await lateStyles();
    // Without the Popover API the links simply open their page.
    if (!('showPopover' in HTMLElement.prototype)) return;
    // Started again (moved in the page): the popover, if built, is wired again on its next use.
    this.#built = undefined;
    // Resolved against the page, so relative addresses (inside an LMS package) compare as well.
    const pages = {
      glossary: new URL(this.dataset['glossary'] ?? '', document.baseURI).href,
      regulations: new URL(this.dataset['regulations'] ?? '', document.baseURI).href,
    };
    const targetOf = (event: Event) => {
      const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[href]');
      if (!link || this.querySelector('[popover]')?.contains(link)) return undefined;
      const target = definitionTarget(link.href, pages);
      return target && { link, target };
    };
    document.addEventListener(
      'click',
      (event) => {
        const found = targetOf(event);
        if (!found || !isPlainClick(event)) return;
        event.preventDefault();
        void this.show(found.target, found.link);
      },
      { signal },
    );
    // Pointing at (or touching) or focusing a term fetches the popover's strings, before the tap.
    const prepare = (event: Event) => {
      if (!this.#built && targetOf(event)) this.#ready().catch(() => undefined);
    };
    document.addEventListener('pointerover', prepare, { signal });
    document.addEventListener('focusin', prepare, { signal });
  }

  /**
   * The popover, built on first use rather than sent in every lesson's HTML: it is empty until a term is tapped,
   * and out of the page's flow (the top layer), so building it late moves nothing. Its strings come from
   * /teks.json (lateStrings()); if that file cannot be loaded, this rejects and a later tap tries again.
   */
  #ready(): Promise<{ popover: HTMLElement; strings: GroupStrings<'definition'> }> {
    const built = (this.#built ??= lateStrings('definition').then((strings) => {
      const popover = this.querySelector<HTMLElement>('[popover]') ?? this.appendChild(this.#popover(strings));
      this.#wire(popover);
      return { popover, strings };
    }));
    built.catch(() => {
      if (this.#built === built) this.#built = undefined;
    });
    return built;
  }

  #popover(strings: GroupStrings<'definition'>): HTMLElement {
    const more = link(this.dataset['glossary'] ?? '', strings['definition.openGlossary']);
    more.dataset['definitionMore'] = '';
    const close = h('button', { class: 'button button--secondary', text: strings['definition.close'], attrs: { type: 'button' }, data: { definitionClose: '' } });
    const attrs = { id: 'definisi', popover: '', role: 'dialog', 'aria-labelledby': 'definisi-judul', 'aria-describedby': 'definisi-isi', tabindex: '-1' };
    return h('div', { class: 'definition', attrs }, [
      h('p', { class: 'definition__kind', data: { definitionKind: '' } }),
      h('p', { class: 'definition__title', attrs: { id: 'definisi-judul' }, data: { definitionTitle: '' } }),
      h('div', { class: 'definition__body', attrs: { id: 'definisi-isi' }, data: { definitionBody: '' } }),
      h('p', { class: 'definition__actions' }, [more, close]),
    ]);
  }

  /** Closing the popover: Escape, a tap outside or "Tutup"; the back button; each returns focus to the term. */
  #wire(popover: HTMLElement): void {
    this.listen<ToggleEvent>(popover, 'toggle', (event) => {
      if (event.newState !== 'closed') return;
      // Closed by Escape, a tap outside or "Tutup": drop the history entry the popover added.
      if ((history.state as Record<string, unknown> | null)?.[HISTORY_KEY]) {
        this.#popping = new Promise((resolve) => (this.#popped = resolve));
        history.back();
      }
      this.#opener?.focus({ preventScroll: true });
      this.#opener = null;
    });
    this.listen(window, 'popstate', () => {
      if (this.#popped) {
        // Our own history.back() after a close, not the learner's back button.
        this.#popped();
        this.#popped = this.#popping = null;
      } else if (popover.matches(':popover-open')) popover.hidePopover();
    });
    this.listen(this, 'click', (event) => {
      if ((event.target as Element | null)?.closest('[data-definition-close]')) popover.hidePopover();
    });
  }

  /** Opens the popover for `target`, as opened from `link`. */
  async show(target: DefinitionTarget, link: HTMLAnchorElement): Promise<void> {
    let built: { popover: HTMLElement; strings: GroupStrings<'definition'> };
    try {
      built = await this.#ready();
    } catch (error) {
      // Nothing to show it with (the strings file is unreachable): the link opens its page, as without script.
      console.error(error);
      location.assign(link.href);
      return;
    }
    const { popover, strings } = built;
    const title = popover.querySelector<HTMLElement>('[data-definition-title]');
    const body = popover.querySelector<HTMLElement>('[data-definition-body]');
    const more = popover.querySelector<HTMLAnchorElement>('[data-definition-more]');
    const kind = popover.querySelector<HTMLElement>('[data-definition-kind]');
    if (!title || !body || !more || !kind) return;
    // A tap on another term closes the open popover first; wait until its history entry is gone.
    if (this.#popping) await this.#popping;
    this.#opener = link;
    kind.textContent = target.kind === 'glossary' ? strings['definition.glossary'] : strings['definition.regulation'];
    title.textContent = link.textContent?.trim() ?? '';
    body.replaceChildren(h('p', { class: 'meta', text: strings['definition.loading'] }));
    more.href = link.href;
    more.textContent = target.kind === 'glossary' ? strings['definition.openGlossary'] : strings['definition.openRegulation'];
    if (!popover.matches(':popover-open')) {
      history.pushState({ ...(history.state as object | null), [HISTORY_KEY]: true }, '');
      popover.showPopover();
    }
    this.#data ??= fetch(new URL(this.dataset['data'] ?? '', document.baseURI))
      .then((response) => (response.ok ? (response.json() as Promise<SearchData>) : null))
      .catch(() => null);
    // The code that lays out an entry loads with the data, on the first tap.
    const [data, view] = await Promise.all([this.#data, import('./definition-view').catch(() => null)]);
    if (this.#opener !== link) return;
    const entry: ReferenceEntry | undefined = data?.[target.kind][target.id];
    if (!entry || !view) {
      // Not available (offline before the course was saved): say so; the link below still opens the page.
      this.#data = undefined;
      body.replaceChildren(h('p', { text: strings['definition.failed'] }));
      popover.focus();
      return;
    }
    title.textContent = entry.title;
    body.replaceChildren(...view.definitionBody(entry, target.kind, strings['definition.rules']));
    // Focus moves in once the text is there, so a screen reader reads the title and the definition.
    popover.focus();
  }
}

customElements.define('netral-definition', NetralDefinition);

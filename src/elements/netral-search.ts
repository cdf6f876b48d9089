// <netral-search>: the header search dialog and the /cari/ page over the Pagefind index. This element only
// wires the button, the dialog and the "/" shortcut. The index bundle, the synonym/reference data
// (/cari/rujukan.json), the result code (./search-results.ts) and, for the header's dialog, its strings
// (/teks.json) load when search is about to be used (the button is pointed at or focused, or search opens),
// so pages that never search pay nothing. Results appear one by one as Pagefind loads them; the status
// counts them all and "more" shows the next page. A page opened from a result (?highlight=…) marks the
// words and scrolls to the first one. Decisions (synonyms, merging, entry hits, where to land) live in
// src/lib/search.ts.
import { h, KitElement, lateStrings, lateStyles, readJson, readStrings } from './kit';
import type { SearchData } from '../data/search';
import type { PagefindApi, SearchResults, SearchSources, Strings } from './search-results';

/** The URL parameter naming the words to highlight (Pagefind's highlightParam convention; search-results.ts adds it). */
const HIGHLIGHT_PARAM = 'highlight';

export class NetralSearch extends KitElement {
  #api: Promise<PagefindApi | null> | undefined;
  #data: Promise<SearchData | null> | undefined;
  #results: Promise<SearchResults> | undefined;
  #dialogBuilt: Promise<HTMLDialogElement> | undefined;

  protected async start(signal: AbortSignal): Promise<void> {
    // The dialog's styles come with this code (idle-elements.css): the button is enabled once they are here.
    await lateStyles();
    // Started again (moved in the page): the dialog, if built, is wired again on its next use.
    this.#dialogBuilt = undefined;
    // Opened from a search result: mark the searched words (one element per page does it).
    if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) void import('./search-results').then((module) => module.markLanding());
    if (this.hasAttribute('data-inline')) {
      // The /cari/ page renders its form itself, with its strings in data-strings.
      const form = this.querySelector<HTMLFormElement>('[data-search-form]');
      if (!form) return;
      this.#wireForm(form);
      // Run the query from the address (?q=...), e.g. from a bookmark.
      const query = new URLSearchParams(location.search).get('q');
      const input = form.querySelector<HTMLInputElement>('input[name="q"]');
      if (query && input) {
        input.value = query;
        void this.run();
      }
      return;
    }
    const open = this.querySelector<HTMLButtonElement>('[data-search-open]');
    if (!open) return;
    open.disabled = false;
    this.listen(open, 'click', () => void this.open());
    // Pointing at or focusing the button starts loading the search code, its strings and the index, before the click.
    this.listen(open, 'pointerenter', () => this.#prepare());
    this.listen(open, 'focus', () => this.#prepare());
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
        const target = event.target as HTMLElement | null;
        if (target?.closest('input, textarea, select, [contenteditable="true"]') || this.querySelector('dialog')?.open) return;
        event.preventDefault();
        // On the search page, "/" focuses the page's own field instead of opening the dialog.
        const pageField = document.querySelector<HTMLInputElement>('netral-search[data-inline] input[name="q"]');
        if (pageField) pageField.focus();
        else void this.open();
      },
      { signal },
    );
  }

  /** The strings of search: the /cari/ page's own (data-strings), or the header's from /teks.json. */
  #strings(): Promise<Strings> {
    return this.hasAttribute('data-inline') ? Promise.resolve(readStrings<'search'>(this)) : lateStrings('search');
  }

  #wireForm(form: HTMLFormElement): void {
    this.listen(form, 'submit', (event) => event.preventDefault());
    this.listen(form, 'input', () => void this.run());
  }

  /**
   * The header's dialog, built on first use rather than sent in every page's HTML: closed, it is out of the
   * page's flow, and only this code opens it. Its strings come from /teks.json; if that file cannot be
   * loaded, this rejects and a later use tries again.
   */
  #dialogReady(): Promise<HTMLDialogElement> {
    const built = (this.#dialogBuilt ??= lateStrings('search').then((strings) => {
      const dialog = this.querySelector('dialog') ?? this.appendChild(this.#dialog(strings));
      const form = dialog.querySelector<HTMLFormElement>('[data-search-form]');
      if (form) this.#wireForm(form);
      this.listen(dialog, 'click', (event) => {
        if (event.target === dialog || (event.target as Element | null)?.closest('[data-search-close]')) dialog.close();
      });
      // In a search field the first Escape only clears the text; learners expect it to close search.
      this.listen<KeyboardEvent>(dialog, 'keydown', (event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          dialog.close();
        }
      });
      return dialog;
    }));
    built.catch(() => {
      if (this.#dialogBuilt === built) this.#dialogBuilt = undefined;
    });
    return built;
  }

  /** The header's dialog: the same form and results list as the /cari/ page's (SearchPanel.astro). */
  #dialog(s: Strings): HTMLDialogElement {
    const field = (label: string, control: HTMLElement, className = 'field') =>
      h('div', { class: className }, [h('label', { text: label, attrs: { for: control.id } }), control]);
    // An option without a value submits its text: the filter value is the title shown.
    const select = (id: string, name: string, options: string[]) =>
      h('select', { attrs: { id, name } }, [h('option', { text: s['search.all'], attrs: { value: '' } }), ...options.map((text) => h('option', { text }))]);
    const query = h('input', { attrs: { id: 'dialog-q', name: 'q', type: 'search', autocomplete: 'off', placeholder: s['search.placeholder'] } });
    const types = [s['search.typeLesson'], s['search.typeGlossary'], s['search.typeRegulation']];
    const form = h('form', { class: 'search-form', attrs: { role: 'search', action: `${this.dataset['root'] ?? '/'}cari/` }, data: { searchForm: '' } }, [
      field(s['search.label'], query, 'field search-form__query'),
      field(s['search.filterModule'], select('dialog-module', 'modul', readJson<string[]>(this, 'modules', []))),
      field(s['search.filterType'], select('dialog-type', 'jenis', types)),
    ]);
    return h('dialog', { class: 'search-dialog', attrs: { 'aria-labelledby': 'search-title' } }, [
      h('div', { class: 'search-dialog__head' }, [
        h('h2', { text: s['search.title'], attrs: { id: 'search-title' } }),
        h('button', { class: 'button button--quiet', text: s['search.close'], attrs: { type: 'button' }, data: { searchClose: '' } }),
      ]),
      h('div', { class: 'search-panel' }, [
        form,
        h('p', { class: 'search-status', text: s['search.hint'], attrs: { role: 'status' }, data: { searchStatus: '' } }),
        h('p', { class: 'meta search-also', data: { searchAlso: '' }, hidden: true }),
        h('ol', { class: 'search-results', data: { searchResults: '' } }),
        h('button', { class: 'button button--secondary search-more', attrs: { type: 'button' }, data: { searchMore: '' }, hidden: true }),
      ]),
    ]);
  }

  /**
   * Opens the dialog, focuses the query field and starts loading the index. When the dialog cannot be built (its
   * strings are unreachable), the search page opens instead, which has its own form and says what went wrong.
   */
  async open(): Promise<void> {
    this.#prepare();
    let dialog: HTMLDialogElement;
    try {
      dialog = await this.#dialogReady();
    } catch (error) {
      console.error(error);
      location.assign(new URL('cari/', new URL(this.dataset['root'] ?? '/', document.baseURI)).href);
      return;
    }
    const input = dialog.querySelector<HTMLInputElement>('input[name="q"]');
    if (!input) return;
    if (!dialog.open) dialog.showModal();
    input.focus();
    if (input.value) void this.run();
  }

  /** Starts loading what a search needs: the result code, its strings, Pagefind and the reference data. */
  #prepare(): void {
    this.#engine().catch(() => undefined);
    if (!this.hasAttribute('data-inline')) this.#dialogReady().catch(() => undefined);
    this.#load();
  }

  #load(): SearchSources {
    this.#api ??= (async () => {
      try {
        // Resolved against the page, not this module: inside an LMS package the bundle's address is relative.
        const bundle = new URL(this.dataset['bundle'] ?? '', document.baseURI);
        // Pagefind asks for its entry with this tag; a new one per page keeps the entry fresh, as its default does.
        const tag = String(Date.now());
        // Once its script has run, Pagefind fetches its entry and then the engine of the page's language
        // (<html lang="id">: wasm.id.pagefind), a round trip each (about 0.6 s on a slow mobile connection).
        // Preloaded, they travel with the script, and the browser hands them to Pagefind's own requests.
        for (const file of [`pagefind-entry.json?ts=${tag}`, `wasm.${document.documentElement.lang}.pagefind`])
          document.head.append(h('link', { attrs: { rel: 'preload', as: 'fetch', crossorigin: '', href: new URL(file, bundle).href } }));
        const api = (await import(/* @vite-ignore */ bundle.href)) as PagefindApi;
        // Result addresses start at the site's root, wherever the site (or an LMS package) is served from.
        const root = new URL('.', new URL(this.dataset['root'] ?? '/', document.baseURI)).pathname;
        // No web worker: starting one costs a round trip for its script before the index can load (about
        // 0.9 s of a first search on a slow connection), and this index is small enough for the main thread.
        await api.options({ excerptLength: 24, baseUrl: root, noWorker: true, metaCacheTag: tag });
        // Fetch the index entry and the WebAssembly now, not at the first query.
        void api.init();
        return api;
      } catch {
        return null;
      }
    })();
    this.#data ??= fetch(new URL(this.dataset['data'] ?? '', document.baseURI))
      .then((response) => (response.ok ? (response.json() as Promise<SearchData>) : null))
      .catch(() => null);
    return { api: this.#api, data: this.#data };
  }

  /** Runs the current query (with its synonyms) and the chosen filters, and shows the first results. */
  async run(): Promise<void> {
    await (await this.#engine()).run();
  }

  /** The result code, loaded on first use. */
  #engine(): Promise<SearchResults> {
    const results = (this.#results ??= Promise.all([import('./search-results'), this.#strings()]).then(
      ([module, strings]) => new module.SearchResults(this, strings, () => this.#load()),
    ));
    results.catch(() => {
      if (this.#results === results) this.#results = undefined;
    });
    return results;
  }
}

customElements.define('netral-search', NetralSearch);

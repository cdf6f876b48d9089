// <netral-search>: header search dialog over the Pagefind index. The index bundle is imported only on
// first open, so pages that never search pay nothing for it. Strings come from data-strings.

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

interface SearchStrings {
  loading: string;
  empty: string;
  count: string;
  hint: string;
  unavailable: string;
  failed: string;
}

export class NetralSearch extends HTMLElement {
  #api: Promise<PagefindApi | null> | undefined;
  #query = 0;

  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('[data-search-form]');
    if (!form) return;
    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('input', () => void this.run());
    if (this.hasAttribute('data-inline')) {
      // The /cari/ page: run the query from the address (?q=...), e.g. from a bookmark.
      const query = new URLSearchParams(location.search).get('q');
      const input = form.querySelector<HTMLInputElement>('input[name="q"]');
      if (query && input) {
        input.value = query;
        void this.run();
      }
      return;
    }
    const open = this.querySelector<HTMLButtonElement>('[data-search-open]');
    const dialog = this.querySelector('dialog');
    if (!open || !dialog) return;
    open.disabled = false;
    open.addEventListener('click', () => this.open());
    this.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    // In a search field the first Escape only clears the text; learners expect it to close search.
    dialog.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        dialog.close();
      }
    });
    document.addEventListener('keydown', (event) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]') || dialog.open) return;
      event.preventDefault();
      // On the search page, "/" focuses the page's own field instead of opening the dialog.
      const pageField = document.querySelector<HTMLInputElement>('netral-search[data-inline] input[name="q"]');
      if (pageField) pageField.focus();
      else this.open();
    });
  }

  /** Opens the dialog, focuses the query field and starts loading the index. */
  open(): void {
    const dialog = this.querySelector('dialog');
    const input = this.querySelector<HTMLInputElement>('input[name="q"]');
    if (!dialog || !input) return;
    if (!dialog.open) dialog.showModal();
    input.focus();
    this.#api ??= this.#load();
    if (input.value) void this.run();
  }

  get #strings(): SearchStrings {
    return JSON.parse(this.dataset['strings'] ?? '{}') as SearchStrings;
  }

  async #load(): Promise<PagefindApi | null> {
    try {
      // Resolved against the page, not this module: inside an LMS package the bundle's address is relative.
      const api = (await import(/* @vite-ignore */ new URL(this.dataset['bundle'] ?? '', document.baseURI).href)) as PagefindApi;
      // Result addresses start at the site's root, wherever the site (or an LMS package) is served from.
      const root = new URL('.', new URL(this.dataset['root'] ?? '/', document.baseURI)).pathname;
      await api.options({ excerptLength: 24, baseUrl: root });
      return api;
    } catch {
      return null;
    }
  }

  /** Runs the current query with the chosen filters and renders the results. */
  async run(): Promise<void> {
    const form = this.querySelector<HTMLFormElement>('[data-search-form]');
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    const list = this.querySelector<HTMLOListElement>('[data-search-results]');
    if (!form || !status || !list) return;
    const data = new FormData(form);
    const query = String(data.get('q') ?? '').trim();
    const filters: Record<string, string> = {};
    for (const key of ['modul', 'jenis']) {
      const value = String(data.get(key) ?? '');
      if (value) filters[key] = value;
    }
    const ticket = ++this.#query;
    const strings = this.#strings;
    if (query.length < 2) {
      status.textContent = strings.hint;
      list.replaceChildren();
      return;
    }
    status.textContent = strings.loading;
    this.#api ??= this.#load();
    const api = await this.#api;
    if (!api) {
      status.textContent = strings.unavailable;
      return;
    }
    let found: Awaited<ReturnType<PagefindApi['search']>>;
    let results: PagefindResultData[];
    try {
      found = await api.search(query, { filters });
      results = await Promise.all(found.results.slice(0, 12).map((r) => r.data()));
    } catch {
      // Index files unreachable (offline before the course was saved): say so instead of loading forever.
      if (ticket === this.#query) status.textContent = strings.failed;
      return;
    }
    if (ticket !== this.#query) return; // a newer query has started
    list.replaceChildren(...results.map((result) => this.#render(result)));
    status.textContent = results.length ? strings.count.replace('{n}', String(found.results.length)) : strings.empty;
  }

  #render(result: PagefindResultData): HTMLLIElement {
    const item = document.createElement('li');
    const link = document.createElement('a');
    // An LMS serves files, not folders: a package links to each page's index.html.
    link.href = 'indexFiles' in this.dataset && result.url.endsWith('/') ? `${result.url}index.html` : result.url;
    link.textContent = result.meta['title'] ?? result.url;
    const meta = document.createElement('p');
    meta.className = 'meta';
    meta.textContent = [result.filters['jenis']?.[0], result.filters['modul']?.[0]].filter(Boolean).join(' · ');
    const excerpt = document.createElement('p');
    // Pagefind escapes page text in excerpts and adds only <mark>; keep just those marks.
    excerpt.innerHTML = result.excerpt.replace(/<(?!\/?mark>)[^>]*>/g, '');
    item.append(link, meta, excerpt);
    return item;
  }
}

customElements.define('netral-search', NetralSearch);

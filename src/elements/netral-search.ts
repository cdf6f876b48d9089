// <netral-search>: the header search dialog and the /cari/ page over the Pagefind index. The index bundle
// and the synonym/reference data (/cari/rujukan.json) load only when search is first used, so pages that
// never search pay nothing. Results appear one by one as Pagefind loads them; the status counts them all
// and "more" shows the next page. A page opened from a result (?highlight=…) marks the words and scrolls to
// the first one. Decisions (synonyms, merging, entry hits, where to land) live in src/lib/search.ts.
import { KitElement, fill, h, readStrings } from './kit';
import type { GroupStrings } from '../i18n/groups';
import type { SearchData } from '../data/search';
import {
  bestSection,
  entryHits,
  expandQuery,
  findRanges,
  highlightWords,
  mergeHits,
  nextPage,
  type ExcerptPart,
  type PageData,
} from '../lib/search';

interface PagefindResultData extends PageData {
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindHit {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindHit[] } | null>;
}

/** Results shown at first and added by each "more". */
const PAGE_SIZE = 12;
/** The URL parameter naming the words to highlight (Pagefind's highlightParam convention). */
export const HIGHLIGHT_PARAM = 'highlight';

type Strings = GroupStrings<'search'>;

/** Lesson sections that repeat the lesson's words (objectives, recap, sources; ids from LessonLayout). */
const MINOR_SECTIONS = new Set(['tujuan', 'rangkuman-modul', 'sumber']);

export class NetralSearch extends KitElement {
  #api: Promise<PagefindApi | null> | undefined;
  #data: Promise<SearchData | null> | undefined;
  #ticket = 0;
  #strings: Strings = readStrings<'search'>(this);
  /** The current query's merged hits, its words to highlight and how many are shown. */
  #current: { hits: PagefindHit[]; query: string; shown: number; ticket: number } | undefined;

  protected start(signal: AbortSignal): void {
    this.#strings = readStrings<'search'>(this);
    markLanding();
    const form = this.querySelector<HTMLFormElement>('[data-search-form]');
    if (!form) return;
    this.listen(form, 'submit', (event) => event.preventDefault());
    this.listen(form, 'input', () => void this.run());
    this.listen(this, 'click', (event) => {
      const target = event.target as Element | null;
      if (target?.closest('[data-search-more]')) void this.#more();
      else if (target?.closest('[data-search-close]')) this.querySelector('dialog')?.close();
    });
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
    this.listen(open, 'click', () => this.open());
    this.listen(dialog, 'click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    // In a search field the first Escape only clears the text; learners expect it to close search.
    this.listen<KeyboardEvent>(dialog, 'keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        dialog.close();
      }
    });
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
        const target = event.target as HTMLElement | null;
        if (target?.closest('input, textarea, select, [contenteditable="true"]') || dialog.open) return;
        event.preventDefault();
        // On the search page, "/" focuses the page's own field instead of opening the dialog.
        const pageField = document.querySelector<HTMLInputElement>('netral-search[data-inline] input[name="q"]');
        if (pageField) pageField.focus();
        else this.open();
      },
      { signal },
    );
  }

  /** Opens the dialog, focuses the query field and starts loading the index. */
  open(): void {
    const dialog = this.querySelector('dialog');
    const input = this.querySelector<HTMLInputElement>('input[name="q"]');
    if (!dialog || !input) return;
    if (!dialog.open) dialog.showModal();
    input.focus();
    this.#load();
    if (input.value) void this.run();
  }

  #load(): void {
    this.#api ??= (async () => {
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
    })();
    this.#data ??= fetch(new URL(this.dataset['data'] ?? '', document.baseURI))
      .then((response) => (response.ok ? (response.json() as Promise<SearchData>) : null))
      .catch(() => null);
  }

  /** Runs the current query (with its synonyms) and the chosen filters, and shows the first results. */
  async run(): Promise<void> {
    const form = this.querySelector<HTMLFormElement>('[data-search-form]');
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    const list = this.querySelector<HTMLOListElement>('[data-search-results]');
    if (!form || !status || !list) return;
    const strings = this.#strings;
    const values = new FormData(form);
    const query = String(values.get('q') ?? '').trim();
    const filters: Record<string, string> = {};
    for (const key of ['modul', 'jenis']) {
      const value = String(values.get(key) ?? '');
      if (value) filters[key] = value;
    }
    const ticket = ++this.#ticket;
    this.#current = undefined;
    this.#showMore(0);
    if (query.length < 2) {
      status.textContent = strings['search.hint'];
      list.replaceChildren();
      this.#setAlso([]);
      return;
    }
    status.textContent = strings['search.loading'];
    this.#load();
    const [api, data] = await Promise.all([this.#api, this.#data]);
    if (ticket !== this.#ticket) return;
    if (!api) {
      status.textContent = strings['search.unavailable'];
      return;
    }
    const queries = expandQuery(query, data?.synonyms ?? []);
    let hits: PagefindHit[];
    try {
      const found = await Promise.all(queries.map((q) => api.search(q, { filters })));
      hits = mergeHits(found.map((f) => f?.results ?? []));
    } catch {
      // Index files unreachable (offline before the course was saved): say so instead of loading forever.
      if (ticket === this.#ticket) status.textContent = strings['search.failed'];
      return;
    }
    if (ticket !== this.#ticket) return; // a newer query has started
    list.replaceChildren();
    this.#setAlso(queries.slice(1));
    this.#current = { hits, query, shown: 0, ticket };
    if (!hits.length) {
      status.textContent = strings['search.empty'];
      return;
    }
    await this.#more(false);
  }

  /** Shows the next page of the current results, each as soon as its data arrives. */
  async #more(focusFirst = true): Promise<void> {
    const current = this.#current;
    const list = this.querySelector<HTMLOListElement>('[data-search-results]');
    const status = this.querySelector<HTMLElement>('[data-search-status]');
    if (!current || !list || !status) return;
    const { from, to, remaining } = nextPage(current.shown, current.hits.length, PAGE_SIZE);
    current.shown = to;
    const total = current.hits.length;
    status.textContent =
      remaining > 0
        ? fill(this.#strings['search.countMore'], { n: total, shown: to })
        : fill(this.#strings['search.count'], { n: total });
    this.#showMore(remaining);
    const slots = current.hits.slice(from, to).map((hit) => {
      const slot = h('li', { hidden: true });
      list.append(slot);
      return { hit, slot };
    });
    const data = await this.#data;
    await Promise.all(
      slots.map(async ({ hit, slot }, index) => {
        let result: PagefindResultData;
        try {
          result = await hit.data();
        } catch {
          slot.remove();
          return;
        }
        if (current.ticket !== this.#ticket) return;
        slot.replaceChildren(...this.#render(result, current.query, data ?? null));
        slot.hidden = false;
        if (focusFirst && index === 0) slot.querySelector('a')?.focus();
      }),
    );
  }

  #showMore(remaining: number): void {
    const more = this.querySelector<HTMLButtonElement>('[data-search-more]');
    if (!more) return;
    more.hidden = remaining <= 0;
    more.textContent = fill(this.#strings['search.more'], { n: Math.min(PAGE_SIZE, remaining) });
  }

  #setAlso(queries: string[]): void {
    const also = this.querySelector<HTMLElement>('[data-search-also]');
    if (!also) return;
    also.hidden = queries.length === 0;
    also.textContent = queries.length ? fill(this.#strings['search.alsoFound'], { words: queries.join(', ') }) : '';
  }

  /** A result's address with the words to highlight; inside an LMS package (files, not folders) its index.html. */
  #address(url: string, words: readonly string[]): string {
    const target = new URL(withHighlight(url, words), location.href);
    if ('indexFiles' in this.dataset && target.pathname.endsWith('/')) target.pathname += 'index.html';
    return target.pathname + target.search + target.hash;
  }

  /** The contents of one result item. */
  #render(result: PagefindResultData, query: string, data: SearchData | null): Node[] {
    const kind = result.filters['jenis']?.[0] ?? '';
    const reference = kind === this.#strings['search.typeGlossary'] ? data?.glossary : kind === this.#strings['search.typeRegulation'] ? data?.regulations : undefined;
    const meta = [kind, result.filters['modul']?.[0]].filter(Boolean);
    if (reference) {
      // A glossary or regulations hit opens the entry, not the whole page.
      const entries = entryHits(result, (anchor) => Object.hasOwn(reference, anchor.id));
      const [first, ...others] = entries;
      if (first) {
        const words = highlightWords(marked(first.excerpt), query);
        const nodes: Node[] = [
          resultLink(this.#address(first.url, words), reference[first.id]?.title ?? result.meta['title'] ?? result.url),
          h('p', { class: 'meta', text: meta.join(' · ') }),
          excerptParagraph(first.excerpt),
        ];
        if (others.length) {
          const links = others.slice(0, 4).flatMap((entry, i) => [
            ...(i ? [', '] : []),
            resultLink(this.#address(entry.url, highlightWords(marked(entry.excerpt), query)), reference[entry.id]?.title ?? entry.id, false),
          ]);
          nodes.push(h('p', { class: 'meta search-results__entries' }, [`${this.#strings['search.entries']}: `, ...links]));
        }
        return nodes;
      }
    }
    // A lesson hit opens at the section with the most hits, the words highlighted.
    const section = bestSection(result, MINOR_SECTIONS);
    if (section.title && section.title !== result.meta['title']) meta.push(fill(this.#strings['search.section'], { title: section.title }));
    const words = highlightWords(markedInHtml(result.excerpt), query);
    return [
      resultLink(this.#address(section.url, words), result.meta['title'] ?? result.url),
      h('p', { class: 'meta', text: meta.join(' · ') }),
      excerptParagraph(excerptFromHtml(result.excerpt)),
    ];
  }
}

function resultLink(href: string, text: string, strong = true): HTMLAnchorElement {
  const link = h('a', { text, ...(strong ? { class: 'search-results__title' } : {}) });
  link.href = href;
  return link;
}

/** An excerpt as text nodes and <mark>s (never parsed as HTML). */
function excerptParagraph(parts: readonly ExcerptPart[]): HTMLParagraphElement {
  return h(
    'p',
    { class: 'search-results__excerpt' },
    parts.map((part) => (part.mark ? h('mark', { text: part.text }) : part.text)),
  );
}

function marked(parts: readonly ExcerptPart[]): string[] {
  return parts.filter((part) => part.mark).map((part) => part.text);
}

/** Pagefind's excerpt (page text escaped, hits in <mark>) as parts, read by the browser's parser without running anything. */
function excerptFromHtml(html: string): ExcerptPart[] {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  return [...(doc.body.firstElementChild?.childNodes ?? [])].map((node) => ({
    text: node.textContent ?? '',
    mark: node.nodeName === 'MARK',
  }));
}

function markedInHtml(html: string): string[] {
  return marked(excerptFromHtml(html));
}

/** `url` with the words to highlight as parameters, its #anchor kept. */
function withHighlight(url: string, words: readonly string[]): string {
  const target = new URL(url, location.href);
  for (const word of words) target.searchParams.append(HIGHLIGHT_PARAM, word);
  return target.pathname + target.search + target.hash;
}

/**
 * On a page opened from a search result: marks the words named in ?highlight= inside the indexed content
 * (answers and other ignored parts left alone) and scrolls to the first one after the #anchor, if any.
 */
function markLanding(): void {
  const words = new URLSearchParams(location.search).getAll(HIGHLIGHT_PARAM);
  if (!words.length || document.querySelector('mark.search-hit')) return;
  const scopes = [...document.querySelectorAll<HTMLElement>('[data-pagefind-body]')];
  const marks: HTMLElement[] = [];
  for (const scope of scopes) {
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.parentElement?.closest('[data-pagefind-ignore], script, style, noscript, template, button, select, option')
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    });
    const texts: Text[] = [];
    while (walker.nextNode()) texts.push(walker.currentNode as Text);
    for (const text of texts) {
      const ranges = findRanges(text.data, words);
      // Wrap from the end so earlier offsets stay valid.
      for (const [start, end] of ranges.reverse()) {
        const hit = text.splitText(start);
        hit.splitText(end - start);
        const mark = h('mark', { class: 'search-hit' });
        hit.replaceWith(mark);
        mark.append(hit);
        marks.unshift(mark);
      }
    }
  }
  marks.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  const anchor = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const first = anchor ? (marks.find((mark) => anchor.contains(mark) || anchor.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING) ?? null) : marks[0];
  first?.scrollIntoView({ block: 'center', behavior: 'instant' });
}

customElements.define('netral-search', NetralSearch);

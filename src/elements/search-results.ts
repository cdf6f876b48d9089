// What <netral-search> loads when search is used (the learner points at, focuses or opens search, a query
// arrives from the address, or a page was opened from a result): running queries through Pagefind, showing
// the results one by one as their data arrives, and marking the searched words on the page a result
// opened. Kept out of the element so a page that never searches does not load it.
import { fill, h } from './kit';
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
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindHit[] } | null>;
}

/** The URL parameter naming the words to highlight (Pagefind's highlightParam convention; netral-search.ts reads it). */
const HIGHLIGHT_PARAM = 'highlight';

/**
 * Results shown at first: each loads its own data file, and on a slow connection the first result shows
 * sooner when fewer share the line (12 at first took about 0.2 s longer on Slow 4G). "More" adds MORE_SIZE.
 */
const FIRST_SIZE = 5;
/** Results each "more" adds. */
const MORE_SIZE = 10;

export type Strings = GroupStrings<'search'>;

/** Lesson sections that repeat the lesson's words (objectives, recap, sources; ids from LessonLayout). */
const MINOR_SECTIONS = new Set(['tujuan', 'rangkuman-modul', 'sumber']);

/** The Pagefind API and the synonym/reference data, each null when it could not load. */
export interface SearchSources {
  api: Promise<PagefindApi | null>;
  data: Promise<SearchData | null>;
}

/** The results of one search element (the header dialog or the /cari/ page). */
export class SearchResults {
  #host: HTMLElement;
  #strings: Strings;
  #sources: () => SearchSources;
  #ticket = 0;
  /** The current query's merged hits, its words to highlight and how many are shown. */
  #current: { hits: PagefindHit[]; query: string; shown: number; ticket: number } | undefined;

  constructor(host: HTMLElement, strings: Strings, sources: () => SearchSources) {
    this.#host = host;
    this.#strings = strings;
    this.#sources = sources;
  }

  /** Runs the current query (with its synonyms) and the chosen filters, and shows the first results. */
  async run(): Promise<void> {
    const form = this.#host.querySelector<HTMLFormElement>('[data-search-form]');
    const status = this.#host.querySelector<HTMLElement>('[data-search-status]');
    const list = this.#host.querySelector<HTMLOListElement>('[data-search-results]');
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
    const sources = this.#sources();
    const [api, data] = await Promise.all([sources.api, sources.data]);
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
    await this.more(false);
  }

  /** Shows the next page of the current results, each as soon as its data arrives. */
  async more(focusFirst = true): Promise<void> {
    const current = this.#current;
    const list = this.#host.querySelector<HTMLOListElement>('[data-search-results]');
    const status = this.#host.querySelector<HTMLElement>('[data-search-status]');
    if (!current || !list || !status) return;
    const { from, to, remaining } = nextPage(current.shown, current.hits.length, current.shown ? MORE_SIZE : FIRST_SIZE);
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
    const data = await this.#sources().data;
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
    const more = this.#host.querySelector<HTMLButtonElement>('[data-search-more]');
    if (!more) return;
    more.hidden = remaining <= 0;
    more.textContent = fill(this.#strings['search.more'], { n: Math.min(MORE_SIZE, remaining) });
    // Wired here, where the results are (a property, so setting it again never adds a second handler).
    more.onclick = () => void this.more();
  }

  #setAlso(queries: string[]): void {
    const also = this.#host.querySelector<HTMLElement>('[data-search-also]');
    if (!also) return;
    also.hidden = queries.length === 0;
    also.textContent = queries.length ? fill(this.#strings['search.alsoFound'], { words: queries.join(', ') }) : '';
  }

  /** A result's address with the words to highlight; inside an LMS package (files, not folders) its index.html. */
  #address(url: string, words: readonly string[]): string {
    const target = new URL(withHighlight(url, words), location.href);
    if ('indexFiles' in this.#host.dataset && target.pathname.endsWith('/')) target.pathname += 'index.html';
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
export function markLanding(): void {
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

// The kit every custom element is built from, so all ~25 elements read strings and data, build DOM,
// download files, show a broken state and clean up the same way. Browser only.
//
// - Strings: a component sends one group of UI strings in data-strings (stringsAttr(group) in src/i18n);
//   the element reads them with readStrings<group>(this). Both are typed by src/i18n/groups.ts. An element
//   whose sentences show only after something happens gets them from /teks.json instead: lateStrings(group).
// - Lifecycle: extend KitElement and implement start(signal). Every listener and store subscription made
//   through listen()/watch() (or given `signal`) ends when the element leaves the page. When start() has
//   run (or its promise settled) the element has data-ready; tests wait for it instead of for time.
// - Failure: when start() throws, or the element calls showBroken(), it shows the standard Indonesian
//   "could not load" notice and gets data-broken; its server-rendered content stays.
import type { GroupStrings, LateStringGroup, LateStrings, StringGroup } from '../i18n/groups';
import type { Store, StoreEvent } from '../lib/storage';
import { fillTemplate, parseJsonOr, stringTable, stringTableOf } from '../lib/template';

/** Replaces {name} placeholders, as t() does on the server. */
export const fill = fillTemplate;

/** The strings of group `G` this element received in data-strings (a missing key reads as ""). */
export function readStrings<G extends StringGroup>(element: HTMLElement): GroupStrings<G> {
  return stringTable<GroupStrings<G>>(element.dataset['strings']);
}

/**
 * An element's strings when most of them travel in a file it fetches (a knowledge check's answer file):
 * `fetched` (an object of strings; anything else counts as none) with the element's own data-strings over it.
 */
export function readStringsWith<G extends StringGroup>(element: HTMLElement, fetched: unknown): GroupStrings<G> {
  const own = parseJsonOr<unknown>(element.dataset['strings'], {});
  const object = (value: unknown) => (value && typeof value === 'object' && !Array.isArray(value) ? value : {});
  return stringTableOf<GroupStrings<G>>({ ...object(fetched), ...object(own) });
}

let lateFile: Promise<Partial<LateStrings>> | undefined;

/**
 * The strings of a late group (src/i18n/groups.ts, lateStringGroups) from /teks.json (named by Head.astro's
 * <meta name="netral-strings">): fetched once per page, when an element first has something to say, and kept
 * by the service worker for offline use. Rejects when the file cannot be loaded or lacks the group; a later call
 * tries again.
 */
export function lateStrings<G extends LateStringGroup>(group: G): Promise<GroupStrings<G>> {
  lateFile ??= (async () => {
    const href = document.querySelector<HTMLMetaElement>('meta[name="netral-strings"]')?.content;
    if (!href) throw new Error('no <meta name="netral-strings"> in this page');
    const response = await fetch(new URL(href, document.baseURI));
    if (!response.ok) throw new Error(`${href}: HTTP ${response.status}`);
    return (await response.json()) as Partial<LateStrings>;
  })();
  const file = lateFile;
  return file.then(
    (strings) => {
      const found = strings[group];
      if (!found || typeof found !== 'object') throw new Error(`the strings file has no group "${group}"`);
      return stringTableOf<GroupStrings<G>>(found);
    },
    (error: unknown) => {
      if (lateFile === file) lateFile = undefined;
      throw error;
    },
  );
}

/**
 * lateStrings() for an element with nothing else to show when the file cannot be loaded (a notice, a status
 * line): null then, and the reason goes to the console. The element keeps working; it only stays quiet.
 */
export async function lateStringsOrNull<G extends LateStringGroup>(group: G): Promise<GroupStrings<G> | null> {
  try {
    return await lateStrings(group);
  } catch (error) {
    console.error(error);
    return null;
  }
}

/** A JSON data-* attribute (`name` in dataset form: "noCheck" for data-no-check); unreadable gives `fallback`. */
export function readJson<T>(element: HTMLElement, name: string, fallback: T): T {
  return parseJsonOr(element.dataset[name], fallback);
}

/** What h() sets on a new element. */
export interface Props {
  class?: string;
  text?: string;
  /** Attributes, e.g. { scope: 'col', 'aria-label': '…' }; `undefined` leaves one out. */
  attrs?: Record<string, string | undefined>;
  /** data-* values by dataset name. */
  data?: Record<string, string>;
  hidden?: boolean;
}

/** A new element: h('p', { class: 'meta', text: 'Halo' }, [child, 'text']). */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, children: (Node | string)[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) if (value !== undefined) node.setAttribute(name, value);
  Object.assign(node.dataset, props.data ?? {});
  if (props.hidden) node.hidden = true;
  node.append(...children);
  return node;
}

/** A link: link('/tes/post-test/', 'Post-test', 'button'). */
export function link(href: string, text: string, className = ''): HTMLAnchorElement {
  const a = h('a', { text, ...(className ? { class: className } : {}) });
  a.href = href;
  return a;
}

/** Sets `text` on the first match of `selector` in `scope`, only when it differs (no needless announcements). */
export function setText(scope: ParentNode, selector: string, text: string): void {
  const el = scope.querySelector(selector);
  if (el && el.textContent !== text) el.textContent = text;
}

/** Saves `data` as a file named `name` through the browser's download. */
export function downloadFile(name: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const anchor = h('a', { hidden: true });
  anchor.href = url;
  anchor.download = name;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoke later, not now: some browsers start the download only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * A random id (attempt ids, shuffle rounds) from crypto.getRandomValues: crypto.randomUUID exists only in
 * secure contexts, and an agency may serve the site over plain HTTP on its intranet.
 */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Shows the standard "could not load" state in `element`: a server-rendered [data-broken] inside it is
 * revealed, or else an alert with `message` (default: the element's "site.broken" string) is put first.
 */
export function showBroken(element: HTMLElement, message?: string): void {
  element.setAttribute('data-broken', '');
  const rendered = element.querySelector<HTMLElement>('[data-broken]');
  if (rendered) {
    rendered.hidden = false;
    return;
  }
  if (element.querySelector(':scope > [data-broken-notice]')) return;
  const text = message || stringTable<Record<string, string>>(element.dataset['strings'])['site.broken'];
  if (!text) return;
  element.prepend(h('p', { class: 'notice notice--danger', text, attrs: { role: 'alert' }, data: { brokenNotice: '' } }));
}

/** An element built from the kit: implement start(signal); listeners made with `signal` end on disconnect. */
/**
 * Resolves once the idle elements' stylesheet (added by src/elements/idle.ts with their code) has loaded or
 * failed to: an element whose styles are in it awaits this before it shows anything. At once when it is not
 * loading (already loaded, or not added on this page).
 */
export function lateStyles(): Promise<void> {
  const link = document.querySelector<HTMLLinkElement>('link[data-netral-styles="loading"]');
  if (!link) return Promise.resolve();
  return new Promise((done) => {
    link.addEventListener('load', () => done(), { once: true });
    link.addEventListener('error', () => done(), { once: true });
  });
}

export abstract class KitElement extends HTMLElement {
  #abort: AbortController | undefined;

  /** Ends when the element leaves the page; pass it to every addEventListener and use watch() for stores. */
  protected get signal(): AbortSignal {
    this.#abort ??= new AbortController();
    return this.#abort.signal;
  }

  /** Starts the element: read data, wire controls. A throw (or rejection) shows the broken state. */
  protected abstract start(signal: AbortSignal): void | Promise<void>;

  connectedCallback(): void {
    this.#abort?.abort();
    this.#abort = new AbortController();
    const signal = this.#abort.signal;
    let started: void | Promise<void>;
    try {
      started = this.start(signal);
    } catch (error) {
      this.#failed(error);
      return;
    }
    if (started instanceof Promise) started.then(() => this.#ready(signal), (error: unknown) => this.#failed(error));
    else this.#ready(signal);
  }

  disconnectedCallback(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    this.removeAttribute('data-ready');
  }

  /** Adds a listener that ends with the element. */
  protected listen<E extends Event = Event>(target: EventTarget, type: string, handler: (event: E) => void): void {
    target.addEventListener(type, handler as EventListener, { signal: this.signal });
  }

  /** Subscribes to the learner-data store until the element leaves the page. */
  protected watch(store: Store, listener: (event: StoreEvent) => void): void {
    const unsubscribe = store.subscribe(listener);
    this.signal.addEventListener('abort', unsubscribe, { once: true });
  }

  /** Shows the standard broken state (see showBroken()). */
  protected showBroken(message?: string): void {
    showBroken(this, message);
  }

  #ready(signal: AbortSignal): void {
    if (!signal.aborted) this.setAttribute('data-ready', '');
  }

  #failed(error: unknown): void {
    this.showBroken();
    this.setAttribute('data-ready', '');
    // Still reported, so whoever opens the console sees what went wrong.
    console.error(error);
  }
}

// <netral-session-handout>: a session's handout assembled in the browser from the lessons' handout pages
// (one per lesson and edition, cached by the service worker once trainer material is saved offline), so
// no handout is built twice. Reads the plan from the address; data-edition picks the edition.
import { fill, h, KitElement, readStrings, setText } from './kit';
import { agenda, formatMinutes, planFromParams, planToParams, type CatalogLesson } from '../lib/slides/session';

export class NetralSessionHandout extends KitElement {
  protected async start(): Promise<void> {
    const strings = readStrings<'sessionPlanner'>(this);
    const edition = this.dataset['edition'] === 'fasilitator' ? 'fasilitator' : 'peserta';
    const base = document.documentElement.dataset['base'] ?? '/';
    const catalog = (await (await fetch(`${base}presentasi/katalog.json`)).json()) as CatalogLesson[];
    const byId = new Map(catalog.map((l) => [l.id, l]));
    const plan = planFromParams(new URLSearchParams(location.search), new Set(byId.keys()));
    if (!plan) return;
    // The edition links keep the plan.
    const query = `?${planToParams(plan).toString()}`;
    for (const a of document.querySelectorAll<HTMLAnchorElement>('.handout-tools nav a')) a.search = query;
    const name = plan.name || strings['session.title'];
    setText(this, '[data-session-name]', name);
    document.title = `${name} · ${document.title}`;
    this.querySelector('[data-session-agenda]')?.replaceChildren(
      ...agenda(plan).map((row) => h('li', { text: `${formatMinutes(row.start)}–${formatMinutes(row.end)} · ${byId.get(row.part.lesson)!.title} (${fill(strings['session.minutes'], { n: row.part.minutes })})` })),
    );
    const lessons = [...new Set(plan.parts.map((p) => p.lesson))];
    const pages = await Promise.all(
      lessons.map(async (id) => {
        const response = await fetch(`${base}${byId.get(id)!.handout[edition]}`);
        if (!response.ok) throw new Error(strings['session.loadFailed']);
        return new DOMParser().parseFromString(await response.text(), 'text/html');
      }),
    );
    const have = new Set([...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((l) => l.href));
    const articles: HTMLElement[] = [];
    pages.forEach((page, n) => {
      for (const link of page.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')) {
        const href = new URL(link.getAttribute('href') ?? '', location.href).href;
        if (!have.has(href)) document.head.append(h('link', { attrs: { rel: 'stylesheet', href } }));
        have.add(href);
      }
      const article = page.querySelector<HTMLElement>('article.handout-lesson');
      if (!article) return;
      const copy = document.importNode(article, true);
      // In a handout of several lessons each lesson's title is a second-level heading, as in a module's.
      const title = copy.querySelector('h1');
      if (title) {
        const h2 = h('h2', { class: title.className, attrs: { id: title.id } }, [...title.childNodes]);
        title.replaceWith(h2);
      }
      for (const el of copy.querySelectorAll<HTMLElement>('[id]')) if (!el.id.startsWith('judul-') && !el.id.startsWith('tujuan-') && !el.id.startsWith('sumber-')) el.id = `l${n + 1}-${el.id}`;
      articles.push(copy);
    });
    this.querySelector('[data-session-lessons]')?.replaceChildren(...articles);
  }
}

customElements.define('netral-session-handout', NetralSessionHandout);

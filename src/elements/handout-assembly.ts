// Lesson handouts joined into one printed document in the browser (a module's or a session's handout):
// each lesson's own handout page (one per lesson for both editions, cached by the service worker once
// trainer material is saved offline) is fetched and its <article> put in order, its title a second-level
// heading, its ids made unique. Browser only.
import { h } from './kit';

/** Fetches the lesson handout pages at `paths` (relative to the base) and returns their articles in order. */
export async function lessonHandouts(paths: readonly string[], failed: string): Promise<HTMLElement[]> {
  const base = document.documentElement.dataset['base'] ?? '/';
  const pages = await Promise.all(
    paths.map(async (path) => {
      const response = await fetch(`${base}${path}`);
      if (!response.ok) throw new Error(failed);
      return new DOMParser().parseFromString(await response.text(), 'text/html');
    }),
  );
  const have = new Set([...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((l) => l.href));
  const articles: HTMLElement[] = [];
  pages.forEach((page, n) => {
    // Lesson components bring their own stylesheets: take the ones this page lacks.
    for (const link of page.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')) {
      const href = new URL(link.getAttribute('href') ?? '', location.href).href;
      if (!have.has(href)) document.head.append(h('link', { attrs: { rel: 'stylesheet', href } }));
      have.add(href);
    }
    const article = page.querySelector<HTMLElement>('article.handout-lesson');
    if (!article) throw new Error(failed);
    const copy = document.importNode(article, true);
    const title = copy.querySelector('h1');
    if (title) title.replaceWith(h('h2', { class: title.className, attrs: { id: title.id } }, [...title.childNodes]));
    // Lesson-specific ids (judul-, tujuan-, sumber- carry the lesson id) stay; others get the lesson's number.
    const renamed = new Map<string, string>();
    for (const el of copy.querySelectorAll<HTMLElement>('[id]')) {
      if (/^(judul|tujuan|sumber)-/.test(el.id)) continue;
      renamed.set(el.id, `l${n + 1}-${el.id}`);
      el.id = `l${n + 1}-${el.id}`;
    }
    for (const el of copy.querySelectorAll<HTMLElement>('[aria-labelledby], [for]')) {
      for (const attr of ['aria-labelledby', 'for']) {
        const value = el.getAttribute(attr);
        if (value) el.setAttribute(attr, value.split(' ').map((id) => renamed.get(id) ?? id).join(' '));
      }
    }
    articles.push(copy);
  });
  return articles;
}

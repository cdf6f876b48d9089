// Which glossary term or regulation a link in a lesson points to, so <netral-definition> can show it in
// place. Pure; runs in the browser and in unit tests.

/** A reference a link names: a glossary term or a regulation, by id. */
export interface DefinitionTarget {
  kind: 'glossary' | 'regulations';
  id: string;
}

/** The addresses of the two reference pages, absolute (resolved against the page). */
export interface ReferencePages {
  glossary: string;
  regulations: string;
}

/** origin + path, without a trailing index.html (an LMS package links to files, a web server to folders). */
function pageKey(url: URL): string {
  return url.origin + url.pathname.replace(/index\.html$/, '');
}

/**
 * The reference an absolute address points to: the glossary or regulations page with an entry's #id;
 * null for any other address, which then stays an ordinary link.
 */
export function definitionTarget(href: string, pages: ReferencePages): DefinitionTarget | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.hash.length < 2) return null;
  const id = decodeURIComponent(url.hash.slice(1));
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) return null;
  const key = pageKey(url);
  if (key === pageKey(new URL(pages.glossary))) return { kind: 'glossary', id };
  if (key === pageKey(new URL(pages.regulations))) return { kind: 'regulations', id };
  return null;
}

/** Whether a click should open the link as usual (new tab, download, modified or not the main button). */
export function isPlainClick(event: { button: number; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }): boolean {
  return event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
}

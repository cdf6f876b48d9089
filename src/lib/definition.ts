// Which glossary term or regulation a link in a lesson points to, so <netral-definition> can show it in
// place. Pure; runs in the browser and in unit tests.

/** A reference a link names: a glossary term or a regulation, by id. */
export interface DefinitionTarget {
  kind: 'glossary' | 'regulations';
  id: string;
}

/**
 * The reference an address points to: `<base>glosarium/#id` or `<base>regulasi/#id` (absolute or
 * relative to `base`); null for any other address, which then stays an ordinary link.
 */
export function definitionTarget(href: string, base: string, origin = 'http://x'): DefinitionTarget | null {
  let url: URL;
  try {
    url = new URL(href, origin + base);
  } catch {
    return null;
  }
  if (url.origin !== new URL(origin).origin || !url.hash || url.hash.length < 2) return null;
  const id = decodeURIComponent(url.hash.slice(1));
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) return null;
  if (url.pathname === `${base}glosarium/`) return { kind: 'glossary', id };
  if (url.pathname === `${base}regulasi/`) return { kind: 'regulations', id };
  return null;
}

/** Whether a click should open the link as usual (new tab, download, modified or not the main button). */
export function isPlainClick(event: { button: number; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }): boolean {
  return event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
}

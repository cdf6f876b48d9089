// Shared helpers for the end-to-end suite: an axe check and small page objects.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.x A and AA rules (2.0, 2.1, 2.2). */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the page (or a part of it) and expects no violations, listing them when there are. */
export async function expectNoAxeViolations(page: Page, include?: string): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(wcagTags);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

/**
 * Waits until the page has started the custom element `tag` (src/elements/islands.ts starts most of them
 * once the browser is idle after loading). For journeys that leave a page at once, as no reader does.
 */
export async function elementStarted(page: Page, tag: string): Promise<void> {
  await page.evaluate((name) => customElements.whenDefined(name).then(() => undefined), tag);
}

/** Pages that stand for each page template. */
export const templates = {
  home: '/',
  module: '/materi/netralitas-asn/',
  lesson: '/materi/netralitas-asn/apa-itu-netralitas/',
  glossary: '/glosarium/',
  regulations: '/regulasi/',
  search: '/cari/',
  about: '/tentang/',
  notFound: '/halaman-yang-tidak-ada/',
} as const;

/** Opens the header search dialog and types a query. */
export async function searchFor(page: Page, query: string): Promise<void> {
  await page.getByRole('button', { name: 'Cari' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cari materi' });
  await dialog.getByRole('searchbox', { name: 'Kata kunci' }).fill(query);
}

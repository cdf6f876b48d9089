// Shared helpers for the end-to-end suite: an axe check and small page objects.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/** WCAG 2.x A and AA rules (2.0, 2.1, 2.2). */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the page (or a part of it) once its elements have started; expects no violations, listing them. */
export async function expectNoAxeViolations(page: Page, include?: string): Promise<void> {
  // Scan a settled page: an element that starts mid-scan (enabling its controls) makes the result a race.
  await elementsReady(page);
  let builder = new AxeBuilder({ page }).withTags(wcagTags);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

/**
 * Waits until `element` (a locator for one custom element, e.g. page.locator('netral-quiz')) has started:
 * elements built on the kit (src/elements/kit.ts) set data-ready once they have read their data and wired
 * their controls. Wait for this before pressing keys, reading data the element fetched or decoded, or
 * judging what the element shows; never wait for time.
 */
export async function ready(element: Locator): Promise<void> {
  // An upper bound, not a wait: idle-started elements may start late on a loaded machine.
  await expect(element).toHaveAttribute('data-ready', '', { timeout: 20_000 });
}

// Elements src/elements/islands.ts starts only once they come into view ("visible"); every other element
// starts on its own (at load or when the browser is idle). Keep in step with islands.ts.
const startWhenVisible = new Set(['netral-scenario']);

/**
 * Waits until every custom element on the page has started (see ready()). Elements that start when they
 * come into view are scrolled to first; one that cannot be seen (e.g. on a hidden slide) is not waited
 * for. An element not built on the kit counts as started once its class is defined.
 */
export async function elementsReady(page: Page): Promise<void> {
  const tags = await page.evaluate(() => [...new Set([...document.querySelectorAll('*')].map((e) => e.localName).filter((n) => n.startsWith('netral-')))]);
  for (const tag of tags) {
    if (startWhenVisible.has(tag)) {
      let any = false;
      for (const element of await page.locator(tag).all()) {
        if (!(await element.isVisible())) continue;
        any = true;
        await element.scrollIntoViewIfNeeded();
      }
      if (!any) continue;
    }
    await elementStarted(page, tag);
  }
}

/**
 * Waits until the page has started every `tag` element: each has data-ready (see ready()), or, for an
 * element not built on the kit, its class is defined (its connectedCallback has run).
 */
export async function elementStarted(page: Page, tag: string): Promise<void> {
  await page.waitForFunction(
    (name) => {
      const kind = customElements.get(name);
      return kind !== undefined && [...document.querySelectorAll(name)].every((e) => e.hasAttribute('data-ready') || !('showBroken' in kind.prototype));
    },
    tag,
  );
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

/**
 * Records every layout shift of the next page `page` opens, from the start of loading, except those a click
 * or key caused. Call before page.goto(); read them with layoutShifts() once the page has settled.
 */
export async function watchLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const moved: string[] = [];
    Object.assign(window, { netralMoved: moved });
    type Shift = PerformanceEntry & { hadRecentInput: boolean; value: number; sources: { node?: Node | null }[] };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Shift[]) {
        if (entry.hadRecentInput) continue;
        // An element by its tag and class; a text node by its parent's, and where it starts.
        const name = (node: Node | null | undefined): string =>
          !node ? '?' : node.nodeType === Node.TEXT_NODE ? `text "${(node.textContent ?? '').trim().slice(0, 24)}" in ${name(node.parentElement)}` : `${node.nodeName}.${(node as Element).className}`;
        moved.push(...entry.sources.map((source) => `${name(source.node)} (${entry.value.toFixed(4)})`));
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shifts recorded so far (see watchLayoutShifts()): each moved element and the shift's score. */
export async function layoutShifts(page: Page): Promise<string[]> {
  // Shifts are reported with the frame that showed them: two frames on, every one so far is in.
  return page.evaluate(
    () => new Promise<string[]>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve((window as unknown as { netralMoved: string[] }).netralMoved)))),
  );
}

/**
 * Makes `page` load as a phone on a slow mobile connection does (latency and bandwidth of Chrome's "Slow
 * 4G" preset), so it paints before its scripts have arrived: what a learner sees happen as the page starts.
 */
export async function slowConnection(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
}

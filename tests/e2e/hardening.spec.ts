// Content Security Policy and privacy in one walk: every page type, used as a learner would (search,
// choices, buttons), runs without a single CSP violation and sends no request to another origin. Pages come
// from dist/, so page types that land later are covered. Requests from the page, its workers and its
// service worker are watched at the browser-context level.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { exercise, pathOf, representative } from './dist';
import { elementsReady, searchFor } from './fixtures';

/** Starts recording CSP violations (DOM events and console reports) on a page before it loads. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  const reported: string[] = [];
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) reported.push(`console: ${message.text()}`);
  });
  // Init scripts are injected by the browser's debugging protocol, which the page's policy does not govern.
  await page.addInitScript(() => {
    const log: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: log });
    document.addEventListener('securitypolicyviolation', (event) => {
      log.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`);
    });
  });
  return async () => [...reported, ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations))];
}

/** Records every request to another origin and stops it before it leaves the machine. */
async function watchOtherOrigins(context: BrowserContext, origin: string): Promise<string[]> {
  const elsewhere: string[] = [];
  const foreign = (url: URL) => (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:' || url.protocol === 'wss:') && url.origin !== origin;
  context.on('request', (request) => {
    if (foreign(new URL(request.url()))) elsewhere.push(`${request.resourceType()} ${request.url()}`);
  });
  await context.route(foreign, (route) => route.abort('blockedbyclient'));
  return elsewhere;
}

// Pages whose buttons save the course or trainer material for offline use, through the service worker.
const savesOffline = new Set(['netral-offline', 'netral-trainer-offline']);

for (const entry of representative()) {
  test.describe(() => {
    // The suite blocks service workers (playwright.config.ts). On the pages that save for offline use the
    // worker runs, so its registration and its requests are watched as well; it is the same worker on
    // every page, so the other pages need not pay for it.
    if (entry.elements.some((element) => savesOffline.has(element))) test.use({ serviceWorkers: 'allow' });

    test(`${entry.type} (${entry.url}): no CSP violation and no request to another origin while using it`, async ({ page, context, baseURL }) => {
      const violations = await recordViolations(page);
      const elsewhere = await watchOtherOrigins(context, new URL(baseURL ?? '').origin);
      await page.goto(pathOf(entry));
      // Astro's policy; a page may add a stricter one of its own (both then apply).
      expect(await page.locator('meta[http-equiv="content-security-policy" i]').count()).toBeGreaterThan(0);
      // Every element on the page has started (src/elements/kit.ts sets data-ready), so its scripts ran and
      // its requests were made before anything is judged; no waiting for a quiet network.
      await elementsReady(page);
      const search = page.getByRole('button', { name: 'Cari' });
      if ((await search.count()) > 0 && (await search.isEnabled())) {
        // Search compiles WebAssembly and starts a worker: the two things a strict policy most often breaks.
        await searchFor(page, 'netralitas');
        await expect(page.getByRole('dialog').getByRole('listitem').first()).toBeVisible();
        await page.keyboard.press('Escape');
      }
      await exercise(page);
      expect(await violations()).toEqual([]);
      expect(elsewhere).toEqual([]);
    });
  });
}

test('the violation recorder sees a blocked inline script (the check above can fail)', async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto('/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.title = "injected"';
    document.body.append(script);
  });
  await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src(-elem)? blocked inline/));
  await expect(page).not.toHaveTitle('injected');
});

test.describe('the request watcher itself', () => {
  // The site's CSP (connect-src 'self') would stop this request before the watcher sees it; switch it off
  // here to prove the watcher alone catches a request that slipped past, e.g. on a host that strips the CSP.
  test.use({ bypassCSP: true });

  test('notices a request to another origin (the check above can fail)', async ({ page, context, baseURL }) => {
    const elsewhere = await watchOtherOrigins(context, new URL(baseURL ?? '').origin);
    await page.goto('/');
    await page.evaluate(() => fetch('https://cdn.example.com/font.woff2').catch(() => undefined));
    expect(elsewhere).toEqual(['fetch https://cdn.example.com/font.woff2']);
  });
});

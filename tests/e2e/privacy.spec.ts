// Privacy: nothing the site does sends a request to another origin — no CDN, font, image, script or
// analytics. Every page type is opened and used (search, choices, buttons); requests from the page, its
// workers and its service worker are watched at the browser-context level.
import { expect, test, type BrowserContext } from '@playwright/test';
import { exercise, pathOf, representative } from './dist';
import { searchFor } from './fixtures';

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

for (const entry of representative()) {
  test(`${entry.type} (${entry.url}) requests nothing from another origin`, async ({ page, context, baseURL }) => {
    const elsewhere = await watchOtherOrigins(context, new URL(baseURL ?? '').origin);
    await page.goto(pathOf(entry));
    const search = page.getByRole('button', { name: 'Cari' });
    if ((await search.count()) > 0 && (await search.isEnabled())) {
      await searchFor(page, 'gratifikasi');
      await expect(page.getByRole('dialog').getByRole('listitem').first()).toBeVisible();
      await page.keyboard.press('Escape');
    }
    await exercise(page);
    await page.waitForLoadState('networkidle');
    expect(elsewhere).toEqual([]);
  });
}

test.describe('the watcher itself', () => {
  // The site's CSP (connect-src 'self') would stop this request before the watcher sees it; switch it off
  // here to prove the watcher alone catches a request that slipped past, e.g. on a host that strips the CSP.
  test.use({ bypassCSP: true });

  test('notices a request to another origin (the checks above can fail)', async ({ page, context, baseURL }) => {
    const elsewhere = await watchOtherOrigins(context, new URL(baseURL ?? '').origin);
    await page.goto('/');
    await page.evaluate(() => fetch('https://cdn.example.com/font.woff2').catch(() => undefined));
    expect(elsewhere).toEqual(['fetch https://cdn.example.com/font.woff2']);
  });
});

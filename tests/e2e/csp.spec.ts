// Content Security Policy: every page type, used as a learner would (search, choices, buttons), runs
// without a single CSP violation. Pages come from dist/, so page types that land later are covered.
import { expect, test, type Page } from '@playwright/test';
import { exercise, pathOf, representative } from './dist';
import { searchFor } from './fixtures';

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

for (const entry of representative()) {
  test(`no CSP violation on ${entry.type} (${entry.url}) while using it`, async ({ page }) => {
    const violations = await recordViolations(page);
    await page.goto(pathOf(entry));
    // Astro's policy; a page may add a stricter one of its own (both then apply).
    expect(await page.locator('meta[http-equiv="content-security-policy" i]').count()).toBeGreaterThan(0);
    const search = page.getByRole('button', { name: 'Cari' });
    if ((await search.count()) > 0 && (await search.isEnabled())) {
      // Search compiles WebAssembly and starts a worker: the two things a strict policy most often breaks.
      await searchFor(page, 'netralitas');
      await expect(page.getByRole('dialog').getByRole('listitem').first()).toBeVisible();
      await page.keyboard.press('Escape');
    }
    await exercise(page);
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
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

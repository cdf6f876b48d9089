// The built site as the hardening tests see it: every page in dist/ with its page type, and the pages
// that stand for the whole site (one per page type, plus pages that bring in more custom elements).
// Discovered from the build, so pages and features that land later are covered without editing a list.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { listPages, representativePages, type DistPage } from '../../scripts/lib/dist-pages.mjs';
import site from '../../src/site.config';

export type { DistPage };

/** The build output the tests read. */
export const distDir = resolve('dist');

/** The fixture course's build output (tests/fixtures/course/), which the "behaviour" project serves. */
export const fixtureDistDir = resolve('dist-fixture');

/** The base path the site is built for ("/" or "/netral/"). */
export const base = site.basePath;

/** The route of the lesson page, the page type the budgets and the no-JavaScript test are about. */
export const lessonRoute = 'materi/[module]/[lesson]';

/** Every HTML page of the build in `dir` (dist/ unless given); throws with a hint when there is no build. */
export function allPages(dir = distDir): DistPage[] {
  if (!existsSync(resolve(dir, 'index.html'))) throw new Error(`${dir} has no build: run \`npm run build\` (NETRAL_CONTENT_DIR=tests/fixtures/course for dist-fixture/) first.`);
  return listPages(dir, resolve('src/pages'));
}

/** One page per page type, plus pages until every custom element in the build is on one of them. */
export function representative(): DistPage[] {
  return representativePages(allPages());
}

/** The address to open a page at, relative to Playwright's baseURL. */
export function pathOf(page: DistPage): string {
  return `${base.replace(/\/$/, '')}${page.url}`;
}

// Buttons whose action could lose the learner's data or leave the page in a state later steps cannot use.
const avoid = /hapus|atur ulang|reset|cetak|print|keluar/i;

/**
 * Uses a page the way a curious learner would, so that scripts run their interactive paths: picks the
 * first option of each radio group, ticks each checkbox, then presses up to 25 enabled buttons in the main
 * content once each (skipping ones that delete, reset or print, and further items of an "<action>: <item>"
 * kind). Stops if a click leaves the page.
 */
export async function exercise(page: Page): Promise<void> {
  const start = page.url();
  page.on('dialog', (dialog) => void dialog.dismiss());
  const main = page.locator('main');
  const radios = main.locator('input[type="radio"]:enabled');
  const seen = new Set<string>();
  for (const radio of await radios.all()) {
    const name = (await radio.getAttribute('name')) ?? '';
    if (seen.has(name) || !(await radio.isVisible())) continue;
    seen.add(name);
    await radio.check();
  }
  for (const box of await main.locator('input[type="checkbox"]:enabled').all()) {
    if (await box.isVisible()) await box.check();
  }
  // Buttons named "<action>: <item>" (the planner's "Tambahkan: <lesson>", one per lesson) run the same code
  // for every item: only the first of each kind is among the 25 pressed, so they reach different controls.
  const buttons = main.getByRole('button');
  // File inputs (role button) open the system's file picker, which the walk cannot use; a learner presses
  // their visible label, which covers a visually hidden input (a click on it waited 5 s to give up).
  const names = await buttons.evaluateAll((els) => els.map((el) => (el.matches('input[type="file"]') ? null : (el.getAttribute('aria-label') ?? el.textContent ?? '').trim())));
  const kinds = new Set<string>();
  const chosen = names.flatMap((name, i) => {
    if (name === null) return [];
    const kind = /^([^:]{2,40}):\s/.exec(name)?.[1];
    if (kind === undefined) return [i];
    if (kinds.has(kind)) return [];
    kinds.add(kind);
    return [i];
  });
  for (const i of chosen.slice(0, 25)) {
    if (page.url() !== start) return;
    const button = buttons.nth(i);
    if (!(await button.isVisible()) || !(await button.isEnabled())) continue;
    if (avoid.test(names[i] ?? '')) continue;
    // A button an earlier click removed or disabled is not this walk's concern: move on.
    await button.click({ timeout: 5_000 }).catch(() => undefined);
    await page.keyboard.press('Escape'); // closes any dialog the button opened
  }
}

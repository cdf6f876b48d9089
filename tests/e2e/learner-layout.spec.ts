// Nothing on a phone scrolls sideways: every page template at 320 and 390 px, and reference entries opened
// by address land below the sticky header, whose height differs on phones.
import { expect, test } from '@playwright/test';
import { templates } from './fixtures';

const pages = [
  templates.home,
  templates.module,
  templates.lesson,
  templates.glossary,
  templates.regulations,
  `${templates.search}?q=netralitas`,
  templates.about,
  templates.notFound,
  '/progres/',
  '/tes/pre-test/',
  '/tes/post-test/',
  '/sertifikat/',
  '/verifikasi/',
  '/presentasi/',
];

for (const width of [320, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 760 } });

    for (const path of pages) {
      test(`${path} does not scroll sideways`, async ({ page }) => {
        await page.goto(path);
        // Elements change the page once started (search results, progress): measure after they have.
        await expect(page.locator('netral-search[data-ready]').first()).toBeAttached();
        if (path.startsWith(templates.search)) await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
        const overflow = await page.evaluate(() => ({
          page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          wide: [...document.querySelectorAll('body *')]
            .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && el.closest('[hidden], dialog:not([open]), .site-nav, pre, table, [popover]') === null)
            .slice(0, 3)
            .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
        }));
        expect(overflow).toEqual({ page: 0, wide: [] });
      });
    }

    test('a glossary entry opened by address lands below the header', async ({ page }) => {
      await page.goto('/glosarium/#netralitas-asn');
      const header = await page.locator('.site-header').boundingBox();
      const entry = await page.locator('[id="netralitas-asn"]').boundingBox();
      expect(entry?.y ?? 0).toBeGreaterThanOrEqual((header?.y ?? 0) + (header?.height ?? 0));
      await expect(page.locator('[id="netralitas-asn"]')).toBeInViewport();
    });
  });
}

// Nothing on a phone scrolls sideways: every page template at 320 and 390 px, and reference entries opened
// by address land below the sticky header, whose height differs on phones.
import { expect, test } from '@playwright/test';
import { templates } from './fixtures';
import { measureOverflow } from './phone-fit';

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

    // One tab walks every template (a test per page spent as long opening its browser tab as loading the
    // page); each page is judged on its own, and every page that does not fit is reported.
    test(`no page template scrolls sideways (${pages.length} pages)`, async ({ page }) => {
      for (const path of pages) {
        await page.goto(path);
        // Elements change the page once started (search results, progress): measure after they have.
        await expect(page.locator('netral-search[data-ready]').first(), path).toBeAttached();
        if (path.startsWith(templates.search)) await expect(page.getByRole('main').getByRole('listitem').first(), path).toBeVisible();
        if (path === '/progres/') await expect(page.locator('netral-progress-page[data-ready]'), path).toBeAttached();
        if (path.startsWith('/tes/')) await expect(page.locator('netral-exam[data-ready]'), path).toBeAttached();
        // Nothing sticks out and nothing scrolls or is clipped sideways, tables and code included; only the
        // header's navigation strip scrolls on purpose.
        expect.soft(await measureOverflow(page), `${path} at ${width} px`).toEqual({ page: 0, wide: [], clipped: [] });
      }
    });

    test('the home page\'s two buttons are one width', async ({ page }) => {
      await page.goto(templates.home);
      const main = page.getByRole('main');
      const start = await main.getByRole('link', { name: 'Mulai belajar', exact: true }).boundingBox();
      const modules = await main.getByRole('link', { name: 'Materi kursus', exact: true }).boundingBox();
      expect(start?.width ?? 0).toBeGreaterThan(0);
      expect(Math.abs((start?.width ?? 0) - (modules?.width ?? 0))).toBeLessThanOrEqual(1);
    });

    test('a glossary entry opened by address lands below the header', async ({ page }) => {
      await page.goto('/glosarium/#netralitas-asn');
      const header = await page.locator('.site-header').boundingBox();
      const entry = await page.locator('[id="netralitas-asn"]').boundingBox();
      expect(entry?.y ?? 0).toBeGreaterThanOrEqual((header?.y ?? 0) + (header?.height ?? 0));
      await expect(page.locator('[id="netralitas-asn"]')).toBeInViewport();
    });
  });
}

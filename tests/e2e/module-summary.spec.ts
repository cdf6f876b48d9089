// The one-page "Lakukan / Hindari" summary of every module of the real course (issue #15): linked from its
// module page, prints on one A4 page, fits a phone and passes axe. On the real course (project "chromium"):
// whether each summary fits one page is a check of its content.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';

test.use({ viewport: { width: 390, height: 844 } });

/** Whether the page scrolls sideways. */
async function overflows(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

test.describe('module summary', () => {
  test('each module links to its summary, which prints on one A4 page and is axe-clean', async ({ page }) => {
    test.setTimeout(120_000);
    const modules = ['asn-dan-perannya', 'berakhlak', 'netralitas-asn', 'skb-netralitas', 'antikorupsi', 'studi-kasus'];
    for (const module of modules) {
      await page.goto(`/materi/${module}/`);
      await page.getByRole('link', { name: 'Ringkasan satu halaman: lakukan dan hindari' }).click();
      await expect(page).toHaveURL(new RegExp(`/materi/${module}/ringkasan/$`));
      await expect(page.getByRole('heading', { level: 2, name: 'Lakukan' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: 'Hindari' })).toBeVisible();
      // Every item names its rule, linked to the regulations library.
      const items = page.locator('.summary-col li');
      expect(await items.count()).toBeGreaterThanOrEqual(4);
      for (const link of await items.getByRole('link').all()) expect(await link.getAttribute('href')).toMatch(/\/regulasi\/#/);
      expect(await overflows(page)).toBe(false);
      const pdf = await page.pdf({ format: 'A4' });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length, `${module}: printed pages`).toBe(1);
    }
    await expectNoAxeViolations(page);
  });
});

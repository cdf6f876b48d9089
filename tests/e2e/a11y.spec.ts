import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, searchFor, templates } from './fixtures';

for (const [name, path] of Object.entries(templates)) {
  test(`axe finds nothing on the ${name} template`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}

test('axe finds nothing in dark mode on a lesson', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(templates.lesson);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectNoAxeViolations(page);
});

test('axe finds nothing in the open search dialog with results', async ({ page }) => {
  await page.goto('/');
  await searchFor(page, 'gratifikasi');
  await expect(page.getByRole('dialog').getByRole('listitem').first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a lesson is readable at 320 px without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(templates.lesson);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the regulations library shows full titles and a badge per kind of source, axe-clean in dark mode', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(templates.regulations);
  const uu = page.locator('#uu-20-2023');
  await expect(uu.getByText('Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara')).toBeVisible();
  await expect(uu.getByText('Peraturan', { exact: true })).toBeVisible();
  await expect(page.locator('#putusan-mk-121-2024').getByText('Putusan pengadilan', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Panduan/pernyataan resmi' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Data resmi' })).toBeVisible();
  await expect(page.locator('#bkn-sbt-rincian-2024').getByText('Satu sumber', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
});

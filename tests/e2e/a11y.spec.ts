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

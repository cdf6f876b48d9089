import { expect, test } from '@playwright/test';
import { ready, templates } from './fixtures';

test('keyboard only: skip link, header, search and lesson navigation', async ({ page }) => {
  await page.goto(templates.lesson);

  // Tab order starts with the skip link, then the brand and the main navigation.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Langsung ke konten' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('a.brand')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Modul' })).toBeFocused();

  // Back to the skip link: Enter moves past the chrome to the content.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#konten$/);

  // Once search has started (it starts when the browser is idle), "/" opens it with focus in the query
  // field; typing finds results; Escape closes it.
  await ready(page.locator('netral-search'));
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Cari materi' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox', { name: 'Kata kunci' })).toBeFocused();
  await page.keyboard.type('gratifikasi');
  await expect(dialog.getByRole('listitem').first()).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('combobox', { name: 'Modul' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // The "next lesson" link is reachable and works with Enter.
  const next = page.getByRole('link', { name: /Berikutnya/ });
  await next.focus();
  await expect(next).toBeFocused();
  const href = await next.getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

import { expect, test } from '@playwright/test';
import { templates } from './fixtures';

test('keyboard only: skip link, header, search and lesson navigation', async ({ page }) => {
  await page.goto(templates.lesson);

  // The first Tab reaches the skip link, which moves focus past the chrome.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Langsung ke konten' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#konten$/);

  // "/" opens search with focus in the query field; typing and Tab reach a result; Escape closes.
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Cari materi' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox', { name: 'Kata kunci' })).toBeFocused();
  await page.keyboard.type('gratifikasi');
  await expect(dialog.getByRole('listitem').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Header: Tab from the top walks through brand, navigation, search and theme buttons.
  await page.locator('body').focus();
  await page.keyboard.press('Tab'); // skip link
  await page.keyboard.press('Tab'); // brand
  await expect(page.getByRole('link', { name: /Netral/ }).first()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Modul' })).toBeFocused();

  // The "next lesson" link is reachable and works with Enter.
  const next = page.getByRole('link', { name: /Berikutnya/ });
  await next.focus();
  await expect(next).toBeFocused();
  const href = await next.getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

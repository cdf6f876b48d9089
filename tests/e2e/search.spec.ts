import { expect, test } from '@playwright/test';
import { searchFor } from './fixtures';

test('search finds a lesson and opens it', async ({ page }) => {
  await page.goto('/');
  await searchFor(page, 'netralitas');
  const results = page.getByRole('dialog').getByRole('listitem');
  await expect(results.first()).toBeVisible();
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText(/\d+ hasil/);
  await results.getByRole('link', { name: 'Apa itu netralitas ASN' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Apa itu netralitas ASN' })).toBeVisible();
});

// Pagefind stems Indonesian with a Snowball stemmer: affixed forms such as "kenetralan" reduce to the
// same stem as "netralitas"' family only where the stemmer strips them; we assert a pair measured to work.
test('Indonesian stemming: "kenetralan" finds lessons that say "netralitas"', async ({ page }) => {
  await page.goto('/');
  await searchFor(page, 'kenetralan');
  await expect(page.getByRole('dialog').getByRole('link', { name: 'Apa itu netralitas ASN' })).toBeVisible();
});

test('the type filter narrows results to the glossary', async ({ page }) => {
  await page.goto('/');
  await searchFor(page, 'gratifikasi');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('listitem').first()).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Jenis' }).selectOption('glosarium');
  await expect(dialog.getByRole('listitem')).toHaveCount(1);
  await expect(dialog.getByRole('link', { name: 'Glosarium' })).toBeVisible();
});

test('the search page reads its query from the address', async ({ page }) => {
  await page.goto('/cari/?q=gratifikasi');
  await expect(page.getByRole('searchbox', { name: 'Kata kunci' })).toHaveValue('gratifikasi');
  await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
});

test('the index is built for Indonesian and leaves the site chrome out', async ({ page, request }) => {
  const entry = await (await request.get('/pagefind/pagefind-entry.json')).json();
  expect(Object.keys(entry.languages)).toEqual(['id']);
  // Read what Pagefind stored for a lesson: its text must not include the header, footer or sidebar.
  await page.goto('/');
  const content = await page.evaluate(async () => {
    const bundle = '/pagefind/pagefind.js';
    const pagefind = await import(/* @vite-ignore */ bundle);
    const found = await pagefind.search('netralitas');
    const pages = await Promise.all(found.results.slice(0, 5).map((r: { data: () => Promise<{ content: string }> }) => r.data()));
    return pages.map((p) => p.content).join('\n');
  });
  expect(content).toContain('netral');
  for (const chrome of ['Langsung ke konten', 'Navigasi utama', 'Data belajar Anda hanya disimpan', 'Daftar materi', 'Catatan fasilitator'])
    expect(content).not.toContain(chrome);
});

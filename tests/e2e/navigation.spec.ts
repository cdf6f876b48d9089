import { expect, test } from '@playwright/test';
import { templates } from './fixtures';

test('a learner goes from home to a module, a lesson and the next lesson', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await page.getByRole('link', { name: 'Netralitas ASN', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Netralitas ASN' })).toBeVisible();

  await page.getByRole('region', { name: 'Daftar pelajaran' }).getByRole('link').first().click();
  const firstTitle = await page.getByRole('heading', { level: 1 }).textContent();
  await expect(page.getByRole('heading', { name: 'Tujuan pembelajaran' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sumber dan dasar hukum' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Jejak navigasi' }).getByRole('link', { name: 'Netralitas ASN' })).toBeVisible();

  const next = page.getByRole('link', { name: /Berikutnya/ });
  const nextTitle = (await next.locator('.prev-next__title').textContent())?.trim();
  await next.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nextTitle ?? '');
  expect(nextTitle).not.toBe(firstTitle);
  await expect(page.getByRole('link', { name: /Sebelumnya/ })).toContainText(firstTitle ?? '');
});

test('the home page lists every module in order with durations', async ({ page }) => {
  await page.goto('/');
  const modules = page.getByRole('region', { name: 'Materi kursus' }).getByRole('heading', { level: 3 });
  await expect(modules).toHaveText(['ASN dan Perannya', 'Nilai Dasar BerAKHLAK', 'Netralitas ASN', 'SKB Netralitas 2022', 'Antikorupsi dan Integritas', 'Studi Kasus']);
  await expect(page.getByText(/Total \d+ jam \d+ menit belajar/)).toBeVisible();
});

test('a glossary link in a lesson leads, through its definition, to its term', async ({ page }) => {
  await page.goto(templates.lesson);
  await expect(page.locator('netral-definition[data-ready]')).toBeAttached();
  const term = page.locator('a.term').first();
  const href = await term.getAttribute('href');
  expect(href).toMatch(/\/glosarium\/#[a-z0-9-]+$/);
  await term.click();
  await page.getByRole('dialog').getByRole('link', { name: 'Buka di glosarium' }).click();
  const id = href?.split('#')[1] ?? '';
  await expect(page).toHaveURL(new RegExp(`/glosarium/#${id}$`));
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test('glossary letters jump to their section', async ({ page }) => {
  await page.goto(templates.glossary);
  await page.getByRole('navigation', { name: 'Loncat ke huruf' }).getByRole('link', { name: 'K', exact: true }).click();
  await expect(page).toHaveURL(/#huruf-K$/);
  await expect(page.getByRole('heading', { level: 2, name: 'K', exact: true })).toBeInViewport();
});

test('the regulations library shows status and what replaced what', async ({ page }) => {
  await page.goto(templates.regulations);
  const old = page.locator('[id="uu-5-2014"]');
  await expect(old.getByText('Dicabut', { exact: true })).toBeVisible();
  await old.getByRole('link', { name: 'UU 20/2023' }).click();
  await expect(page).toHaveURL(/#uu-20-2023$/);
  await expect(page.locator('[id="uu-20-2023"]').getByText('Berlaku', { exact: true })).toBeVisible();
});

test('an unknown address shows the 404 page', async ({ page }) => {
  const response = await page.goto(templates.notFound);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeVisible();
  await page.getByRole('link', { name: 'Ke beranda' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('the theme toggle switches to dark mode and remembers it', async ({ page }) => {
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Gelap' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Gelap' })).toHaveAttribute('aria-pressed', 'true');
});

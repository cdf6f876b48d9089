// Offline use: installing, the whole course after one visit, saving with progress, and updates that wait
// for the learner. Each test has its own browser context, so its own service worker and caches.
import { expect, test, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeServiceWorker } from '../../src/integrations/offline';
import { expectNoAxeViolations, searchFor, templates } from './fixtures';
import { serveDirectory } from './static-server';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
// Saving the whole course is a hundred requests on a machine shared with other tests: allow it time.
const saving = { timeout: 60_000 };
test.describe.configure({ timeout: 120_000 });
// The suite blocks service workers (playwright.config.ts); this file is about the worker, so it runs it.
test.use({ serviceWorkers: 'allow' });

/** Opens the about page, saves the course for offline use and waits until the worker controls the page. */
async function saveForOffline(page: Page, url: string = templates.about): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Simpan untuk offline' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Selesai' })).toHaveText(
    /^Selesai: kursus \(\d+ berkas, [\d,]+ (KB|MB)\) tersimpan/,
    saving,
  );
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('the site can be installed: manifest, icons and theme colour', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('/manifest.webmanifest');
  const manifest = await (await request.get(href ?? '')).json();
  expect(manifest).toMatchObject({ name: 'Netral', short_name: 'Netral', lang: 'id', start_url: '/', scope: '/', display: 'standalone' });
  await expect(page.locator('meta[name="theme-color"]').first()).toHaveAttribute('content', manifest.theme_color);
  const icons = manifest.icons as { src: string; sizes: string; purpose: string }[];
  expect(icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(
    expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
  );
  for (const icon of icons) {
    const response = await request.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
  }
});

test('after one visit, an unvisited lesson, search and the 404 page work offline', async ({ page, context }) => {
  await saveForOffline(page);
  await expect(page.getByRole('main').getByText(/^\d+ dari \d+ berkas$/)).toBeVisible();
  await context.setOffline(true);

  await page.goto(templates.lesson);
  await expect(page.getByRole('heading', { level: 1, name: 'Apa itu netralitas ASN' })).toBeVisible();

  await searchFor(page, 'netralitas');
  const dialog = page.getByRole('dialog', { name: 'Cari materi' });
  await expect(dialog.getByRole('status')).toHaveText(/\d+ hasil/);
  await dialog.getByRole('link', { name: 'Apa itu netralitas ASN' }).first().click();
  // A lesson hit opens at the passage, with the words to highlight in the query.
  await expect(page).toHaveURL(/\/materi\/netralitas-asn\/apa-itu-netralitas\/(\?[^#]*)?(#.*)?$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Apa itu netralitas ASN' })).toBeVisible();

  await page.goto('/cari/?q=gratifikasi');
  await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();

  await page.goto(templates.notFound);
  await expect(page.getByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeVisible();
});

test('on the first visit the home page shows the course being saved, then ready; an unvisited lesson and search then work offline', async ({ page, context }) => {
  await page.goto(templates.home);
  const panel = page.locator('[data-offline-state]');
  // The learner sees it being saved (or, on a fast machine, already saved) without asking.
  await expect(panel).toHaveAttribute('data-offline-state', /^(saving|ready)$/, saving);
  await expect(page.getByRole('status').filter({ hasText: 'Siap dibuka tanpa internet' })).toBeVisible(saving);
  await expect(panel.getByRole('progressbar')).toBeHidden();
  await expectNoAxeViolations(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);

  await page.goto(templates.lesson);
  await expect(page.getByRole('heading', { level: 1, name: 'Apa itu netralitas ASN' })).toBeVisible();
  // Its knowledge check loads its questions from the saved copy too.
  await expect(page.getByRole('button', { name: 'Periksa jawaban' }).first()).toBeEnabled(saving);
  await searchFor(page, 'gratifikasi');
  const dialog = page.getByRole('dialog', { name: 'Cari materi' });
  await expect(dialog.getByRole('status')).toHaveText(/\d+ hasil/);
  await expect(dialog.getByRole('link').first()).toBeVisible();
  // Shown once per session: the next page does not repeat it.
  await expect(page.getByRole('status').filter({ hasText: 'Siap dibuka tanpa internet' })).toHaveCount(0);
});

test('decks and handouts are not in the learner copy; a trainer saves a module and its decks then open offline', async ({ page, context }) => {
  const deck = '/presentasi/netralitas-asn/apa-itu-netralitas/';
  await page.goto(templates.about);
  await expect(page.getByRole('status').filter({ hasText: 'Siap dibuka tanpa internet' })).toBeVisible(saving);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.goto(deck);
  await expect(page.getByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeVisible();

  await context.setOffline(false);
  await page.goto(templates.about);
  const trainer = page.getByRole('region', { name: 'Materi pelatih tanpa internet' });
  await trainer.getByRole('combobox', { name: 'Modul' }).selectOption({ label: 'Netralitas ASN' });
  await trainer.getByRole('button', { name: 'Simpan materi pelatih modul terpilih' }).click();
  await expect(trainer.getByRole('status')).toHaveText(/^Tersimpan: materi pelatih modul ini \(\d+ berkas, [\d,]+ (KB|MB)\)/, saving);
  await expectNoAxeViolations(page, 'netral-trainer-offline');

  await context.setOffline(true);
  await page.goto(deck);
  await expect(page.locator('netral-deck')).toBeAttached();
  await expect(page.getByRole('heading', { name: 'Halaman tidak ditemukan' })).toHaveCount(0);
  await page.goto('/handout/netralitas-asn/');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Halaman tidak ditemukan');
  // Another module was not saved.
  await page.goto('/presentasi/berakhlak/nilai-dasar-berakhlak/');
  await expect(page.getByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeVisible();
});

test('saving for offline reports a dropped connection and resumes where it stopped', async ({ page, context }) => {
  // The connection drops while the search engine's files are being saved.
  await context.route('**/pagefind/wasm.*', (route) => route.abort('internetdisconnected'));
  await page.goto(templates.about);
  await page.getByRole('button', { name: 'Simpan untuk offline' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Penyimpanan terhenti:' })).toHaveText(
    /^Penyimpanan terhenti: \d+ dari \d+ berkas tersimpan\. Periksa koneksi internet/,
    saving,
  );
  await expectNoAxeViolations(page, 'netral-offline');

  await context.unroute('**/pagefind/wasm.*');
  await page.getByRole('button', { name: 'Simpan untuk offline' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Selesai' })).toBeVisible(saving);
  await expectNoAxeViolations(page);
});

test.describe('a new deploy', () => {
  let root: string;
  let server: Awaited<ReturnType<typeof serveDirectory>>;

  test.beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'netral-deploy-'));
    cpSync(dist, root, { recursive: true });
    server = await serveDirectory(root);
  });

  test.afterEach(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  test('shows "Versi baru tersedia" and switches only when the learner accepts', async ({ page }) => {
    const about = new URL('tentang/', server.url).href;
    await saveForOffline(page, about);
    const oldVersion = await page.getByText(/^Versi situs: /).textContent();

    // Deploy a build in which the about page changed: same steps as `astro build` after Pagefind.
    const file = join(root, 'tentang', 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('<h2>Untuk siapa</h2>', '<h2>Untuk siapa kursus ini</h2>'));
    await writeServiceWorker(root);

    await page.reload();
    const prompt = page.getByRole('status').filter({ hasText: 'Versi baru tersedia' });
    await expect(prompt).toBeVisible(saving);
    // Until the learner accepts, every page still comes from the version they were reading.
    await page.goto(about);
    await expect(prompt).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Untuk siapa', exact: true })).toBeVisible();
    await expectNoAxeViolations(page);

    await prompt.getByRole('button', { name: 'Muat ulang' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Untuk siapa kursus ini' })).toBeVisible();
    await expect(page.getByText('Versi baru tersedia')).toHaveCount(0);
    await page.getByRole('button', { name: 'Simpan untuk offline' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Selesai' })).toBeVisible(saving);
    const newVersion = await page.getByText(/^Versi situs: /).textContent();
    expect(newVersion).toMatch(/^Versi situs: [0-9a-f]{12}$/);
    expect(newVersion).not.toBe(oldVersion);
  });
});

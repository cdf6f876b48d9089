import { expect, test, type Locator, type Request } from '@playwright/test';
import { expectNoAxeViolations, searchFor } from './fixtures';

test('search finds a lesson and opens it', async ({ page }) => {
  await page.goto('/');
  await searchFor(page, 'netralitas');
  const results = page.getByRole('dialog').getByRole('listitem');
  await expect(results.first()).toBeVisible();
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText(/\d+ hasil/);
  await results.getByRole('link', { name: 'Apa itu netralitas ASN' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Apa itu netralitas ASN' })).toBeVisible();
});

// The header's dialog is built by <netral-search> (src/elements/netral-search.ts) while the /cari/ page renders
// its form in HTML (SearchPanel.astro): two sources of one form, so this keeps them from drifting apart.
test('the header search dialog offers the same fields, labels and choices as the search page', async ({ page }) => {
  const formOf = (form: Locator) =>
    form.evaluate((element: HTMLFormElement) =>
      [...element.elements].map((control) => ({
        label: (control as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? '',
        name: control.getAttribute('name'),
        tag: control.localName,
        type: control.getAttribute('type'),
        placeholder: control.getAttribute('placeholder'),
        options: control instanceof HTMLSelectElement ? [...control.options].map((option) => [option.value, option.text]) : [],
      })),
    );
  await page.goto('/cari/');
  const onPage = await formOf(page.getByRole('main').getByRole('search'));
  await page.goto('/');
  await page.getByRole('button', { name: 'Cari' }).click();
  const inDialog = await formOf(page.getByRole('dialog', { name: 'Cari materi' }).getByRole('search'));
  expect(onPage.length).toBeGreaterThan(0);
  expect(inDialog).toEqual(onPage);
});

test('the type filter narrows results to the glossary', async ({ page }) => {
  await page.goto('/');
  await searchFor(page, 'gratifikasi');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('listitem').first()).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Jenis' }).selectOption('glosarium');
  await expect(dialog.getByRole('listitem')).toHaveCount(1);
  await expect(dialog.getByRole('status')).toHaveText('1 hasil');
  // The glossary page is one result; its link opens the entry itself, other entries follow it.
  await expect(dialog.getByRole('link', { name: 'Gratifikasi', exact: true })).toHaveAttribute('href', /\/glosarium\/\?highlight=gratifikasi#gratifikasi$/);
  await expect(dialog.getByRole('link', { name: /^UPG/ })).toBeVisible();
});

test('a glossary hit opens its entry below the header, the word highlighted', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/');
  await searchFor(page, 'gratifikasi');
  await page.getByRole('dialog').getByRole('link', { name: 'Gratifikasi', exact: true }).click();
  await expect(page).toHaveURL(/\/glosarium\/\?highlight=gratifikasi#gratifikasi$/);
  const entry = page.locator('[id="gratifikasi"]');
  await expect(entry.locator('mark').first()).toBeInViewport();
  const header = await page.locator('.site-header').boundingBox();
  const box = await entry.boundingBox();
  expect(box?.y ?? 0).toBeGreaterThanOrEqual((header?.y ?? 0) + (header?.height ?? 0));
});

// Pagefind stems Indonesian with a Snowball stemmer: affixed forms such as "kenetralan" reduce to the
// same stem as "netralitas"' family only where the stemmer strips them; we assert a pair measured to work.
test('Indonesian stemming: "kenetralan" finds lessons that say "netralitas"; the hit opens at the passage with the words highlighted', async ({ page }) => {
  await page.goto('/');
  await searchFor(page, 'kenetralan');
  const hit = page.getByRole('dialog').getByRole('link', { name: 'Apa itu netralitas ASN' });
  await expect(hit).toBeVisible();
  await hit.click();
  await expect(page).toHaveURL(/\?highlight=/);
  await expect(page.locator('article mark.search-hit').first()).toBeVisible();
  // The page scrolled to the passage: a highlighted word is on screen, below the sticky header.
  const onScreen = () => page.evaluate(() => {
    const headerBottom = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
    return [...document.querySelectorAll('article mark.search-hit')].some((mark) => {
      const box = mark.getBoundingClientRect();
      return box.top >= headerBottom && box.bottom <= innerHeight;
    });
  });
  await expect.poll(onScreen).toBe(true);
});

test('words learners use find the lessons\' wording: "like" finds "tanda suka"', async ({ page }) => {
  await page.goto('/');
  await searchFor(page, 'like');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('Juga dicari: tanda suka')).toBeVisible();
  await expect(dialog.getByRole('link', { name: 'Netralitas di media sosial' })).toBeVisible();
});

test('the first five results show at once, "more" adds ten and the status counts them all', async ({ page }) => {
  await page.goto('/cari/?q=asn');
  const main = page.getByRole('main');
  const status = main.getByRole('status');
  await expect(status).toHaveText(/^\d+ hasil; 5 pertama ditampilkan\.$/);
  const total = Number((await status.textContent())?.match(/^\d+/)?.[0]);
  expect(total).toBeGreaterThan(15);
  const shown = main.locator('[data-search-results] > li:not([hidden])');
  await expect(shown).toHaveCount(5);
  await main.getByRole('button', { name: 'Tampilkan 10 hasil berikutnya' }).click();
  await expect(shown).toHaveCount(15);
  await expect(status).toHaveText(`${total} hasil; 15 pertama ditampilkan.`);
  // Keyboard users continue where the new results start.
  await expect(main.locator('[data-search-results] > li').nth(5).getByRole('link').first()).toBeFocused();
});

// Search starts by fetching Pagefind's entry and engine together with its script instead of one after
// another; the browser must hand those early downloads to Pagefind, never download a file twice.
test('a first search downloads each search file once', async ({ page }) => {
  await page.goto('/');
  const fetched: string[] = [];
  let done = 0;
  const search = (request: Request) => new URL(request.url()).pathname.includes('/pagefind/');
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (search(request)) fetched.push(url.pathname + url.search);
  });
  const arrived = (request: Request) => {
    if (search(request)) done += 1;
  };
  page.on('requestfinished', arrived);
  page.on('requestfailed', arrived);
  await searchFor(page, 'netralitas');
  await expect(page.getByRole('dialog').getByRole('listitem').getByRole('link').first()).toBeVisible();
  // Every search file asked for has arrived, the five shown results' fragments among them (not a quiet
  // network for half a second, which is a wait for time).
  await expect.poll(() => fetched.filter((url) => url.includes('.pf_fragment')).length >= 5 && done === fetched.length).toBe(true);
  expect(fetched.filter((url, i) => fetched.indexOf(url) !== i)).toEqual([]);
  expect(fetched.filter((url) => /\/wasm\.[^/]+\.pagefind$/.test(url))).toEqual(['/pagefind/wasm.id.pagefind']);
  expect(fetched.filter((url) => url.includes('pagefind-entry.json'))).toHaveLength(1);
  expect(fetched.filter((url) => url.includes('.pf_meta'))).toHaveLength(1);
  expect(fetched.filter((url) => url.includes('.pf_fragment'))).toHaveLength(5);
});

for (const width of [320, 390]) {
  test(`the search dialog fits a ${width} px phone with a query typed`, async ({ page }) => {
    await page.setViewportSize({ width, height: 700 });
    await page.goto('/');
    await searchFor(page, 'netralitas');
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('listitem').first()).toBeVisible();
    await expect(dialog.getByRole('combobox', { name: 'Jenis' })).toBeInViewport();
    const widths = await page.evaluate(() => {
      const d = document.querySelector('dialog[open]');
      return { page: document.documentElement.scrollWidth, dialog: d ? d.scrollWidth - d.clientWidth : -1, input: d?.querySelector('input')?.getBoundingClientRect().right ?? 0, dialogRight: d?.getBoundingClientRect().right ?? 0 };
    });
    expect(widths.page).toBeLessThanOrEqual(width);
    expect(widths.dialog).toBe(0);
    expect(widths.input).toBeLessThanOrEqual(widths.dialogRight);
    await expectNoAxeViolations(page, 'dialog');
  });
}


test('the search page reads its query from the address', async ({ page }) => {
  await page.goto('/cari/?q=gratifikasi');
  await expect(page.getByRole('searchbox', { name: 'Kata kunci' })).toHaveValue('gratifikasi');
  await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
});

test('the index is built for Indonesian and leaves the site chrome and ordering questions\' screen-reader button text out', async ({ page, request }) => {
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

  // Ordering questions' screen-reader button text stays out of excerpts (same page, same index).
  const texts = await page.evaluate(async () => {
    const bundle = '/pagefind/pagefind.js';
    const pagefind = await import(/* @vite-ignore */ bundle);
    const found = await pagefind.search('urutkan');
    const pages = await Promise.all(found.results.map((r: { data: () => Promise<{ content: string }> }) => r.data()));
    return pages.map((p) => p.content);
  });
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) expect(text).not.toMatch(/\b(Naik|Turun):/);
});

// The dialog's words come from /teks.json when search is first used (lateStrings() in src/elements/kit.ts).
test('when the strings file cannot be loaded, the search button opens the search page instead of a dialog', async ({ page }) => {
  await page.route('**/teks.json', (route) => route.abort());
  await page.goto('/');
  await expect(page.locator('netral-search[data-ready]')).toBeAttached();
  await page.getByRole('button', { name: 'Cari' }).click();
  await expect(page).toHaveURL(/\/cari\/$/);
  await expect(page.getByRole('main').getByRole('searchbox', { name: 'Kata kunci' })).toBeVisible();
});

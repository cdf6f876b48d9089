import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, templates } from './fixtures';

// One page per lesson or module; the trainer's edition is its "?fasilitator" mode.
const peserta = '/handout/netralitas-asn/apa-itu-netralitas/';
const moduleHandout = '/handout/netralitas-asn/';

test('printing a lesson page hides the site chrome and opens every disclosure', async ({ page }) => {
  await page.goto(templates.lesson);
  await expect(page.getByRole('banner')).toBeVisible();
  const notes = page.locator('details[data-notes]').first().locator('.notes__body');
  await expect(notes).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Untuk fasilitator' })).toBeHidden();
  await expect(page.getByRole('link', { name: /Berikutnya/ })).toBeHidden();
  await expect(notes).toBeVisible();
});

// Each handout is scanned by axe in the test that opens it (a module handout is long: one load for both).
test("the participants' handout has the exercise but no answer keys or trainer notes; axe finds nothing on it", async ({ page }) => {
  await page.goto(peserta);
  await expect(page.getByRole('heading', { level: 1, name: 'Apa itu netralitas ASN' })).toBeVisible();
  await expect(page.getByText('Handout · Edisi peserta')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Latihan' })).toBeVisible();
  // The page holds the trainer's parts too; this edition shows none of them.
  await expect(page.getByText('Kunci jawaban').filter({ visible: true })).toHaveCount(0);
  await expect(page.getByText('Catatan fasilitator').filter({ visible: true })).toHaveCount(0);
  await expect(page.getByRole('complementary', { name: 'Catatan fasilitator' })).toHaveCount(0);
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Cetak atau simpan PDF' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Edisi' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Latihan' })).toBeVisible();
  await expect(page.getByText('Kunci jawaban').filter({ visible: true })).toHaveCount(0);
});

test("the trainer's handout prints answer keys and notes; axe finds nothing on it", async ({ page }) => {
  await page.goto(peserta);
  await page.getByRole('navigation', { name: 'Edisi' }).getByRole('link', { name: 'Edisi fasilitator' }).click();
  await expect(page).toHaveURL(new RegExp(`${peserta}\\?fasilitator$`));
  await expect(page).toHaveTitle(/^Apa itu netralitas ASN · Handout edisi fasilitator/);
  await expect(page.getByText('Handout · Edisi fasilitator')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edisi fasilitator' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('link', { name: 'Edisi peserta' })).not.toHaveAttribute('aria-current', 'page');
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: 'print' });
  const questions = page.getByRole('region', { name: 'Latihan' }).getByRole('listitem').filter({ has: page.locator('[data-answer-key]') });
  const keys = page.getByText('Kunci jawaban', { exact: true });
  expect(await keys.count()).toBeGreaterThanOrEqual(5);
  expect(await questions.count()).toBe(await keys.count());
  await expect(keys.first()).toBeVisible();
  await expect(page.getByText('Dasar:').first()).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Catatan fasilitator' }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cetak atau simpan PDF' })).toBeHidden();
});

test('a module handout starts every lesson on a new page; axe finds nothing on it', async ({ page }) => {
  // A module handout is long: axe takes a while on a shared machine.
  test.setTimeout(90_000);
  await page.goto(moduleHandout);
  // The lessons are their own handout pages, joined in the browser.
  await expect(page.locator('netral-handout-lessons')).toHaveAttribute('data-ready', '');
  await expect(page.locator('netral-handout-lessons [data-broken-notice]')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Netralitas ASN' })).toBeVisible();
  const lessons = page.getByRole('article');
  const count = await lessons.count();
  expect(count).toBeGreaterThanOrEqual(3);
  await expect(page.getByRole('region', { name: 'Latihan' })).toHaveCount(count);
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: 'print' });
  for (let i = 1; i < count; i++) {
    expect(await lessons.nth(i).evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
  }
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBeGreaterThan(count);
});

test('the print button opens the browser print dialog', async ({ page }) => {
  await page.goto(peserta);
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.getByRole('button', { name: 'Cetak atau simpan PDF' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

test("axe finds nothing on the trainer's module handout", async ({ page }) => {
  // A module handout is long: axe takes a while on a shared machine.
  test.setTimeout(90_000);
  await page.goto(`${moduleHandout}?fasilitator`);
  await expect(page.locator('netral-handout-lessons')).toHaveAttribute('data-ready', '');
  await expectNoAxeViolations(page);
});

// "Progres Saya" agrees with the rest of the site: a lesson the home page names as last opened is started,
// and the dilemma endings a learner found are listed with their lesson.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';
import { expectFits } from './phone-fit';

const dilemmaLesson = '/materi/studi-kasus/malang-deklarasi-dan-pakta-integritas/';
const otherLesson = '/materi/netralitas-asn/apa-itu-netralitas/';

test.use({ viewport: { width: 390, height: 844 } });

test('lessons opened, the last one named on the home page, show as started in Progres Saya', async ({ page }) => {
  await page.goto(dilemmaLesson);
  await expect(page.locator('netral-lesson-progress[data-ready]')).toBeAttached();
  const first = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
  await page.goto(otherLesson);
  await expect(page.locator('netral-lesson-progress[data-ready]')).toBeAttached();
  const last = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';

  await page.goto('/');
  await expect(page.getByText(`Terakhir dibuka: ${last}.`)).toBeVisible();

  await page.goto('/progres/');
  await expect(page.locator('netral-progress-page[data-ready]')).toBeAttached();
  for (const title of [first, last]) {
    // The lesson's own item, inside its module's item.
    const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title, exact: true }) }).last();
    await expect(item).toContainText('Sudah dibuka, belum dibaca sampai akhir');
    await expect(item).not.toContainText('Belum dimulai');
  }
});

test('a dilemma ending found in a lesson is kept and listed in Progres Saya', async ({ page }) => {
  await page.goto(dilemmaLesson);
  const dilemma = page.getByRole('region', { name: 'Dilema: Foto bersama setelah deklarasi netralitas' });
  const started = page.locator('netral-scenario[data-ready]').filter({ has: dilemma });
  await dilemma.scrollIntoViewIfNeeded();
  await expect(started).toBeAttached();
  await dilemma.getByRole('link', { name: 'Memotret dengan pose dua jari sesuai permintaan' }).click();
  await dilemma.getByRole('link', { name: /Langsung mengunggahnya/ }).click();
  await expect(dilemma.getByRole('status')).toHaveText('Akhir yang sudah Anda temukan: 1 dari 3');

  // Back on the lesson later, the count starts from what was found.
  await page.reload();
  await dilemma.scrollIntoViewIfNeeded();
  await expect(started).toBeAttached();
  await expect(dilemma.getByRole('status')).toHaveText('Akhir yang sudah Anda temukan: 1 dari 3');

  await page.goto('/progres/');
  await expect(page.locator('netral-progress-page[data-ready]')).toBeAttached();
  await expect(page.getByText('Dilema “Foto bersama setelah deklarasi netralitas”: 1 dari 3 akhir cerita sudah ditemukan')).toBeVisible();
  await expectFits(page);
  await expectNoAxeViolations(page);
});

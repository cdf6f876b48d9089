// "Progres Saya" agrees with the rest of the site: a lesson the home page names as last opened is started,
// and the dilemma endings a learner found are listed with their lesson. On the fixture course (project
// "behaviour", tests/e2e/fixture-course.ts).
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';
import { dilemmaLesson as dilemmaPage, lessonA1 } from './fixture-course';
import { expectFits } from './phone-fit';

const dilemmaLesson = dilemmaPage.path;
const otherLesson = lessonA1.path;

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
  const dilemma = page.getByRole('region', { name: `Dilema: ${dilemmaPage.title}` });
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
  await expect(page.getByText(`Dilema “${dilemmaPage.title}”: 1 dari 3 akhir cerita sudah ditemukan`)).toBeVisible();
  await expectFits(page);
  await expectNoAxeViolations(page);
});

test('the progress file is opened with an Indonesian "Pilih berkas" control that is the labelled file input', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 760 });
  await page.goto('/progres/');
  // The summary above renders as its element starts and moves the control down: measure after both.
  await expect(page.locator('netral-progress-page[data-ready]')).toBeAttached();
  await expect(page.locator('netral-progress-transfer[data-ready]')).toBeAttached();
  const input = page.getByLabel('Buka berkas progres');
  await expect(input).toHaveAttribute('type', 'file');
  await expect(input).toBeEnabled();
  // What the eye sees where the input lies is "Pilih berkas", not the browser's own button text.
  await input.scrollIntoViewIfNeeded();
  const box = await input.boundingBox();
  const face = page.getByText('Pilih berkas', { exact: true });
  await expect(face).toBeVisible();
  expect(await face.boundingBox()).toEqual(box);
  // A tap there (the input's centre, once it stands still) opens the file picker of the real input.
  const chooser = page.waitForEvent('filechooser');
  await input.click();
  expect((await chooser).element()).toBeTruthy();
  await expectFits(page);
  await expectNoAxeViolations(page, '.transfer');
});

// Branching dilemmas: one step at a time, keyboard operable, endings with verdict and rule, restart. On the
// fixture course (project "behaviour", tests/e2e/fixture-course.ts).
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, ready } from './fixtures';
import { dilemmaLesson } from './fixture-course';

const lesson = dilemmaLesson.path;

test('a learner walks a dilemma by keyboard, sees the consequence and tries another path', async ({ page }) => {
  await page.goto(lesson);
  const dilemma = page.getByRole('region', { name: `Dilema: ${dilemmaLesson.title}` });
  // The learner scrolls down to it (its code loads as it nears the screen). Only the first step is shown:
  // one question, and no consequence yet.
  await dilemma.scrollIntoViewIfNeeded();
  await ready(page.locator('netral-scenario').filter({ has: dilemma }));
  await expect(dilemma.getByRole('list', { name: 'Apa yang Anda lakukan?' }).filter({ visible: true })).toHaveCount(1);
  await expect(dilemma.getByText(/^Akhir cerita/).filter({ visible: true })).toHaveCount(0);

  const firstChoice = dilemma.getByRole('link', { name: 'Memotret dengan pose dua jari sesuai permintaan' });
  await firstChoice.focus();
  await page.keyboard.press('Enter');
  await dilemma.getByRole('link', { name: /Langsung mengunggahnya/ }).focus();
  await page.keyboard.press('Enter');

  // The V-sign breaks BKN's pose guidance; the source is shown as a guidance, not as a law.
  await expect(dilemma.getByText('Akhir cerita: Melanggar').filter({ visible: true })).toHaveCount(1);
  await expect(dilemma.getByRole('link', { name: /BKN, Penjelasan tentang pose foto/ })).toBeVisible();
  await expect(dilemma.getByText('Panduan/pernyataan resmi').filter({ visible: true })).toHaveCount(1);
  await expect(dilemma.getByRole('status')).toHaveText('Akhir yang sudah Anda temukan: 1 dari 3');
  await expectNoAxeViolations(page, 'netral-scenario');

  await dilemma.getByRole('button', { name: 'Kembali satu langkah' }).click();
  await expect(dilemma.getByRole('link', { name: /Meminta waktu satu menit/ })).toBeVisible();
  await dilemma.getByRole('button', { name: 'Ulangi dari awal' }).click();
  await expect(firstChoice).toBeVisible();
  await expect(dilemma.getByText(/^Akhir cerita/).filter({ visible: true })).toHaveCount(0);
});

test('without JavaScript a dilemma still works by following its links', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(lesson);
  const dilemma = page.getByRole('region', { name: `Dilema: ${dilemmaLesson.title}` });
  await dilemma.getByRole('link', { name: 'Memotret dengan pose dua jari sesuai permintaan' }).click();
  await expect(page).toHaveURL(new RegExp(`#dilema-${dilemmaLesson.id}-foto-dua-jari$`));
  await context.close();
});

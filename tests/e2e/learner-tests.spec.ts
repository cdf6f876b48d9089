// The learner's pre-test and post-test on a phone: a post-test never repeats a question whose answer the
// learner already saw in a review, as far as the banks allow (src/lib/quiz/shown.ts, draw.ts).
import { expect, test, type Page } from '@playwright/test';
import { seedLearner } from './learner-state';
import { readReveals } from './quiz-helpers';

test.use({ viewport: { width: 390, height: 844 } });

/** The prompts of every question in the exam's current attempt (the stage holds them all, one shown). */
async function stagePrompts(page: Page): Promise<string[]> {
  return page.locator('netral-exam [data-stage] .question .question__text').allTextContents();
}

test('the post-test draws none of the questions whose answers the pre-test review showed', async ({ page }) => {
  await page.goto('/tes/pre-test/');
  await page.getByRole('button', { name: 'Mulai pre-test' }).click();
  await page.getByRole('button', { name: 'Selesai, periksa jawaban' }).click();
  await page.getByRole('button', { name: 'Kumpulkan jawaban' }).click();
  const review = page.getByRole('region', { name: 'Hasil pre-test' }).locator('.exam-review');
  await expect(review.locator('.question').first()).toBeVisible();
  const reviewed = await review.locator('.question .question__text').allTextContents();
  expect(reviewed.length).toBeGreaterThan(0);

  await page.goto('/tes/post-test/');
  await page.getByRole('button', { name: 'Mulai post-test' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Soal 1 dari \d+$/ })).toBeVisible();
  const drawn = await stagePrompts(page);
  expect(drawn.length).toBeGreaterThan(0);
  expect(drawn.filter((prompt) => reviewed.includes(prompt))).toEqual([]);
});

test('when only a few questions per topic are still unseen, the post-test draws exactly those', async ({ page }) => {
  await page.goto('/tes/post-test/');
  const exam = page.locator('netral-exam');
  const reveals = await readReveals(exam);
  const { mix } = JSON.parse((await exam.getAttribute('data-config')) ?? '{}') as { mix: Record<string, number> };
  // Per topic, the first `mix` questions stay unseen; every other answer counts as shown.
  const unseen = Object.entries(mix).flatMap(([module, count]) =>
    Object.keys(reveals)
      .filter((id) => reveals[id]?.module === module)
      .sort()
      .slice(0, count),
  );
  await seedLearner(page, { answersShown: Object.keys(reveals).filter((id) => !unseen.includes(id)) });
  await page.reload();
  await page.getByRole('button', { name: 'Mulai post-test' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Soal 1 dari \d+$/ })).toBeVisible();
  const drawn = await exam.locator('[data-stage] .question').evaluateAll((els) => els.map((el) => el.getAttribute('data-question') ?? ''));
  expect(drawn.sort()).toEqual(unseen.sort());
});

// The guided path: the home page's steps follow a learner from the pre-test to the certificate, lessons
// suggest the pre-test first and lead on to the post-test, and the header reaches the tests. On the fixture
// course (project "behaviour"): every page is found from the page's own course outline.
import { expect, test, type Page } from '@playwright/test';
import { elementsReady, expectNoAxeViolations, layoutShifts, slowConnection, watchLayoutShifts } from './fixtures';
import { everyLessonDone, pageOutline, seedLearner, submittedAttempt } from './learner-state';

const steps = (page: Page) => page.getByRole('region', { name: 'Langkah belajar Anda' });

/** Expects the step named `name` to be the current one, and only it. */
async function expectCurrent(page: Page, name: string): Promise<void> {
  const region = steps(page);
  await expect(page.locator('netral-journey[data-ready]')).toHaveCount(1);
  await expect(region.locator('a[aria-current="step"]')).toHaveCount(1);
  await expect(region.locator('a[aria-current="step"]')).toHaveAccessibleName(name);
  await expect(region.getByRole('listitem').filter({ has: page.locator('a[aria-current="step"]') })).toContainText('Langkah Anda sekarang');
}

test.use({ viewport: { width: 390, height: 844 } });

test('the steps follow a learner from the pre-test to the certificate', async ({ page }) => {
  // A new browser: no learner data yet.
  await page.goto('/');
  await expectCurrent(page, 'Pre-test');
  await expectNoAxeViolations(page, '#langkah');

  await seedLearner(page, { attempts: [submittedAttempt('pre', 40)] });
  await expectCurrent(page, 'Pelajari modul');
  await expect(steps(page).getByRole('listitem').first()).toContainText('Selesai');

  const done = everyLessonDone(await pageOutline(page));
  await seedLearner(page, { ...done, attempts: [submittedAttempt('pre', 40)] });
  await expectCurrent(page, 'Post-test');

  await seedLearner(page, { ...done, attempts: [submittedAttempt('pre', 40), submittedAttempt('post', 60)] });
  await expectCurrent(page, 'Post-test');

  await seedLearner(page, { ...done, attempts: [submittedAttempt('pre', 40), submittedAttempt('post', 90)] });
  await expectCurrent(page, 'Sertifikat');
  await expectNoAxeViolations(page, '#langkah');
  await steps(page).getByRole('link', { name: 'Sertifikat' }).click();
  await expect(page).toHaveURL(/\/sertifikat\/$/);
});

test('a learner who skipped the pre-test sees it still open while the modules are current', async ({ page }) => {
  await page.goto('/');
  const outline = await pageOutline(page);
  const first = outline[0]?.lessons[0];
  await seedLearner(page, { progress: { lessons: {}, last: { lesson: first?.id ?? '', at: '2026-12-01T08:00:00.000Z' } } });
  await expectCurrent(page, 'Pelajari modul');
  await expect(steps(page).getByRole('listitem').first()).toContainText('Belum dikerjakan');
});

test('the first lesson suggests the pre-test until it is taken', async ({ page }) => {
  await page.goto('/');
  const first = (await pageOutline(page))[0]?.lessons[0];
  // A new browser: no learner data yet.
  await page.goto(first?.href ?? '');
  const suggestion = page.getByRole('link', { name: 'Kerjakan pre-test' });
  await expect(suggestion).toBeVisible();
  await expectNoAxeViolations(page, 'main');
  await seedLearner(page, { attempts: [submittedAttempt('pre', 40)] });
  await expect(page.locator('netral-journey[data-ready]').first()).toBeAttached();
  await expect(suggestion).toBeHidden();
});

test('the first lesson does not move as it arrives and its elements start on a slow connection: the pre-test suggestion is there from the start', async ({ page }) => {
  await page.goto('/');
  const first = (await pageOutline(page))[0]?.lessons[0];
  await slowConnection(page);
  await watchLayoutShifts(page);
  await page.goto(first?.href ?? '');
  await elementsReady(page);
  await expect(page.getByRole('link', { name: 'Kerjakan pre-test' })).toBeVisible();
  expect(await layoutShifts(page)).toEqual([]);
});

test('the last lesson leads on to the post-test, then to the certificate', async ({ page }) => {
  await page.goto('/');
  const outline = await pageOutline(page);
  const last = outline.at(-1)?.lessons.at(-1);
  // A new browser: no learner data yet.
  await page.goto(last?.href ?? '');
  await expect(page.getByRole('link', { name: 'Kerjakan post-test' })).toBeVisible();
  // Without a script too: the "next" link after the last lesson is the post-test.
  await expect(page.getByRole('link', { name: /Berikutnya.*Tes Akhir \(Post-test\)/ })).toHaveAttribute('href', '/tes/post-test/');
  await seedLearner(page, { attempts: [submittedAttempt('post', 90)] });
  await expect(page.getByRole('link', { name: 'Buka keterangan belajar' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Kerjakan post-test' })).toBeHidden();
});

test('once every lesson is done, any lesson leads to the post-test', async ({ page }) => {
  await page.goto('/');
  const outline = await pageOutline(page);
  await seedLearner(page, everyLessonDone(outline), outline[1]?.lessons[1]?.href ?? '');
  await expect(page.getByRole('link', { name: 'Kerjakan post-test' })).toBeVisible();
});

test('the header reaches the tests and certificate from any page', async ({ page }) => {
  await page.goto('/glosarium/');
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Tes' }).click();
  await expect(page).toHaveURL(/\/#langkah$/);
  await expect(steps(page)).toBeInViewport();
  await page.goto('/tes/post-test/');
  await expect(page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Tes' })).toHaveAttribute('aria-current', 'true');
});

// Learner data across tabs: many tabs of one browser writing at the same moment lose nothing
// (src/lib/storage/store.ts merges per entry and re-checks after another tab's write). On the fixture course
// (project "behaviour"), whose ten lessons are the tabs.
import { expect, test, type Page } from '@playwright/test';
import { allPages, fixtureDistDir, lessonRoute, pathOf } from './dist';
import { elementStarted } from './fixtures';


/** The lessons stored as read to the end, as this page's storage has them. */
function lessonsRead(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const stored = JSON.parse(localStorage.getItem('netral:progress') ?? 'null') as { data: { lessons: Record<string, unknown> } } | null;
    return Object.keys(stored?.data.lessons ?? {}).sort();
  });
}

test('ten lesson tabs restored at once, each read to its end: no lesson is lost', async ({ context }) => {
  test.slow();
  const lessons = allPages(fixtureDistDir).filter((page) => page.type === lessonRoute).slice(0, 10);
  expect(lessons).toHaveLength(10);
  const pages = await Promise.all(lessons.map(() => context.newPage()));
  await Promise.all(pages.map((page, i) => page.goto(pathOf(lessons[i]!))));
  await Promise.all(pages.map((page) => elementStarted(page, 'netral-lesson-progress')));

  // All ten reach the end together, as when a browser restores a session and the learner goes through
  // the tabs. Ten pages on a small machine are slow to render and to deliver each other's writes: hence
  // the longer waits for each tab to say it is read and for the stored state to settle.
  await Promise.all(pages.map((page) => page.locator('netral-lesson-progress').scrollIntoViewIfNeeded()));
  for (const page of pages) {
    await expect(page.getByRole('status').filter({ hasText: /Anda sudah membaca sampai akhir|Pelajaran ini selesai/ })).toBeVisible({ timeout: 15_000 });
  }
  const ids = (await Promise.all(pages.map((page) => page.locator('main').getAttribute('data-lesson-id')))).map(String).sort();
  await expect.poll(() => lessonsRead(pages[0]!), { timeout: 15_000 }).toEqual(ids);
  for (const page of pages) {
    await expect(page.getByRole('status').filter({ hasText: /Anda sudah membaca sampai akhir|Pelajaran ini selesai/ })).toBeVisible();
  }

  // A tab opened afterwards shows every one of them read.
  const later = await context.newPage();
  await later.goto(pathOf(lessons[0]!));
  expect(await lessonsRead(later)).toEqual(ids);
});

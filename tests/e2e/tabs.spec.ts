// Learner data across tabs: many tabs of one browser writing at the same moment lose nothing
// (src/lib/storage/store.ts merges per entry and re-checks after another tab's write). On the fixture course
// (project "behaviour"), whose ten lessons are the tabs; the identity form of the certificate page in two tabs.
import { expect, test, type Page } from '@playwright/test';
import { identityRecord } from '../../src/lib/cert/identity-record';
import type { Reveal } from '../../src/lib/quiz/reveal';
import { encodeStored } from '../../src/lib/storage';
import { allPages, fixtureDistDir, lessonRoute, pathOf } from './dist';
import { lessonA1 } from './fixture-course';
import { elementStarted, ready } from './fixtures';
import { storeBeforeFirstLoad } from './learner-state';
import { answer, readReveals } from './quiz-helpers';


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

/** Slows the page's processor down `rate` times (Chrome DevTools Protocol), as on a busy, low-end laptop. */
async function throttle(page: Page, rate = 4): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

test('the same knowledge check finished at once in two tabs counts both tries and keeps the best score', async ({ context }) => {
  test.slow();
  const tabs = [await context.newPage(), await context.newPage()] as const;
  for (const page of tabs) {
    await page.goto(lessonA1.path);
    await ready(page.locator('netral-quiz'));
  }
  const keys = await readReveals(tabs[0].locator('netral-quiz'));
  // Each tab answers every question and checks all but the last one.
  for (const page of tabs) {
    // In headless Chromium a click in a tab that is not in front takes about two seconds (measured).
    await page.bringToFront();
    const quiz = page.locator('netral-quiz');
    const questions = quiz.locator('.question');
    const count = await questions.count();
    for (let index = 0; index < count; index++) {
      const question = questions.nth(index);
      await answer(question, (keys[(await question.getAttribute('data-question')) ?? ''] as Reveal).key, 'right');
      if (index < count - 1) await quiz.getByRole('button', { name: 'Periksa jawaban' }).first().click();
    }
  }
  // From here both tabs run as on a busy, low-end laptop (loading and answering at full speed saves the
  // suite seconds; the race is in what follows). The second tab is busy (one long task, as a slow
  // tab's) while the first finishes its check, then finishes its own in the same task: it writes before it
  // has handled the first tab's write, which waits in its queue. Both results are saved over the same empty
  // record at once.
  for (const page of tabs) await throttle(page);
  const [first, second] = tabs;
  await first.bringToFront();
  const busy = second.waitForEvent('console', (message) => message.text() === 'busy');
  const secondDone = second.evaluate(() => {
    console.log('busy');
    const until = performance.now() + 3000;
    while (performance.now() < until);
    document.querySelector<HTMLButtonElement>('netral-quiz [data-check]:not([hidden])')?.click();
  });
  await busy;
  await first.locator('netral-quiz').getByRole('button', { name: 'Periksa jawaban' }).click();
  await expect(first.locator('netral-quiz').getByText('Hasil ini tersimpan di perangkat ini.')).toBeVisible();
  await secondDone;
  await expect(second.locator('netral-quiz').getByText('Hasil ini tersimpan di perangkat ini.')).toBeVisible();
  // Two tries, neither lost: both tabs say so once each has taken in the other's write.
  for (const page of tabs) {
    await expect(page.locator('netral-quiz').getByText(/Terakhir dikerjakan .*: skor 100% \(terbaik 100%, 2 kali\)/)).toBeVisible({ timeout: 15_000 });
  }
});

test('the identity edited in two tabs: the name typed in one and the unit saved in the other are both kept', async ({ context }) => {
  const identity = { name: 'Siti Rahmawati', nip: '197503152000032001', agency: 'Pemerintah Kota Contoh', unit: 'Dinas Pendidikan', position: 'Analis SDM Aparatur Ahli Pertama' };
  const [left, right] = [await context.newPage(), await context.newPage()];
  // Stored before the first page loads, not from an open page whose certificate element may start after it.
  await storeBeforeFirstLoad(left, { 'netral:identity': encodeStored(identityRecord, identity) });
  await left.goto('/sertifikat/');
  await right.goto('/sertifikat/');
  for (const page of [left, right]) await ready(page.locator('netral-certificate'));
  const name = (page: Page) => page.getByRole('textbox', { name: /^Nama lengkap/ });
  const unit = (page: Page) => page.getByRole('textbox', { name: /^Unit kerja/ });
  await expect(name(left)).toHaveValue(identity.name);

  // The left tab corrects the name, not yet saved, while the right tab saves another unit.
  await name(left).fill('Siti Rahmawati, S.Pd.');
  await unit(right).fill('Dinas Kesehatan');
  await right.getByRole('button', { name: 'Simpan data diri' }).click();
  // The left tab shows the other tab's unit (up to 15 s for the browser to deliver it) and keeps its typing.
  await expect(unit(left)).toHaveValue('Dinas Kesehatan', { timeout: 15_000 });
  await expect(name(left)).toHaveValue('Siti Rahmawati, S.Pd.');
  await left.getByRole('button', { name: 'Simpan data diri' }).click();
  await expect(name(right)).toHaveValue('Siti Rahmawati, S.Pd.', { timeout: 15_000 });
  await expect(unit(right)).toHaveValue('Dinas Kesehatan');
  const stored = await right.evaluate(() => (JSON.parse(localStorage.getItem('netral:identity') ?? 'null') as { data: unknown } | null)?.data);
  expect(stored).toEqual({ ...identity, name: 'Siti Rahmawati, S.Pd.', unit: 'Dinas Kesehatan' });
});

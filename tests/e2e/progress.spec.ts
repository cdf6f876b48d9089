// Learner progress: completing a lesson, completion marks, "Lanjutkan belajar", the Progres Saya page,
// export and import between devices, reset, and other tabs. (Corrupt stored attempts and storage disabled
// during a knowledge check are covered in quiz.spec.ts.) On the fixture course (project "behaviour",
// tests/e2e/fixture-course.ts).
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Reveal } from '../../src/lib/quiz/reveal';
import { elementStarted, expectNoAxeViolations, layoutShifts, ready, slowConnection, watchLayoutShifts } from './fixtures';
import { answer, readReveals } from './quiz-helpers';
import { rewriteStorage } from './learner-state';
import { lessonA1 as lesson, lessonA2 as secondLesson, lessonCount, lessonsPerModule, moduleA } from './fixture-course';

const modulePage = moduleA.path;
const progressPage = '/progres/';

// Whole journeys (a knowledge check, several pages, axe on the long Progres Saya page) on a shared machine.
test.describe.configure({ timeout: 60_000 });
// With reduced motion the End key jumps at once instead of scrolling smoothly for a while.
test.use({ reducedMotion: 'reduce' });

/** Scrolls to the end of the lesson the way a reader does, with the End key. */
async function readToEnd(page: Page): Promise<void> {
  await page.locator('body').press('End');
}

/** Answers every question of the lesson's knowledge check and checks each one. */
async function doKnowledgeCheck(page: Page): Promise<void> {
  const quiz = page.locator('netral-quiz');
  await ready(quiz);
  const keys = await readReveals(quiz);
  const questions = quiz.locator('.question');
  const count = await questions.count();
  for (let index = 0; index < count; index++) {
    const question = questions.nth(index);
    await answer(question, (keys[(await question.getAttribute('data-question')) ?? ''] as Reveal).key, 'right');
    await quiz.getByRole('button', { name: 'Periksa jawaban' }).first().click();
  }
  await expect(quiz.getByText(/^Skor Anda:/)).toBeVisible();
}

/** Completes the lesson: its knowledge check, then reading to its end. */
async function completeLesson(page: Page, path = lesson.path): Promise<void> {
  await page.goto(path);
  await doKnowledgeCheck(page);
  await readToEnd(page);
  await expect(page.getByRole('status').filter({ hasText: 'Pelajaran ini selesai.' })).toBeVisible();
}

/** Every netral:* key in localStorage with its text. */
async function storedData(page: Page): Promise<Record<string, string | null>> {
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('netral:')).map((k) => [k, localStorage.getItem(k)])));
}

/** The course tally on the Progres Saya page. */
const courseTally = (page: Page) => page.getByRole('region', { name: 'Seluruh kursus' });
const tallyText = (done: number, total: number) => `${done} dari ${total} pelajaran selesai (${Math.floor((done / total) * 100)}%)`;

/** Makes navigator.storage.persist() grant persistence, as a browser does for an installed site. */
async function grantPersistence(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    // Kept in sessionStorage so the grant outlives a navigation, as the browser's own does.
    const persisted = () => sessionStorage.getItem('test:persisted') === '1';
    Object.defineProperty(navigator.storage, 'persisted', { value: async () => persisted() });
    Object.defineProperty(navigator.storage, 'persist', {
      value: async () => {
        sessionStorage.setItem('test:persisted', '1');
        return true;
      },
    });
  });
}

test.describe('completing a lesson', () => {
  test('needs both the end of the lesson and its knowledge check, and stays completed after a reload', async ({ page, context }) => {
    await grantPersistence(context);
    await page.goto(lesson.path);
    // The element starts when the browser is idle, which on a loaded machine can take a while.
    await ready(page.locator('netral-lesson-progress'));
    await readToEnd(page);
    const state = page.getByRole('status').filter({ hasText: 'Anda sudah membaca sampai akhir.' });
    await expect(state).toHaveText('Anda sudah membaca sampai akhir. Kerjakan cek pemahaman di atas untuk menyelesaikan pelajaran ini.');
    const outline = page.getByRole('navigation', { name: 'Daftar materi' });
    await expect(outline.getByRole('link', { name: `${lesson.title} (selesai)` })).toHaveCount(0);

    await page.getByRole('link', { name: 'Ke cek pemahaman' }).click();
    await doKnowledgeCheck(page);
    await expect(page.getByRole('status').filter({ hasText: 'Pelajaran ini selesai.' })).toHaveText('Pelajaran ini selesai.');
    // The first completed lesson asks the browser to keep the data, and says what it answered.
    await expect(page.getByText('Browser menyimpan progres Anda secara permanen')).toBeVisible();
    await expect(outline.getByRole('link', { name: `${lesson.title} (selesai)` })).toBeVisible();

    await page.reload();
    await expect(page.getByRole('status').filter({ hasText: 'Pelajaran ini selesai.' })).toBeVisible();
    await expect(outline.getByRole('link', { name: `${lesson.title} (selesai)` })).toBeVisible();
    await expect(outline.getByRole('link', { name: `${secondLesson.title} (selesai)` })).toHaveCount(0);
    await expectNoAxeViolations(page, 'netral-lesson-progress');

    await page.goto(modulePage);
    const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: lesson.title, exact: true }) });
    await expect(item.getByText('Selesai', { exact: true })).toBeVisible();
    const other = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: secondLesson.title, exact: true }) });
    await expect(other.getByText('Selesai', { exact: true })).toBeHidden();
    await expect(page.getByText(tallyText(1, lessonsPerModule))).toBeVisible();

    await page.goto('/');
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: moduleA.title, exact: true }) });
    await expect(card.getByText(tallyText(1, lessonsPerModule))).toBeVisible();
    await expect(card.getByRole('listitem').filter({ hasText: lesson.title }).getByText('(selesai)')).toBeVisible();
    await expect(card.getByRole('listitem').filter({ hasText: secondLesson.title }).getByText('(selesai)')).toBeHidden();

    await page.goto(progressPage);
    await expect(page.getByText('Status: Tersimpan permanen di perangkat ini')).toBeVisible();
  });

  test('a change in one tab appears in another tab of the same browser', async ({ context }) => {
    const other = await context.newPage();
    await other.goto(modulePage);
    const item = other.getByRole('listitem').filter({ has: other.getByRole('link', { name: lesson.title, exact: true }) });
    await expect(item.getByText('Selesai', { exact: true })).toBeHidden();

    const page = await context.newPage();
    await completeLesson(page);
    // The other tab learns of it when the browser delivers the write (a storage event from another
    // process): an upper bound, not a wait, as for every cross-tab check (#18).
    await expect(item.getByText('Selesai', { exact: true })).toBeVisible({ timeout: 15_000 });
    await expect(other.getByText(tallyText(1, lessonsPerModule))).toBeVisible();
  });
});

test('home offers "Lanjutkan belajar" to the lesson opened last', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Mulai belajar' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Lanjutkan belajar' })).toHaveCount(0);

  await page.goto(lesson.path);
  await elementStarted(page, 'netral-lesson-progress');
  await page.goto(secondLesson.path);
  await elementStarted(page, 'netral-lesson-progress');
  await page.goto('/');
  const resume = page.getByRole('link', { name: 'Lanjutkan belajar' });
  await expect(resume).toHaveAttribute('href', secondLesson.path);
  await expect(page.getByText(`Terakhir dibuka: ${secondLesson.title}.`)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Mulai belajar' })).toHaveCount(0);
  await resume.click();
  await expect(page.getByRole('heading', { level: 1, name: secondLesson.title })).toBeVisible();
});

test.describe('Progres Saya', () => {
  test('does not move as it reads the progress on a slow connection: tallies and lesson lines keep their room', async ({ page }) => {
    await slowConnection(page);
    await watchLayoutShifts(page);
    await page.goto(progressPage);
    await ready(page.locator('netral-progress-page'));
    await expect(courseTally(page)).toContainText(tallyText(0, lessonCount));
    expect(await layoutShifts(page)).toEqual([]);
  });

  test('shows modules, checks, tests, certificate and storage, empty and filled, with no axe violations', async ({ page }) => {
    await page.goto(progressPage);
    await expect(page.getByRole('heading', { level: 1, name: 'Progres Saya' })).toBeVisible();
    await expect(courseTally(page)).toContainText(tallyText(0, lessonCount));
    await expect(page.getByText('Pre-test belum dikerjakan.')).toBeVisible();
    await expect(page.getByText('Belum ada post-test yang lulus.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Ke halaman sertifikat' })).toHaveAttribute('href', '/sertifikat/');
    await expect(page.getByText('Status: Tersimpan di perangkat ini')).toBeVisible();
    await expectNoAxeViolations(page);

    await completeLesson(page);
    await page.goto(secondLesson.path);
    await readToEnd(page);
    await expect(page.getByRole('status').filter({ hasText: 'Anda sudah membaca sampai akhir.' })).toBeVisible();
    await page.goto(progressPage);
    await expect(courseTally(page)).toContainText(tallyText(1, lessonCount));
    const module = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: moduleA.title, exact: true }) });
    await expect(module).toContainText(tallyText(1, lessonsPerModule));
    // The bar says it too, drawn to scale: one lesson of the module's.
    const bar = module.locator('[data-tally-bar]');
    await expect(bar).toBeVisible();
    const [barBox, trackBox] = await Promise.all([bar.boundingBox(), module.locator('.tally__track').boundingBox()]);
    expect((barBox?.width ?? 0) / (trackBox?.width ?? 1)).toBeCloseTo(1 / lessonsPerModule, 1);
    const done = module.getByRole('listitem').filter({ hasText: lesson.title });
    await expect(done.getByText('Selesai', { exact: true })).toBeVisible();
    await expect(done).toContainText('Cek pemahaman: 100% (terbaik 100%, 1 kali)');
    await expect(module.getByRole('listitem').filter({ hasText: secondLesson.title })).toContainText(
      'Sudah dibaca, cek pemahaman belum dikerjakan',
    );
    await expectNoAxeViolations(page);
  });

  test('says when storage is disabled that progress is not saved', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('Access denied', 'SecurityError');
        },
      });
    });
    await page.goto(progressPage);
    await expect(page.getByText('Status: Tidak tersimpan')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Minta penyimpanan permanen' })).toBeHidden();
  });

  test('says saving fails, never "Tersimpan", once the full storage refuses a write', async ({ page }) => {
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.startsWith('netral:') && key !== 'netral:probe') throw new DOMException('full', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    });
    await page.goto(progressPage);
    await ready(page.locator('netral-progress-page'));
    await expect(page.getByText('Status: Tersimpan di perangkat ini')).toBeVisible();
    // Asking for persistent storage records when it was asked: a write the full storage refuses.
    await page.getByRole('button', { name: 'Minta penyimpanan permanen' }).click();
    await expect(page.getByText('Status: Gagal menyimpan')).toBeVisible();
    await expect(page.getByText('Status: Tersimpan di perangkat ini')).toHaveCount(0);
  });

  test('keeps working on corrupt progress: a notice names it, the raw copy is kept, other records stay', async ({ page }) => {
    await completeLesson(page);
    // Written from a page without scripts: the lesson's own elements would otherwise meet the corrupt record
    // first (and quarantine it there, or save their progress over it).
    await rewriteStorage(page, { 'netral:progress': '{"v":1,"data":{"lessons":{' }, { path: progressPage });
    await expect(page.getByRole('alert').filter({ hasText: 'rusak' })).toHaveText(
      'Data progres pelajaran di perangkat ini rusak sehingga dimulai dari awal. Salinan data lama tetap disimpan terpisah dan tidak dihapus.',
    );
    await expect(courseTally(page)).toContainText(tallyText(0, lessonCount));
    await expect(page.getByText('Cek pemahaman: 100% (terbaik 100%, 1 kali)')).toBeVisible();
    const backups = Object.entries(await storedData(page)).filter(([key]) => key.startsWith('netral:backup:progress:'));
    expect(backups.map(([, value]) => value)).toEqual(['{"v":1,"data":{"lessons":{']);
  });
});

test.describe('moving progress', () => {
  test('export, then import into a fresh browser: the same progress after confirming', async ({ page, browser }) => {
    await completeLesson(page);
    await page.goto(progressPage);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Unduh progres' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^progres-netral-\d{4}-\d{2}-\d{2}\.json$/);
    await expect(page.getByRole('status').filter({ hasText: 'sudah diunduh' })).toHaveText(`Berkas ${file.suggestedFilename()} sudah diunduh.`);
    const text = readFileSync(await file.path(), 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'netral-progres', version: 1 });
    expect(text).not.toContain('backup');

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(progressPage);
    await expect(courseTally(other)).toContainText(tallyText(0, lessonCount));
    await other.getByLabel('Buka berkas progres').setInputFiles({ name: file.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
    const dialog = other.getByRole('dialog', { name: 'Ganti progres di perangkat ini?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('listitem')).toHaveText(['1 pelajaran selesai', '1 hasil cek pemahaman', 'tes yang sudah dikumpulkan: 0 pre-test dan 0 post-test']);
    await expect(dialog).toContainText('Progres di perangkat ini (0 pelajaran selesai) akan diganti');
    await expect(dialog.getByRole('button', { name: 'Batal' })).toBeFocused();
    await expectNoAxeViolations(other);
    await dialog.getByRole('button', { name: 'Ganti progres' }).click();
    await expect(dialog).toBeHidden();
    await expect(other.getByRole('status').filter({ hasText: 'dipasang' })).toHaveText('Progres dari berkas sudah dipasang di perangkat ini.');
    await expect(courseTally(other)).toContainText(tallyText(1, lessonCount));

    await other.goto(lesson.path);
    await expect(other.getByRole('navigation', { name: 'Daftar materi' }).getByRole('link', { name: `${lesson.title} (selesai)` })).toBeVisible();
    await expect(other.getByRole('status').filter({ hasText: 'Pelajaran ini selesai.' })).toBeVisible();
    await fresh.close();
  });

  test('a bad, foreign, newer or too large file is refused with a reason and overwrites nothing', async ({ page }) => {
    await completeLesson(page);
    await page.goto(progressPage);
    const before = await storedData(page);
    const input = page.getByLabel('Buka berkas progres');
    const file = (name: string, content: string | Buffer) => ({
      name,
      mimeType: 'application/json',
      buffer: typeof content === 'string' ? Buffer.from(content) : content,
    });
    const envelope = (records: unknown, version = 1) =>
      JSON.stringify({ format: 'netral-progres', version, exportedAt: new Date().toISOString(), site: 'Netral', records });
    const cases: [ReturnType<typeof file>, string][] = [
      [file('foto.json', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])), 'Berkas ini tidak bisa dibaca sebagai berkas progres'],
      [file('lain.json', '{"name":"aplikasi lain","data":[1,2]}'), 'Berkas ini bukan berkas progres Netral.'],
      [file('baru.json', envelope({}, 2)), 'Berkas ini dibuat oleh versi situs yang lebih baru.'],
      [file('rusak.json', envelope({ progress: { v: 1, data: { lessons: 'semua', last: null } } })), 'Data progres pelajaran dalam berkas ini rusak atau sudah diubah'],
      [file('besar.json', Buffer.alloc(2 * 1024 * 1024 + 1, 0x20)), 'Berkas ini terlalu besar untuk berkas progres'],
    ];
    for (const [bad, message] of cases) {
      await input.setInputFiles(bad);
      const alert = page.getByRole('alert').filter({ hasText: message });
      await expect(alert).toContainText('Progres di perangkat ini tidak diubah.');
      await expect(page.getByRole('dialog')).toHaveCount(0);
    }
    await expectNoAxeViolations(page);
    expect(await storedData(page)).toEqual(before);
    await expect(courseTally(page)).toContainText(tallyText(1, lessonCount));

    // A valid file that the learner does not confirm changes nothing either.
    await input.setInputFiles(file('kosong.json', envelope({ progress: { v: 1, data: { lessons: {}, last: null } } })));
    const dialog = page.getByRole('dialog', { name: 'Ganti progres di perangkat ini?' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Berkas tidak dipakai.' })).toBeVisible();
    expect(await storedData(page)).toEqual(before);
  });

  test('reset asks first in a keyboard-accessible dialog, then deletes everything', async ({ page }) => {
    await completeLesson(page);
    await page.goto(progressPage);
    await expect(courseTally(page)).toContainText(tallyText(1, lessonCount));
    const reset = page.getByRole('button', { name: 'Atur ulang progres' });
    const dialog = page.getByRole('dialog', { name: 'Hapus semua progres?' });

    await reset.focus();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('tidak bisa dibatalkan');
    await expect(dialog.getByRole('button', { name: 'Batal' })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(reset).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: 'Progres tidak dihapus.' })).toBeVisible();
    await expect(courseTally(page)).toContainText(tallyText(1, lessonCount));

    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Shift+Tab');
    await expect(dialog.getByRole('button', { name: 'Ya, hapus semua' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'sudah dihapus' })).toHaveText('Semua progres di perangkat ini sudah dihapus.');
    await expect(courseTally(page)).toContainText(tallyText(0, lessonCount));
    expect(Object.keys(await storedData(page)).filter((k) => ['netral:progress', 'netral:checks', 'netral:attempts'].includes(k))).toEqual([]);

    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Lanjutkan belajar' })).toHaveCount(0);
  });
});

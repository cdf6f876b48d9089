// What learners asked for (issue #15): module practice with feedback and "Ulangi soal yang salah",
// resume reading, the agency's contact, and "Kirim ke pelatih". On the fixture course (project "behaviour",
// tests/e2e/fixture-course.ts); the one-page summaries of the real course are in module-summary.spec.ts.
// On a 390 px phone unless a test says otherwise; axe on every new state.
import { measureOverflow } from './phone-fit';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, layoutShifts, slowConnection, watchLayoutShifts } from './fixtures';
import { lessonA1, moduleA, moduleB } from './fixture-course';
import { answer, passPostTest, type Mode } from './quiz-helpers';
import { decodeBlob, type Reveal } from '../../src/lib/quiz/reveal';

test.use({ viewport: { width: 390, height: 844 } });

/** Whether the page scrolls sideways. */
async function overflows(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** The answer keys of the question pool the practice page fetches. */
async function poolReveals(page: Page): Promise<Record<string, Reveal>> {
  const url = (await page.locator('netral-practice').getAttribute('data-pool')) ?? '';
  const file = (await (await page.request.get(url)).json()) as { reveals: string };
  return decodeBlob(file.reveals) as Record<string, Reveal>;
}

async function storedJson(page: Page, key: string): Promise<{ data: Record<string, Record<string, unknown>> } | null> {
  return page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null') as { data: Record<string, Record<string, unknown>> } | null, key);
}

test.describe('module practice', () => {
  test('the page keeps its place while the first round loads on a slow connection', async ({ page }) => {
    await slowConnection(page);
    await watchLayoutShifts(page);
    await page.goto(`${moduleA.path}latihan/`);
    await expect(page.locator('netral-practice')).toHaveAttribute('data-ready', '');
    await expect(page.getByRole('heading', { level: 2, name: 'Ronde 1' })).toBeVisible();
    expect(await layoutShifts(page)).toEqual([]);
  });

  test('a round gives feedback per question and a score; the wrong ones can be repeated; answers count as shown', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(moduleA.path);
    await page.getByRole('link', { name: 'Latihan soal modul ini' }).click();
    await expect(page).toHaveURL(new RegExp(`${moduleA.path}latihan/$`));
    const practice = page.locator('netral-practice');
    await expect(practice).toHaveAttribute('data-ready', '');
    await expect(practice.getByText('Belum ada latihan untuk modul ini di perangkat ini.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Ronde 1' })).toBeVisible();
    const reveals = await poolReveals(page);
    const items = practice.locator('.practice__list > li');
    await expect(items).toHaveCount(10);
    expect(await overflows(page)).toBe(false);
    await expectNoAxeViolations(page);

    // Two questions answered wrong (of types where a wrong answer scores nothing), the rest right.
    const ids = await items.locator('.question').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset['question'] ?? ''));
    for (const id of ids) expect(reveals[id]?.module).toBe(moduleA.id);
    const wrong = ids.filter((id) => ['single', 'truefalse', 'scenario'].includes(reveals[id]?.key.type ?? '')).slice(0, 2);
    expect(wrong).toHaveLength(2);
    for (const [index, id] of ids.entries()) {
      const item = items.nth(index);
      const mode: Mode = wrong.includes(id) ? 'wrong' : 'right';
      await answer(item.locator('.question'), (reveals[id] as Reveal).key, mode);
      await item.getByRole('button', { name: 'Periksa jawaban' }).click();
      await expect(item.locator('.question')).toHaveAttribute('data-outcome', mode === 'wrong' ? 'incorrect' : 'correct');
      if (index === 0) {
        // Feedback shown: the right answer is now known, so the post-test draws this question last.
        const shown = await storedJson(page, 'netral:answers-shown');
        expect(Object.keys(shown?.data['questions'] ?? {})).toContain(id);
        await expectNoAxeViolations(page);
      }
    }
    await expect(practice.getByRole('status').filter({ hasText: 'Skor ronde ini: 8 dari 10 (80%).' })).toBeVisible();
    await expect(practice.getByText('2 soal belum tepat.')).toBeVisible();
    await expect(practice.locator('[data-practice-status]')).toContainText('10 dari');
    await expect(practice.locator('[data-practice-status]')).toContainText('1 ronde selesai, skor terbaik 80%');
    await expectNoAxeViolations(page);
    const shown = await storedJson(page, 'netral:answers-shown');
    expect(Object.keys(shown?.data['questions'] ?? {}).sort()).toEqual([...ids].sort());

    await page.getByRole('button', { name: 'Ulangi soal yang salah (2)' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Ronde 2' })).toBeFocused();
    await expect(practice.getByText('Mengulang 2 soal yang salah pada ronde sebelumnya.')).toBeVisible();
    const repeated = await items.locator('.question').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset['question'] ?? ''));
    expect(repeated).toEqual(wrong);

    // The record keeps each question's latest outcome.
    const record = await storedJson(page, 'netral:practice');
    const results = (record?.data['modules']?.[moduleA.id] as { results: Record<string, string> }).results;
    expect(results[wrong[0] as string]).toBe('wrong');
    expect(Object.keys(results)).toHaveLength(10);
  });

  test('is linked from the home page steps and Progres Saya, and fits a 320 px phone', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: `Latihan soal: ${moduleA.title}` })).toBeVisible();
    await page.goto('/progres/');
    await page.getByRole('link', { name: `Latihan soal: ${moduleB.title}` }).click();
    await expect(page.locator('netral-practice')).toHaveAttribute('data-ready', '');
    await page.setViewportSize({ width: 320, height: 700 });
    expect(await measureOverflow(page)).toEqual({ page: 0, wide: [], clipped: [] });
  });
});

test.describe('resume reading', () => {
  test('a long lesson offers "Lanjutkan membaca" at the section the learner stopped, without jumping there', async ({ page }) => {
    const lesson = lessonA1.path;
    await page.goto(lesson);
    await expect(page.locator('netral-resume')).toHaveAttribute('data-ready', '');
    await expect(page.getByRole('link', { name: /^Lanjutkan membaca/ })).toHaveCount(0);
    const headings = page.locator('.lesson-body h2[id]');
    expect(await headings.count()).toBeGreaterThanOrEqual(3);
    const third = headings.nth(2);
    const id = (await third.getAttribute('id')) ?? '';
    const title = ((await third.textContent()) ?? '').trim();
    // The section heading just under the sticky header: the learner is reading that section.
    await third.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 100));
    const lessonId = (await page.locator('main[data-lesson-id]').getAttribute('data-lesson-id')) ?? '';
    await expect.poll(async () => (await storedJson(page, 'netral:reading'))?.data['lessons']?.[lessonId]).toMatchObject({ section: id });

    await page.goto('/');
    await page.goto(lesson);
    const offer = page.getByRole('link', { name: `Lanjutkan membaca: ${title}` });
    await expect(offer).toBeVisible();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await expectNoAxeViolations(page);
    await offer.click();
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
  });
});

test.describe('agency contact and sending the request', () => {
  test('the about page shows the agency contact where it asks learners to report mistakes', async ({ page }) => {
    await page.goto('/tentang/');
    const contact = page.getByRole('group', { name: 'Kontak pelatihan BKPSDM Kota Contoh' });
    await expect(contact).toBeVisible();
    await expect(contact.getByRole('link', { name: 'diklat@netral.example.go.id' })).toHaveAttribute('href', 'mailto:diklat@netral.example.go.id');
    await expectNoAxeViolations(page);
  });

  test('"Kirim ke pelatih" shares the request file where the browser can, and otherwise copies the code and points to the contact', async ({ browser, baseURL }) => {
    test.setTimeout(180_000);
    const context = await browser.newContext({ baseURL: baseURL!, locale: 'id-ID', viewport: { width: 390, height: 844 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    await passPostTest(page);
    await page.goto('/sertifikat/');
    await expect(page.locator('netral-certificate')).toHaveAttribute('data-ready', '');
    const identity = { 'Nama lengkap': 'Rina Wulandari', NIP: '198503122010012003', Instansi: 'Pemerintah Kota Contoh', Jabatan: 'Analis SDM' };
    for (const [label, value] of Object.entries(identity)) await page.getByRole('textbox', { name: label, exact: true }).fill(value);
    await page.getByRole('button', { name: 'Simpan data diri' }).click();
    const send = page.getByRole('button', { name: 'Kirim ke pelatih' });
    await expect(send).toBeVisible();
    const code = await page.getByRole('textbox', { name: 'Kode permintaan' }).inputValue();

    // Desktop Chromium on Linux has no Web Share API: the code is copied and the contact named.
    expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
    await send.click();
    await expect(page.getByRole('status').filter({ hasText: 'Kode permintaan sudah disalin' })).toContainText('Kontak pelatihan ada di bawah.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    await expect(page.getByRole('group', { name: 'Kontak pelatihan BKPSDM Kota Contoh' })).toBeVisible();
    expect(await overflows(page)).toBe(false);
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 320, height: 700 });
    expect(await overflows(page), 'the contact block (a long email address) fits a 320 px phone').toBe(false);
    await page.setViewportSize({ width: 390, height: 844 });

    // A phone that can share files gets the request file in its share sheet.
    await page.evaluate(() => {
      const shared: { name: string; type: string; text: string }[] = [];
      (window as unknown as { shared: typeof shared }).shared = shared;
      Object.assign(navigator, {
        canShare: (data: ShareData) => Boolean(data.files?.length),
        share: async (data: ShareData) => {
          for (const file of data.files ?? []) shared.push({ name: file.name, type: file.type, text: data.text ?? '' });
        },
      });
    });
    await send.click();
    await expect(page.getByRole('status').filter({ hasText: 'Berkas permintaan sudah diteruskan' })).toBeVisible();
    const shared = await page.evaluate(() => (window as unknown as { shared: { name: string; type: string; text: string }[] }).shared);
    expect(shared).toHaveLength(1);
    expect(shared[0]?.name).toMatch(/^permintaan-sertifikat-198503122010012003-.+\.json$/);
    expect(shared[0]?.type).toBe('application/json');
    expect(shared[0]?.text).toContain(code);

    // Closing the share sheet is said, not ignored.
    await page.evaluate(() => Object.assign(navigator, { share: async () => { throw new DOMException('Share canceled', 'AbortError'); } }));
    await send.click();
    await expect(page.getByRole('status').filter({ hasText: 'Pengiriman dibatalkan' })).toBeVisible();
    await context.close();
  });
});

import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, ready, templates } from './fixtures';

const deck = '/presentasi/netralitas-asn/apa-itu-netralitas/';
const presenter = `${deck}?penyaji`;

/** The slide shown now, found as a user of a screen reader would: the region named "Slide n dari N: …". */
function slide(page: Page, n: number | string) {
  return page.getByRole('region', { name: new RegExp(`^Slide ${n} dari \\d+`) });
}

async function expectSlide(page: Page, n: number) {
  await expect(slide(page, n)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#${n}$`));
  await expect(page.getByRole('navigation', { name: 'Kontrol presentasi' })).toContainText(`${n} / `);
}

async function totalSlides(page: Page): Promise<number> {
  const label = (await slide(page, '\\d+').first().getAttribute('aria-label')) ?? '';
  return Number(/dari (\d+)/.exec(label)?.[1]);
}

/** The name of the first question slide that has a show-of-hands tally ("Soal 1 dari 5"). */
async function tallyQuestion(page: Page): Promise<RegExp> {
  const label = (await page.locator('.slide:has([data-tally-form])').first().getAttribute('aria-label')) ?? '';
  const name = /Soal \d+ dari \d+/.exec(label)?.[0];
  expect(name, 'the lesson has a question with choices').toBeTruthy();
  return new RegExp(name!);
}

/** Opens the overview and picks the slide whose button name matches. */
async function pickInOverview(page: Page, name: RegExp) {
  await page.keyboard.press('o');
  await page.getByRole('button', { name }).click();
}

test('keyboard moves through the deck: arrows, space, Page Up/Down, Home/End and a typed number', async ({ page }) => {
  await page.goto(deck);
  await ready(page.locator('netral-deck'));
  await expectSlide(page, 1);
  await expect(slide(page, 1).getByRole('heading', { level: 1 })).toHaveText('Apa itu netralitas ASN');
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 2);
  await expect(slide(page, 2).getByRole('heading', { name: 'Tujuan pembelajaran' })).toBeVisible();
  await page.keyboard.press('PageDown');
  await expectSlide(page, 3);
  await page.keyboard.press(' ');
  await expectSlide(page, 4);
  await page.keyboard.press('ArrowLeft');
  await expectSlide(page, 3);
  await page.keyboard.press('PageUp');
  await expectSlide(page, 2);
  const total = await totalSlides(page);
  await page.keyboard.press('End');
  await expectSlide(page, total);
  await expect(slide(page, total).getByRole('heading', { name: 'Sumber dan dasar hukum' })).toBeVisible();
  await page.keyboard.press('Home');
  await expectSlide(page, 1);
  await page.keyboard.type('12');
  await expect(page.getByText('Ke slide 12: tekan Enter')).toBeVisible();
  await page.keyboard.press('Enter');
  await expectSlide(page, 12);
  // F toggles full screen.
  await page.keyboard.press('f');
  await expect(page.getByRole('button', { name: 'Layar penuh' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('f');
  await expect(page.getByRole('button', { name: 'Layar penuh' })).toHaveAttribute('aria-pressed', 'false');
  // The toolbar's buttons do the same.
  await page.getByRole('button', { name: 'Slide berikutnya' }).click();
  await expectSlide(page, 13);
});

test('reload keeps the slide', async ({ page }) => {
  await page.goto(deck);
  await ready(page.locator('netral-deck'));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 4);
  const heading = await slide(page, 4).getByRole('heading').first().textContent();
  await page.reload();
  await expectSlide(page, 4);
  await expect(slide(page, 4).getByRole('heading').first()).toHaveText(heading ?? '');
});

test('the presenter view follows the audience window, and the audience follows the presenter view', async ({ page, context }) => {
  await page.goto(`${deck}#3`);
  await ready(page.locator('netral-deck'));
  const [view] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
  await expect(view).toHaveURL(/\?penyaji#3$/);
  await expect(slide(view, 3)).toBeVisible();
  await expect(view.getByRole('heading', { name: 'Catatan fasilitator' })).toBeVisible();

  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 4);
  await expect(slide(view, 4)).toBeVisible();

  await view.getByRole('button', { name: 'Slide berikutnya' }).click();
  await expect(slide(view, 5)).toBeVisible();
  await expectSlide(page, 5);

  await view.keyboard.press('End');
  const total = await totalSlides(page);
  await expectSlide(page, total);

  // The presenter's timer pauses, resumes and starts again.
  const pause = view.getByRole('button', { name: 'Jeda' });
  await pause.click();
  await expect(view.getByRole('button', { name: 'Lanjutkan' })).toHaveAttribute('aria-pressed', 'true');
  await view.getByRole('button', { name: 'Lanjutkan' }).click();
  await expect(pause).toHaveAttribute('aria-pressed', 'false');
  await view.getByRole('button', { name: 'Ulang waktu' }).click();
  await expect(view.getByText(/^0:0\d$/)).toBeVisible();

  // Blacking out from the presenter view darkens only the audience window.
  await view.getByRole('button', { name: 'Layar hitam' }).click();
  await expect(view.getByRole('button', { name: 'Layar hitam' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-black-screen]')).toBeVisible();
  await expect(slide(view, total)).toBeVisible();
});

test('speaker notes show in the presenter view but never in the audience window', async ({ page, context }) => {
  // The notes as the lesson page shows them behind its "Catatan fasilitator" disclosure.
  await page.goto(templates.lesson);
  const lessonNotes = page.locator('details[data-notes]');
  await expect(lessonNotes.first()).toBeAttached();
  await expect(lessonNotes.first().getByText('Catatan fasilitator')).toBeVisible();
  const note = ((await lessonNotes.first().locator('.notes__body').textContent()) ?? '').trim();
  expect(note.length).toBeGreaterThan(20);

  // One page serves both modes: the audience window never shows the notes of any slide.
  await page.goto(deck);
  await ready(page.locator('netral-deck'));
  await expect(page.locator('netral-presenter')).toHaveAttribute('data-mode', 'audience');
  for (let n = 1; n <= (await totalSlides(page)); n++) {
    await page.goto(`${deck}#${n}`);
    await ready(page.locator('netral-deck'));
    await expect(slide(page, n)).toBeVisible();
    await expect(page.getByText(note.slice(0, 60)).filter({ visible: true })).toHaveCount(0);
    await expect(page.getByText('Catatan fasilitator').filter({ visible: true })).toHaveCount(0);
  }

  // In the presenter view, the slide that note belongs to shows it beside the slide.
  const view = await context.newPage();
  await view.goto(presenter);
  await ready(view.locator('netral-deck'));
  const index = Number(await view.locator('.deck__frame', { hasText: note.slice(0, 60) }).first().getAttribute('data-index'));
  await view.keyboard.type(String(index + 1));
  await view.keyboard.press('Enter');
  await expect(slide(view, index + 1)).toBeVisible();
  await expect(view.getByRole('complementary').getByText(note.slice(0, 60))).toBeVisible();
});

test('a question slide reveals its answer, explanation and citation on J; Next reveals before moving on', async ({ page }) => {
  await page.goto(deck);
  await ready(page.locator('netral-deck'));
  await pickInOverview(page, /Soal 1 dari/);
  const question = page.getByRole('region', { name: /Soal 1 dari/ });
  await expect(question).toBeVisible();
  await expect(question.getByText('Dasar:')).toBeHidden();
  await expect(question.getByText('(jawaban benar)')).toBeHidden();

  await page.keyboard.press('j');
  await expect(question.getByText('Jawaban:')).toBeVisible();
  await expect(question.getByText('(jawaban benar)')).toBeVisible();
  await expect(question.getByText('Dasar:')).toBeVisible();
  await expect(question.getByRole('link').filter({ hasText: /\d{4}/ })).toHaveAttribute('href', /\/regulasi\/#/);

  // A clicker only has "next": on a question the first press shows the answer, the second moves on.
  await page.keyboard.press('ArrowRight');
  const second = page.getByRole('region', { name: /Soal 2 dari/ });
  await expect(second).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(second).toBeVisible();
  await expect(second.getByText('Dasar:')).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('region', { name: /Soal 3 dari/ })).toBeVisible();
});

test('a typed show-of-hands tally shows as bars with counts and percents, also in the presenter view', async ({ page, context }) => {
  await page.goto(deck);
  await ready(page.locator('netral-deck'));
  const name = await tallyQuestion(page);
  await pickInOverview(page, name);
  const question = page.getByRole('region', { name });
  await question.getByText('Hitung angkat tangan').click();
  await question.getByLabel('Pilihan A').fill('6');
  await question.getByLabel('Pilihan B').fill('4');
  await expect(question.getByText('6 orang (60%)')).toBeVisible();
  await expect(question.getByText('4 orang (40%)')).toBeVisible();
  await expect(question.getByText('Total 10 orang.')).toBeVisible();

  await question.getByLabel('Pilihan B').fill('x');
  await expect(question.getByText('Isi dengan angka bulat 0 sampai 9999.')).toBeVisible();
  await expect(question.getByLabel('Pilihan B')).toHaveAttribute('aria-invalid', 'true');
  await question.getByLabel('Pilihan B').fill('14');
  await expect(question.getByText('6 orang (30%)')).toBeVisible();

  // Escape hands the keys back to the deck; P then opens the presenter view, which shows the same tally.
  await page.keyboard.press('Escape');
  await expect(question.getByLabel('Pilihan B')).not.toBeFocused();
  const [view] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
  const mirrored = view.getByRole('region', { name });
  await expect(mirrored.getByText('14 orang (70%)')).toBeVisible();
  await expect(mirrored.getByLabel('Pilihan B')).toHaveValue('14');
});

test('B blacks out the screen and B brings the slide back', async ({ page }) => {
  await page.goto(`${deck}#2`);
  await ready(page.locator('netral-deck'));
  await page.keyboard.press('b');
  await expect(page.locator('[data-black-screen]')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Layar hitam' })).toBeAttached();
  await page.keyboard.press('b');
  await expect(page.locator('[data-black-screen]')).toBeHidden();
  await expectSlide(page, 2);
});

test('O opens an overview grid from which a slide is chosen by keyboard', async ({ page }) => {
  await page.goto(`${deck}#2`);
  await ready(page.locator('netral-deck'));
  await page.keyboard.press('o');
  const pick = page.getByRole('button', { name: /^Buka slide 2:/ });
  await expect(pick).toBeFocused();
  await expect(page.getByRole('button', { name: /^Buka slide 1:/ })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('button', { name: /^Buka slide 3:/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expectSlide(page, 3);
  await expect(page.getByRole('button', { name: /^Buka slide 1:/ })).toBeHidden();
});

test('the help dialog lists the keys', async ({ page }) => {
  await page.goto(deck);
  await ready(page.locator('netral-deck'));
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Pintasan keyboard' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('cell', { name: /layar hitam/i })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});

test('a swipe on a touch screen changes slides', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 780 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(deck);
  await ready(page.locator('netral-deck'));
  await expectSlide(page, 1);
  const cdp = await context.newCDPSession(page);
  const swipe = async (from: number, to: number) => {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from, y: 300 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: (from + to) / 2, y: 302 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: to, y: 304 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  await swipe(320, 60);
  await expectSlide(page, 2);
  await swipe(60, 320);
  await expectSlide(page, 1);
  await context.close();
});

test('a deck fits a 320 px phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const n of [1, 13]) {
    await page.goto(`${deck}#${n}`);
    await ready(page.locator('netral-deck'));
    await expect(slide(page, n)).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }
  await expect(page.getByRole('button', { name: 'Slide berikutnya' })).toBeInViewport();
});

test('without JavaScript the deck reads as a sequence of slides', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(deck);
  await expect(page.getByText('Tanpa JavaScript, slide ditampilkan berurutan')).toBeVisible();
  await expect(slide(page, 1)).toBeVisible();
  await expect(slide(page, 2)).toBeVisible();
  await expect(slide(page, 5)).toBeVisible();
  await context.close();
});

test('a printed deck has one slide per page, every slide shown and no controls', async ({ page }) => {
  await page.goto(`${deck}#3`);
  await ready(page.locator('netral-deck'));
  const total = await totalSlides(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Kontrol presentasi' })).toBeHidden();
  for (const n of [1, 2, total]) await expect(slide(page, n).getByRole('heading').first()).toBeVisible();
  const heights = await page.locator('.deck__frame').evaluateAll((frames) => frames.map((f) => Math.round(f.getBoundingClientRect().height)));
  expect(new Set(heights).size).toBe(1);
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages).toHaveLength(total);
});

test('the lesson page links to its deck and its handout', async ({ page }) => {
  await page.goto(templates.lesson);
  // Trainer links sit behind one "Untuk fasilitator" tap, out of a self-study learner's way.
  const tools = page.locator('details.trainer-tools');
  await tools.locator('summary').click();
  const links = page.getByRole('navigation', { name: 'Untuk fasilitator' });
  await links.getByRole('link', { name: 'Presentasikan' }).click();
  await expect(page).toHaveURL(new RegExp(`${deck}(#1)?$`));
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
  await page.goBack();
  if (!(await tools.evaluate((d) => (d as HTMLDetailsElement).open))) await tools.locator('summary').click();
  await links.getByRole('link', { name: 'Cetak handout' }).click();
  await expect(page).toHaveURL(/\/handout\/netralitas-asn\/apa-itu-netralitas\/$/);
});

test('axe finds nothing in the deck', async ({ page }) => {
  await page.goto(deck);
  await ready(page.locator('netral-deck'));
  await expectNoAxeViolations(page);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expectNoAxeViolations(page);
});

test('axe finds nothing on a revealed question slide with a tally', async ({ page }) => {
  await page.goto(deck);
  await ready(page.locator('netral-deck'));
  const name = await tallyQuestion(page);
  await pickInOverview(page, name);
  const question = page.getByRole('region', { name });
  await question.getByText('Hitung angkat tangan').click();
  await question.getByLabel('Pilihan A').fill('3');
  await page.keyboard.press('Escape');
  await page.keyboard.press('j');
  await expect(question.getByText('Dasar:')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('axe finds nothing in the overview and the help dialog', async ({ page }) => {
  await page.goto(deck);
  await ready(page.locator('netral-deck'));
  await page.keyboard.press('o');
  await expect(page.getByRole('button', { name: /^Buka slide 1:/ })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('axe finds nothing in the presenter view', async ({ page }) => {
  await page.goto(`${presenter}#4`);
  await ready(page.locator('netral-deck'));
  await expect(slide(page, 4)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('End');
  await expectNoAxeViolations(page);
});

test('axe finds nothing on the trainer mode page, which lists every deck', async ({ page }) => {
  await page.goto('/presentasi/');
  await expect(page.getByRole('heading', { level: 1, name: 'Mode fasilitator' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Presentasikan: Apa itu netralitas ASN' })).toHaveAttribute('href', deck);
  await expectNoAxeViolations(page);
});

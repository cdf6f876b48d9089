// Trainer sessions across lessons, run as a trainer would: clicker keys only, two windows, one timer.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';

const lessons = ['netralitas-asn/01-apa-itu-netralitas', 'netralitas-asn/02-boleh-dan-tidak-boleh'];
const session = `/presentasi/sesi/?p=${encodeURIComponent(`${lessons[0]}~15,${lessons[1]}~20`)}&n=Sesi+uji`;
const dilemmaDeck = '/presentasi/studi-kasus/dilema-media-sosial/';

function deck(page: Page) {
  return page.locator('netral-deck');
}

async function index(page: Page): Promise<number> {
  return Number(await deck(page).getAttribute('data-index'));
}

// The offline session below walks every slide of its session by clicker, the presenter view in step at each
// one; this test moves by clicker through the first slides, across the lesson boundary and to the last slide,
// going to where each stretch starts with the deck's slide-number keys.
test('a two-lesson session is run by clicker keys across its lesson boundary to the last slide, the presenter view in step, one timer', async ({ page, context }) => {
  await page.goto(session);
  await expect(deck(page)).toHaveAttribute('data-ready', '');
  const agenda = page.getByRole('region', { name: /^Slide 1 dari \d+/ });
  await expect(agenda.getByRole('heading', { level: 1, name: 'Sesi uji' })).toBeVisible();
  await expect(agenda.getByRole('listitem')).toHaveCount(2);
  await expect(agenda.getByRole('listitem').first()).toContainText('0:00–0:15');
  await expect(agenda.getByRole('listitem').nth(1)).toContainText('0:15–0:35');
  await expect(agenda).toContainText('Total 35 menit');
  const total = Number(/dari (\d+)/.exec((await agenda.getAttribute('aria-label')) ?? '')?.[1]);

  const [view] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
  await expect(deck(view)).toHaveAttribute('data-ready', '');
  await expect(view.locator('netral-presenter')).toHaveAttribute('data-mode', 'presenter');
  await expect(view.locator('[data-elapsed]')).toHaveCount(1);
  // The presenter bar and window are named after the session.
  await expect(view.getByRole('banner')).toContainText('Sesi uji');
  await expect(view).toHaveTitle('Tampilan penyaji: Sesi uji');

  const parts = new Set<string>();
  /** Presses Page Down until slide index `to`, the presenter view following each step. */
  const clickTo = async (to: number) => {
    for (let step = 0; step < total && (await index(page)) < to; step++) {
      await page.keyboard.press('PageDown');
      await expect(deck(view)).toHaveAttribute('data-index', String(await index(page)));
      parts.add((await view.locator('[data-part-label]').textContent()) ?? '');
    }
    expect(await index(page)).toBe(to);
  };
  /** Goes to slide index `to` by typing its number and Enter, as a trainer does; the presenter view follows. */
  const jumpTo = async (to: number) => {
    await page.keyboard.type(String(to + 1));
    await page.keyboard.press('Enter');
    await expect(deck(page)).toHaveAttribute('data-index', String(to));
    await expect(deck(view)).toHaveAttribute('data-index', String(to));
  };
  // The first slide of the second lesson.
  const boundary = Number(await page.locator('.deck__frame[data-part^="Bagian 2"]').first().getAttribute('data-index'));
  expect(boundary).toBeGreaterThan(3);
  expect(boundary).toBeLessThan(total - 3);
  await clickTo(2);
  await jumpTo(boundary - 2);
  await clickTo(boundary + 1);
  await jumpTo(total - 3);
  await clickTo(total - 1);
  // The clicker crossed the lesson boundary, and the presenter view named both parts.
  expect([...parts].some((p) => p.startsWith('Bagian 1 dari 2'))).toBe(true);
  expect([...parts].some((p) => p.startsWith('Bagian 2 dari 2'))).toBe(true);
  // P again reuses the presenter window: still two windows and one timer running.
  await page.keyboard.press('p');
  expect(context.pages()).toHaveLength(2);
  await expect(view.locator('[data-elapsed]')).not.toHaveText('0:00');
  // Back by clicker, and the presenter view follows.
  await page.keyboard.press('PageUp');
  await expect(deck(view)).toHaveAttribute('data-index', String(total - 2));
});

test('the session handout holds exactly the session lessons, with answer keys in the trainer edition', async ({ page }) => {
  const query = session.split('?')[1];
  await page.goto(`/handout/sesi/?${query}`);
  await expect(page.locator('netral-session-handout')).toHaveAttribute('data-ready', '');
  await expect(page.getByRole('heading', { level: 1, name: 'Sesi uji' })).toBeVisible();
  await expect(page.locator('article.handout-lesson')).toHaveCount(2);
  await expect(page.getByText('Kunci jawaban').filter({ visible: true })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Edisi fasilitator' }).click();
  // The trainer's edition is a mode of the same page, and keeps the plan.
  await expect(page).toHaveURL(/\/handout\/sesi\/\?fasilitator&p=.+&n=Sesi\+uji$/);
  await expect(page.locator('netral-session-handout')).toHaveAttribute('data-ready', '');
  await expect(page.locator('article.handout-lesson')).toHaveCount(2);
  await expect(page.getByText('Kunci jawaban').first()).toBeVisible();
});

test('a dilemma chosen in the presenter view shows on the audience window, with a show-of-hands tally', async ({ page, context }) => {
  await page.goto(dilemmaDeck);
  await expect(deck(page)).toHaveAttribute('data-ready', '');
  const at = Number(await page.locator('.deck__frame:has(netral-scenario)').first().getAttribute('data-index'));
  await page.keyboard.type(String(at + 1));
  await page.keyboard.press('Enter');
  const [view] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
  const dilemma = view.locator('.deck__frame[data-current] netral-scenario');
  await expect(dilemma).toHaveAttribute('data-ready', '');
  const choice = dilemma.locator('[data-node][data-current] a[data-next]').first();
  const next = (await choice.getAttribute('data-next')) ?? '';
  await choice.click();
  await expect(page.locator(`[id="${next}"]`)).toHaveAttribute('data-current', '');
  await expect(page.locator(`[id="${next}"]`)).toBeVisible();

  // Going back in the presenter view and counting hands shows bars to the room.
  await dilemma.getByRole('button', { name: 'Kembali' }).click();
  const step = dilemma.locator('[data-node][data-current]');
  await step.getByLabel('Pilihan A').fill('7');
  await step.getByLabel('Pilihan B').fill('3');
  const shown = page.locator('.deck__stage [data-node][data-current]');
  await expect(shown.getByText('7 orang (70%)')).toBeVisible();
  await expect(shown.getByText('3 orang (30%)')).toBeVisible();
});

test('a count typed before the next frame after "Kembali" stays on the step gone back to, in both windows', async ({ page, context }) => {
  await page.goto(dilemmaDeck);
  await expect(deck(page)).toHaveAttribute('data-ready', '');
  const at = Number(await page.locator('.deck__frame:has(netral-scenario)').first().getAttribute('data-index'));
  await page.keyboard.type(String(at + 1));
  await page.keyboard.press('Enter');
  const [view] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
  const dilemma = view.locator('.deck__frame[data-current] netral-scenario');
  await expect(dilemma).toHaveAttribute('data-ready', '');
  const choice = dilemma.locator('[data-node][data-current] a[data-next]').first();
  const next = (await choice.getAttribute('data-next')) ?? '';
  await choice.click();
  await expect(page.locator(`[id="${next}"]`)).toHaveAttribute('data-current', '');
  // A busy projector laptop: "Kembali" and the first count land in one task, before any frame is drawn.
  const back = await dilemma.evaluate((scenario) => {
    scenario.querySelector<HTMLButtonElement>('[data-back]')?.click();
    const field = scenario.querySelector<HTMLInputElement>('[data-node][data-current] [data-tally-input]');
    if (!field) return '';
    field.value = '7';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    return field.closest<HTMLElement>('[data-node]')?.id ?? '';
  });
  expect(back).not.toBe('');
  await expect(view.locator(`[id="${back}"]`)).toHaveAttribute('data-current', '');
  await expect(page.locator(`[id="${back}"]`)).toHaveAttribute('data-current', '');
  await expect(page.locator('.deck__stage [data-node][data-current]').getByText('7 orang (100%)')).toBeVisible();
});

test('revealed answers and tallies survive a reload without a presenter window', async ({ page }) => {
  await page.goto('/presentasi/netralitas-asn/apa-itu-netralitas/');
  await expect(deck(page)).toHaveAttribute('data-ready', '');
  const at = Number(await page.locator('.deck__frame:has([data-tally-form])').first().getAttribute('data-index'));
  await page.keyboard.type(String(at + 1));
  await page.keyboard.press('Enter');
  const question = page.locator('.deck__frame[data-current] .slide');
  await question.getByText('Hitung angkat tangan').click();
  await question.getByLabel('Pilihan A').fill('5');
  await page.keyboard.press('Escape');
  await page.keyboard.press('j');
  await expect(question.getByText('Dasar:')).toBeVisible();
  await page.reload();
  await expect(deck(page)).toHaveAttribute('data-ready', '');
  await expect(question.getByText('Dasar:')).toBeVisible();
  await expect(question.getByText('5 orang (100%)')).toBeVisible();
});

test('Space never presses a focused toolbar button again; clicker keys move the deck whatever has focus', async ({ page }) => {
  await page.goto('/presentasi/netralitas-asn/apa-itu-netralitas/#2');
  await expect(deck(page)).toHaveAttribute('data-ready', '');
  const overview = page.getByRole('button', { name: 'Ikhtisar slide' });
  await overview.click();
  await page.keyboard.press('Escape');
  await expect(overview).toBeFocused();
  await page.keyboard.press(' ');
  await expect(overview).toHaveAttribute('aria-pressed', 'false');
  await expect(deck(page)).toHaveAttribute('data-index', '2');
  await page.getByRole('button', { name: 'Layar penuh' }).focus();
  await page.keyboard.press('PageDown');
  await expect(deck(page)).toHaveAttribute('data-index', '3');
  await page.keyboard.press('.');
  await expect(page.locator('[data-black-screen]')).toBeVisible();
  await page.keyboard.press('.');
  await page.keyboard.press('PageUp');
  await expect(deck(page)).toHaveAttribute('data-index', '2');
  // From a tally field too, Page Down moves on.
  const at = Number(await page.locator('.deck__frame:has([data-tally-form])').first().getAttribute('data-index'));
  await page.goto(`/presentasi/netralitas-asn/apa-itu-netralitas/#${at + 1}`);
  const question = page.locator('.deck__frame[data-current] .slide');
  await question.getByText('Hitung angkat tangan').click();
  await question.getByLabel('Pilihan A').focus();
  await page.keyboard.press('PageDown');
  await expect(question.getByText('Dasar:')).toBeVisible();
});

test('a trainer prepares a session in the planner and opens it', async ({ page }) => {
  await page.goto('/presentasi/rencana/');
  const planner = page.locator('netral-session-planner');
  await expect(planner).toHaveAttribute('data-ready', '');
  await page.getByRole('button', { name: 'Tambahkan: Apa itu netralitas ASN' }).click();
  await page.getByRole('button', { name: /^Tambahkan: / }).nth(1).click();
  await expect(planner.locator('[data-parts] > li')).toHaveCount(2);
  await page.getByLabel('Nama sesi').fill('Pagi');
  await expectNoAxeViolations(page);
  const run = page.getByRole('link', { name: 'Jalankan presentasi' });
  await expect(run).toHaveAttribute('href', /\/presentasi\/sesi\/\?p=.+&n=Pagi$/);
  await page.reload();
  await expect(planner.locator('[data-parts] > li')).toHaveCount(2);
  await run.click();
  await expect(deck(page)).toHaveAttribute('data-ready', '');
  await expect(page.getByRole('heading', { level: 1, name: 'Pagi' })).toBeVisible();
});

test('ready-made sessions of 60 and 90 minutes open as decks; axe finds nothing in a session deck', async ({ page }) => {
  await page.goto('/presentasi/rencana/');
  const ready = page.getByRole('link', { name: /^60 menit: / }).first();
  await expect(ready).toBeVisible();
  await expect(page.getByRole('link', { name: /^90 menit: / }).first()).toBeVisible();
  await ready.click();
  await expect(deck(page)).toHaveAttribute('data-ready', '');
  await expect(page.getByText(/Total \d+ menit/).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expectNoAxeViolations(page);
});

test('the header leads to the trainer home, which links to every trainer task; axe finds nothing there', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: 'Untuk fasilitator' }).click();
  await expect(page).toHaveURL(/\/pelatih\/$/);
  for (const [name, href] of [
    ['Mode fasilitator', '/presentasi/'],
    ['Siapkan sesi', '/presentasi/rencana/'],
    ['Tanda tangan sertifikat', '/pelatih/tanda-tangan/'],
    ['Catatan kelas', '/pelatih/kelas/'],
  ] as const) {
    await expect(page.getByRole('main').getByRole('link', { name, exact: true }).first()).toHaveAttribute('href', href);
  }
  await expectNoAxeViolations(page);
});

test.describe('offline', () => {
  // Saving trainer material is the service worker's job: run it (the suite blocks it by default).
  test.use({ serviceWorkers: 'allow' });

  test('a session across two modules, saved at home, runs offline: deck, presenter, planner and handouts', async ({ page, context }) => {
    test.setTimeout(240_000);
    const saving = { timeout: 60_000 };
    const parts = ['netralitas-asn/02-boleh-dan-tidak-boleh~20', 'berakhlak/04-berakhlak-dalam-situasi-politik~25'];
    // No name: the session is called after its lessons.
    const query = `p=${encodeURIComponent(parts.join(','))}`;
    const title = 'Yang boleh dan yang tidak boleh · BerAKHLAK dalam situasi politik';
    // At home: save the trainer material of every module on the trainer home.
    await page.goto('/pelatih/');
    const save = page.getByRole('region', { name: 'Materi pelatih tanpa internet' });
    await save.getByRole('combobox', { name: 'Modul' }).selectOption({ label: 'Semua modul' });
    await save.getByRole('button', { name: 'Simpan materi pelatih modul terpilih' }).click();
    await expect(save.getByRole('status')).toHaveText(/^Tersimpan: materi pelatih semua modul \(\d+ berkas/, saving);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    // In the training room: no network.
    await context.setOffline(true);
    await page.goto(`/presentasi/sesi/?${query}`);
    await expect(deck(page)).toHaveAttribute('data-ready', '');
    await expect(page.getByRole('heading', { name: 'Halaman tidak ditemukan' })).toHaveCount(0);
    const agenda = page.getByRole('region', { name: /^Slide 1 dari \d+/ });
    await expect(agenda.getByRole('listitem')).toHaveCount(2);
    const total = Number(/dari (\d+)/.exec((await agenda.getAttribute('aria-label')) ?? '')?.[1]);
    const [view] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
    await expect(deck(view)).toHaveAttribute('data-ready', '');
    await expect(view.locator('netral-presenter')).toHaveAttribute('data-mode', 'presenter');
    await expect(view.getByRole('banner')).toContainText(title);
    // Every slide by clicker keys, from the first to the last, the presenter view in step at each one.
    const seen = new Set<string>();
    for (let step = 0; step < total * 2 && (await index(page)) < total - 1; step++) {
      await page.keyboard.press('PageDown');
      await expect(deck(view)).toHaveAttribute('data-index', String(await index(page)));
      seen.add((await view.locator('[data-part-label]').textContent()) ?? '');
    }
    expect(await index(page)).toBe(total - 1);
    expect([...seen].some((p) => p.startsWith('Bagian 2 dari 2'))).toBe(true);
    await view.close();

    await page.goto('/presentasi/rencana/');
    await expect(page.locator('netral-session-planner')).toHaveAttribute('data-ready', '');
    await expect(page.getByRole('button', { name: /^Tambahkan: / }).first()).toBeVisible();
    for (const edition of ['', 'fasilitator&']) {
      await page.goto(`/handout/sesi/?${edition}${query}`);
      await expect(page.locator('netral-session-handout')).toHaveAttribute('data-ready', '');
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(page.locator('article.handout-lesson')).toHaveCount(2);
      await expect(page.locator('[data-broken-notice]')).toHaveCount(0);
    }
  });
});

// The learner's way to a certificate: pass the post-test, fill the identity form, print the self-study
// record, check it on the verification page, export the completion request and have it signed.
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { qrPath } from '../../src/lib/cert/qr';
import { formatDate } from '../../src/lib/format';
import { t, type UiKey } from '../../src/i18n';
import { validateNip } from '../../src/lib/nip';
import { describe as say, type Problem } from '../../src/lib/problem';
import site from '../../src/site.config';
import { expectNoAxeViolations } from './fixtures';
import { rewriteStorage } from './learner-state';
import { field, fillIdentity, learner, learnerStates, saveIdentity, sheet } from './certificate-helpers';

/** A problem code in the words the page shows (the dictionary's). */
const words = (problem: Problem) => say(problem, (key) => t(key as UiKey));

const demoKeyPath = 'tests/fixtures/demo-signing-key.json';
const certificatePage = '/sertifikat/';

const verdict = (page: Page) => page.getByRole('heading', { level: 2, name: /SAH/ });

/** A page in a new context holding `state` (a passed post-test, with or without an identity). */
async function pageWith(browser: Browser, baseURL: string | undefined, state: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseURL!, storageState: state, locale: 'id-ID' });
  return context.newPage();
}

// Made once for all workers by the setup project (tests/e2e/learner.setup.ts).
const passed = learnerStates.passed;
const withIdentity = learnerStates.withIdentity;

test.describe('certificate page', () => {
  test.describe.configure({ timeout: 120_000 });

  test('before the post-test is passed, the page says what is missing and links to it', async ({ page }) => {
    await page.goto(certificatePage);
    await expect(page.getByRole('heading', { level: 1, name: 'Sertifikat dan keterangan belajar' })).toBeVisible();
    // Both kinds are explained, with what each proves.
    await expect(page.getByRole('heading', { level: 3, name: 'Keterangan Belajar Mandiri' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: 'Sertifikat bertanda tangan pelatih' })).toBeVisible();
    await expect(page.getByText('Anda belum lulus post-test di perangkat ini.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Kerjakan post-test' })).toHaveAttribute('href', '/tes/post-test/');
    await expect(sheet(page)).toBeHidden();
    await expect(page.getByRole('heading', { name: '3. Minta sertifikat bertanda tangan pelatih' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Simpan data diri' })).toBeEnabled();
    await expectNoAxeViolations(page);
  });

  test('a passed post-test and the home page link to the certificate page', async ({ browser, baseURL }) => {
    const page = await pageWith(browser, baseURL, passed);
    await page.goto('/tes/post-test/');
    const result = page.locator('[data-view="result"]');
    await expect(result.getByText('Selamat, Anda lulus post-test.')).toBeVisible();
    await result.getByRole('link', { name: 'Cetak keterangan belajar dan minta sertifikat' }).click();
    await expect(page).toHaveURL(/\/sertifikat\/$/);
    await expect(page.getByText(/^Anda lulus post-test pada \d+ \w+ \d{4} dengan nilai 100 \(batas lulus 80\)\.$/)).toBeVisible();
    await expect(page.getByText('Isi data diri di bawah untuk menampilkan', { exact: false })).toBeVisible();
    await page.goto('/');
    await page.getByRole('link', { name: 'Sertifikat', exact: true }).click();
    await expect(page).toHaveURL(/\/sertifikat\/$/);
    await page.context().close();
  });

  test('the identity form names each mistake, announces them and links to the fields', async ({ browser, baseURL }) => {
    const page = await pageWith(browser, baseURL, passed);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(certificatePage);
    const payload = '<img src=x onerror=alert(1)>';
    const badNip = validateNip('19851312 201001 2 003');
    if (badNip.ok) throw new Error('the NIP should be invalid');
    await fillIdentity(page, { name: payload, nip: '19851312 201001 2 003', agency: '', unit: '', position: '' });
    await saveIdentity(page);

    const summary = page.locator('[data-error-summary]');
    await expect(summary).toBeFocused();
    await expect(page.getByRole('alert').filter({ hasText: 'Ada 4 isian yang perlu diperbaiki' })).toBeVisible();
    const expected = {
      name: 'Nama hanya boleh berisi huruf, spasi, titik, koma, tanda hubung (-) dan apostrof (\'), dan diawali huruf.',
      nip: words(badNip.problem),
      agency: 'Isi nama instansi Anda, misalnya Pemerintah Kota Contoh.',
      position: 'Isi jabatan Anda.',
    };
    for (const [key, message] of Object.entries(expected)) {
      await expect(summary.getByRole('link', { name: message })).toBeVisible();
      const input = page.getByRole('textbox', { name: field[key as keyof typeof field], exact: true });
      await expect(input).toHaveAttribute('aria-invalid', 'true');
      // The inline error is part of the field's description, so it is read when the field gets focus.
      await expect(input).toHaveAccessibleDescription(new RegExp(`Kesalahan: ${escape(message)}`));
    }
    await expect(page.getByRole('textbox', { name: field.unit, exact: true })).not.toHaveAttribute('aria-invalid');
    await expectNoAxeViolations(page);

    // A link in the summary takes the learner to the field.
    await summary.getByRole('link', { name: expected.nip }).click();
    await expect(page.getByRole('textbox', { name: 'NIP', exact: true })).toBeFocused();

    // The markup was never run or inserted, and nothing was saved or shown.
    expect(dialogs).toEqual([]);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(sheet(page)).toBeHidden();

    // Each kind of NIP mistake gets its own message.
    const nips = ['', '19850312-2010', '209901012020011001', '1985031220100120', '198502302010012003', '198503122010132003', '198503121999012003', '198503122010013003', '198503122010012000'];
    const messages = new Set<string>();
    for (const nip of nips) {
      const result = validateNip(nip);
      if (result.ok) throw new Error(`${nip} should be invalid`);
      await fillIdentity(page, { nip });
      await saveIdentity(page);
      await expect(page.locator('[data-error-for="nip"]')).toHaveText(`Kesalahan: ${words(result.problem)}`);
      messages.add(words(result.problem));
    }
    expect(messages.size).toBe(nips.length);

    // Valid values, with an apostrophe, a hyphen and non-ASCII letters in the name.
    await fillIdentity(page, learner);
    await saveIdentity(page);
    await expect(summary).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Data diri tersimpan di perangkat ini.' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: '2. Keterangan Belajar Mandiri' })).toBeFocused();
    await expect(sheet(page).locator('.cert-name')).toHaveText(learner.name);
    for (const label of Object.values(field)) await expect(page.getByRole('textbox', { name: label, exact: true })).not.toHaveAttribute('aria-invalid');
    await page.context().close();
  });

  test('the self-study record shows the right fields and says it is not verified by a trainer', async ({ browser, baseURL }) => {
    const page = await pageWith(browser, baseURL, withIdentity);
    await page.goto(certificatePage);
    const record = sheet(page);
    await expect(record).toBeVisible();
    // The date the post-test was submitted, in the learner's calendar, written in Indonesian.
    const finishedAt = await page.evaluate(() => {
      const stored = JSON.parse(localStorage.getItem('netral:attempts') ?? '{}') as { data: { attempts: { kind: string; result?: { finishedAt: string } }[] } };
      return stored.data.attempts.find((a) => a.kind === 'post' && a.result)?.result?.finishedAt ?? '';
    });
    const local = new Date(finishedAt);
    const date = formatDate(new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate())));
    await expect(record.locator('.cert-name')).toHaveText(learner.name);
    await expect(record).toContainText('NIP 19850312 201001 2 003');
    await expect(record).toContainText(learner.position);
    await expect(record).toContainText('Dinas Pendidikan, Pemerintah Kota Contoh');
    await expect(record).toContainText('100 (batas lulus 80)');
    await expect(record.locator('[data-field="date"]')).toHaveText(date);
    await expect(record).toContainText(`${site.courseJp} JP (jam pelajaran)`);
    await expect(record.locator('[data-field="number"]')).toHaveText(/^\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await expect(record.locator('[data-field="courseVersion"]')).toHaveText(/^\d{4}\.\d{2}\.\d{2}-[0-9a-f]{8}$/);
    // The course version and pass mark are those recorded when the post-test was submitted.
    const terms = await page.evaluate(() => JSON.parse(localStorage.getItem('netral:exam-terms') ?? 'null') as { v: number; data: { attempts: Record<string, unknown> } });
    expect(Object.values(terms.data.attempts)).toEqual([{ courseVersion: await record.locator('[data-field="courseVersion"]').textContent(), passMark: 80 }]);
    await expect(page.getByText('dikerjakan sebelum situs mencatat versi materi')).toBeHidden();
    await expect(record.getByRole('row', { name: /Netralitas ASN/ })).toContainText('100 (4/4)');
    // One row per topic, in course order (the home page lists the modules in that order).
    const topics = record.locator('tbody tr td:first-child');
    await expect(topics).toHaveCount(Object.keys(site.postTest.mix).length);
    const rows = await topics.allTextContents();
    await page.goto('/');
    const modules = await page.locator('.module-card h3').allTextContents();
    expect(rows).toEqual(modules.map((m) => m.trim()).filter((m) => rows.includes(m)));
    await page.goto(certificatePage);
    const organiser = record.locator('.cert-sign');
    for (const text of ['Penyelenggara', site.signatory.title, site.signatory.name]) await expect(organiser).toContainText(text);
    await expect(record.getByText(/BELUM diverifikasi oleh pelatih/)).toBeVisible();
    await expect(record.getByText('CONTOH — kunci demo, tidak berlaku')).toBeHidden();
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);

    // The identity stays after a reload.
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Nama lengkap' })).toHaveValue(learner.name);
    await expect(page.getByRole('textbox', { name: 'NIP', exact: true })).toHaveValue('198503122010012003');
    await expect(sheet(page).locator('.cert-name')).toHaveText(learner.name);

    // The form, the record, the code and its QR code fit a 320 px screen without sideways scrolling.
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  test('"Cetak" prints exactly one A4 landscape page holding only the record', async ({ browser, baseURL }) => {
    const page = await pageWith(browser, baseURL, withIdentity);
    await page.addInitScript(() => {
      window.print = () => void ((window as { __printed?: number }).__printed = 1);
    });
    await page.goto(certificatePage);
    await page.getByRole('button', { name: 'Cetak' }).click();
    expect(await page.evaluate(() => (window as { __printed?: number }).__printed)).toBe(1);

    await page.emulateMedia({ media: 'print' });
    const box = await page.locator('.cert-sheet').evaluate((node) => ({
      width: node.getBoundingClientRect().width,
      height: node.getBoundingClientRect().height,
      overflow: node.scrollHeight - node.clientHeight,
      others: [...document.querySelectorAll('body *')]
        .filter((other) => !other.closest('.cert-sheet') && !other.contains(node) && other.getClientRects().length > 0)
        .map((other) => other.tagName + (other.className ? `.${String(other.className)}` : '')),
    }));
    const mm = 96 / 25.4;
    expect(box.width).toBeCloseTo(297 * mm, 0);
    expect(box.height).toBeLessThanOrEqual(210 * mm);
    expect(box.overflow, 'nothing on the sheet is cut off').toBeLessThanOrEqual(0);
    expect(box.others, 'nothing but the record prints').toEqual([]);
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
    const [, width, height] = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf) ?? [];
    expect(Number(width)).toBeCloseTo(841.89, 0);
    expect(Number(height)).toBeCloseTo(595.28, 0);
    await page.context().close();
  });

  test('the QR code leads to the verification page, which reports the record as not signed', async ({ browser, baseURL }) => {
    const page = await pageWith(browser, baseURL, withIdentity);
    await page.goto(certificatePage);
    const qr = sheet(page).getByRole('img', { name: 'Kode QR menuju halaman verifikasi sertifikat ini' });
    const link = (await qr.getAttribute('data-link')) ?? '';
    const code = await page.getByRole('textbox', { name: 'Kode permintaan' }).inputValue();
    expect(code).toMatch(/^NR1\./);
    expect(link).toBe(`${site.siteUrl}${site.basePath}verifikasi/#${code}`);
    expect(await qr.locator('path').getAttribute('d')).toBe(qrPath(link).d);
    // siteUrl is the agency's real address; open the same path and code on the test server.
    const url = new URL(link);
    await page.goto(`${url.pathname}${url.hash}`);
    await expect(verdict(page)).toHaveText('TIDAK SAH');
    await expect(page.locator('[data-verdict-reason]')).toContainText('belum ditandatangani pelatih');
    await page.context().close();
  });

  test('the exported request, signed with the demo key on the trainer page, verifies as SAH with the same fields', async ({ browser, baseURL }) => {
    const page = await pageWith(browser, baseURL, withIdentity);
    await page.goto(certificatePage);
    const code = await page.getByRole('textbox', { name: 'Kode permintaan' }).inputValue();
    const qr = page.getByRole('img', { name: 'Kode QR berisi kode permintaan sertifikat' });
    expect(await qr.locator('path').getAttribute('d')).toBe(qrPath(code).d);
    const number = (await sheet(page).locator('[data-field="number"]').textContent()) ?? '';

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Unduh berkas permintaan' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`permintaan-sertifikat-198503122010012003-${number}.json`);
    await expect(page.getByRole('status').filter({ hasText: 'diunduh' })).toBeVisible();
    const file = await download.path();
    const content = JSON.parse(readFileSync(file, 'utf8')) as { code: string; nama: string };
    expect(content.code).toBe(code);
    expect(content.nama).toBe(learner.name);

    await page.goto('/pelatih/tanda-tangan/');
    await expect(page.locator('netral-sign')).toHaveAttribute('data-ready', '');
    await page.getByLabel('Berkas kunci privat (.json dari npm run keys)').setInputFiles(demoKeyPath);
    await page.getByLabel('Atau pilih berkas permintaan atau CSV satu kelas').setInputFiles(file);
    await page.getByRole('button', { name: 'Periksa permintaan' }).click();
    // A request made by the site itself passes every consistency check.
    await expect(page.getByText('1 permintaan lolos pemeriksaan, 0 ditolak.')).toBeVisible();
    await page.getByRole('button', { name: 'Tanda tangani 1 permintaan yang lolos' }).click();
    await expect(page.getByText('1 sertifikat ditandatangani, 0 ditolak.')).toBeVisible();
    const href = await page.getByRole('link', { name: `Buka sertifikat ${learner.name}` }).getAttribute('href');
    expect(href).toMatch(/\/verifikasi\/#NC1\./);
    await page.goto(href!);
    await expect(verdict(page)).toHaveText('SAH');
    const fields = page.locator('[data-verdict-fields]');
    await expect(fields).toContainText(learner.name);
    await expect(fields).toContainText('19850312 201001 2 003');
    await expect(fields).toContainText('100 (batas lulus 80)');
    await expect(fields).toContainText(number);
    await page.context().close();
  });

  test('a post-test passed before its terms were recorded uses today\'s, says so, and keeps them', async ({ browser, baseURL }) => {
    const page = await pageWith(browser, baseURL, withIdentity);
    // Removed before the page opens: the page records assumed terms as soon as it finds none.
    await rewriteStorage(page, { 'netral:exam-terms': null }, { path: certificatePage });
    await expect(sheet(page)).toBeVisible();
    await expect(page.getByText('Post-test ini dikerjakan sebelum situs mencatat versi materi', { exact: false })).toBeVisible();
    // Today's terms are recorded now, marked as assumed, so they stay the same after an update.
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('netral:exam-terms') ?? 'null') as { data: { attempts: Record<string, unknown> } });
    const version = await sheet(page).locator('[data-field="courseVersion"]').textContent();
    expect(Object.values(stored.data.attempts)).toEqual([{ courseVersion: version, passMark: 80, assumed: true }]);
    await page.reload();
    await expect(page.getByText('Post-test ini dikerjakan sebelum situs mencatat versi materi', { exact: false })).toBeVisible();
    await page.context().close();
  });

  test('when the agency requires every lesson, the page lists the lessons not completed and waits for them', async ({ browser, baseURL }) => {
    const page = await pageWith(browser, baseURL, withIdentity);
    // The same page as built with certificate.requireAllLessons: true.
    await page.route('**/sertifikat/', async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('requireAllLessons&quot;:false', 'requireAllLessons&quot;:true');
      await route.fulfill({ response, body: html });
    });
    await page.goto(certificatePage);
    const lessons = JSON.parse((await page.locator('netral-certificate').getAttribute('data-lessons')) ?? '[]') as { id: string; title: string; href: string; hasCheck: boolean }[];
    expect(lessons.length).toBeGreaterThan(10);
    const status = page.locator('section', { has: page.getByRole('heading', { name: 'Syarat' }) });
    await expect(status.getByText(`Pelajaran yang belum tercatat selesai di perangkat ini (${lessons.length}):`, { exact: false })).toBeVisible();
    await expect(sheet(page)).toBeHidden();

    // Every lesson read to the end and every knowledge check attempted, except the last lesson's check.
    const last = lessons.findLast((lesson) => lesson.hasCheck)!;
    const at = new Date().toISOString();
    const progress = { lessons: Object.fromEntries(lessons.map((l) => [l.id, { reachedEnd: at }])), last: null };
    const checks: Record<string, unknown> = Object.fromEntries(
      lessons.filter((l) => l.hasCheck && l.id !== last.id).map((l) => [l.id, { bank: 'b', points: 1, max: 1, score: 100, at, best: 100, tries: 1 }]),
    );
    await rewriteStorage(page, { 'netral:progress': JSON.stringify({ v: 1, data: progress }), 'netral:checks': JSON.stringify({ v: 1, data: { lessons: checks } }) });
    await expect(status.getByText('Pelajaran yang belum tercatat selesai di perangkat ini (1):', { exact: false })).toBeVisible();
    await expect(status.getByRole('link', { name: last.title })).toHaveAttribute('href', last.href);
    await expect(sheet(page)).toBeHidden();
    await expectNoAxeViolations(page);

    checks[last.id] = { bank: 'b', points: 0, max: 1, score: 0, at: new Date().toISOString(), best: 0, tries: 1 };
    await rewriteStorage(page, { 'netral:checks': JSON.stringify({ v: 1, data: { lessons: checks } }) });
    await expect(status.getByText('Pelajaran yang belum tercatat selesai', { exact: false })).toHaveCount(0);
    await expect(sheet(page)).toBeVisible();
    await page.context().close();
  });

  test('the request code can be copied, and forgetting the identity hides the record', async ({ browser, baseURL }) => {
    const page = await pageWith(browser, baseURL, withIdentity);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(certificatePage);
    const code = await page.getByRole('textbox', { name: 'Kode permintaan' }).inputValue();
    await page.getByRole('button', { name: 'Salin kode' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Kode permintaan disalin.' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

    await page.getByRole('button', { name: 'Hapus data diri dari perangkat ini' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Data diri sudah dihapus dari perangkat ini.' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Nama lengkap' })).toHaveValue('');
    await expect(page.getByRole('textbox', { name: 'Nama lengkap' })).toBeFocused();
    await expect(sheet(page)).toBeHidden();
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Nama lengkap' })).toHaveValue('');
    expect(await page.evaluate(() => localStorage.getItem('netral:identity'))).toBeNull();
    await page.context().close();
  });
});

/** A string as a literal inside a regular expression. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

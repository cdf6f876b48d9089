// Certificates: offline verification, the printable certificate, and the trainer signing page.
// Certificates are signed in the test with the demo key (tests/fixtures/demo-signing-key.json), whose
// public key the shipped configuration trusts, or with a key pair generated here.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { certificatePrefix, signRequest } from '../../src/lib/cert/certificate';
import { fromBase64url, toBase64url } from '../../src/lib/cert/base64url';
import { generateKeyFile } from '../../src/lib/cert/keys';
import { qrPath } from '../../src/lib/cert/qr';
import { encodeRequestCode, type CompletionRequest } from '../../src/lib/cert/request';
import site from '../../src/site.config';
import { builtRequest, demoKeyPath, sampleRequest, signer } from '../fixtures/certificate';
import { expectNoAxeViolations } from './fixtures';

const learner = sampleRequest;

/** Fails the test if the page contacts any other origin. */
function stayOnSite(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return foreign;
}

async function pasteAndCheck(page: Page, code: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Kode sertifikat atau tautan verifikasi' }).fill(code);
  await page.getByRole('button', { name: 'Periksa' }).click();
}

const verdict = (page: Page) => page.getByRole('heading', { level: 2, name: /SAH/ });

test.describe('verification page', () => {
  test('a certificate signed in the test verifies offline as SAH and shows its fields', async ({ page, context, baseURL }) => {
    const foreign = stayOnSite(page, baseURL!);
    const code = await signRequest(learner, await signer());
    await page.goto('/verifikasi/');
    // Offline once the page has loaded its code (with service workers blocked, nothing loads after this).
    await expect(page.locator('netral-verify[data-ready]')).toBeAttached();
    await context.setOffline(true);
    await pasteAndCheck(page, code);
    await expect(verdict(page)).toHaveText('SAH');
    await expect(page.getByRole('status').filter({ hasText: 'SAH.' })).toContainText('Tanda tangan cocok');
    const fields = page.locator('[data-verdict-fields]');
    await expect(fields).toContainText('Ni Luh Putu Ayu Saraswati, S.H., M.H.');
    await expect(fields).toContainText('19850312 201001 2 003');
    await expect(fields).toContainText('86,7 (batas lulus 80)');
    await expect(fields).toContainText('23 November 2026');
    // The demo key proves nothing, and the page says so.
    await expect(page.getByText('ditandatangani dengan kunci demo')).toBeVisible();
    const sheet = page.getByRole('article', { name: 'Sertifikat' });
    await expect(sheet).toBeVisible();
    await expect(sheet).toContainText('CONTOH — kunci demo, tidak berlaku');
    await expect(sheet.getByRole('row', { name: /Netralitas ASN/ })).toContainText('100 (4/4)');
    expect(foreign).toEqual([]);
  });

  test('a certificate opened from its link (#code or ?kode=) verifies without pressing anything', async ({ page }) => {
    const code = await signRequest(learner, await signer());
    await page.goto(`/verifikasi/#${code}`);
    await expect(verdict(page)).toHaveText('SAH');
    await expect(page.getByRole('textbox', { name: 'Kode sertifikat atau tautan verifikasi' })).toHaveValue(code);
    await page.goto(`/verifikasi/?kode=${code}`);
    await expect(verdict(page)).toHaveText('SAH');
  });

  test('a pasted verification link (as read from the QR code) is checked like its code', async ({ page }) => {
    const code = await signRequest(learner, await signer());
    await page.goto('/verifikasi/');
    await pasteAndCheck(page, `  https://netral.example.go.id/verifikasi/#${code}\n`);
    await expect(verdict(page)).toHaveText('SAH');
  });

  test('an edited certificate is TIDAK SAH, with the reason', async ({ page }) => {
    const code = await signRequest(learner, await signer());
    // Change one letter of the learner's name inside the signed bytes.
    const bytes = fromBase64url(code.slice(certificatePrefix.length))!;
    const name = new TextEncoder().encode('Saraswati');
    const at = bytes.findIndex((_, i) => name.every((byte, j) => bytes[i + j] === byte));
    bytes[at] = 'T'.charCodeAt(0);
    await page.goto(`/verifikasi/#${certificatePrefix}${toBase64url(bytes)}`);
    await expect(verdict(page)).toHaveText('TIDAK SAH');
    await expect(page.locator('[data-verdict-reason]')).toHaveText(/Tanda tangan tidak cocok dengan isi sertifikat/);
    await expect(page.getByText('Taraswati')).toHaveCount(0);
    await expect(page.getByRole('article', { name: 'Sertifikat' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Cetak sertifikat' })).toBeHidden();
  });

  test('a certificate from a key this site does not trust is TIDAK SAH', async ({ page }) => {
    const stranger = await signer(JSON.stringify(await generateKeyFile('Pelatih lain')));
    await page.goto('/verifikasi/');
    await pasteAndCheck(page, await signRequest(learner, stranger));
    await expect(verdict(page)).toHaveText('TIDAK SAH');
    await expect(page.locator('[data-verdict-reason]')).toHaveText(`Sertifikat ditandatangani dengan kunci "${stranger.keyId}" yang tidak terdaftar di situs ini.`);
  });

  test('an unsigned request and a broken code are TIDAK SAH, each with its reason', async ({ page }) => {
    await page.goto('/verifikasi/');
    await pasteAndCheck(page, encodeRequestCode(learner));
    await expect(verdict(page)).toHaveText('TIDAK SAH');
    await expect(page.locator('[data-verdict-reason]')).toContainText('belum ditandatangani pelatih');
    await pasteAndCheck(page, 'NC1.rusak');
    await expect(page.locator('[data-verdict-reason]')).toContainText('Kode tidak dapat dibaca');
    // After a check, focus moves to the verdict so a screen reader reads it at once.
    await expect(page.getByRole('region', { name: 'TIDAK SAH' })).toBeFocused();
  });

  test('a name holding markup is printed as text and runs nothing', async ({ page }) => {
    const payload = '<img src=x onerror="window.__xss=1">';
    const hostile = { ...learner, identity: { ...learner.identity, name: payload } };
    await page.goto(`/verifikasi/#${await signRequest(hostile, await signer())}`);
    await expect(verdict(page)).toHaveText('SAH');
    const sheet = page.getByRole('article', { name: 'Sertifikat' });
    await expect(sheet.locator('.cert-name')).toHaveText(payload);
    await expect(page.locator('[data-verdict-fields]')).toContainText(payload);
    await expect(sheet.locator('img[src="x"]')).toHaveCount(0);
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  });

  test('the printed certificate fills exactly one A4 landscape page, even with the longest fields', async ({ page }) => {
    const longest: CompletionRequest = {
      ...learner,
      identity: {
        name: `Prof. Dr. Ir. ${'Raden Ayu Anak Agung Ngurah '.repeat(4)}`.trim().slice(0, 104) + ', S.H., M.H.',
        nip: learner.identity.nip,
        agency: 'Pemerintah Provinsi '.repeat(6).trim(),
        unit: 'Bidang Pengembangan Kompetensi dan Pengelolaan Kinerja Aparatur '.repeat(2).trim().slice(0, 120),
        position: 'Analis Sumber Daya Manusia Aparatur Ahli Pertama pada Sub Bagian Umum dan Kepegawaian '.repeat(2).trim().slice(0, 120),
      },
      topics: Array.from({ length: 12 }, (_, i) => ({ module: `modul-yang-sangat-panjang-sekali-${i + 1}`, points: 3, max: 4 })),
    };
    for (const request of [learner, longest]) {
      await page.goto(`/verifikasi/#${await signRequest(request, await signer())}`);
      await expect(verdict(page)).toHaveText('SAH');
      await page.emulateMedia({ media: 'print' });
      const box = await page.locator('.cert-sheet').evaluate((sheet) => ({
        width: sheet.getBoundingClientRect().width,
        height: sheet.getBoundingClientRect().height,
        overflow: sheet.scrollHeight - sheet.clientHeight,
        others: [...document.querySelectorAll('body *')].filter(
          (node) => !node.closest('.cert-sheet') && !node.contains(document.querySelector('.cert-sheet')) && node.getClientRects().length > 0,
        ).length,
      }));
      const mm = 96 / 25.4;
      expect(box.width).toBeCloseTo(297 * mm, 0);
      expect(box.height).toBeLessThanOrEqual(210 * mm);
      expect(box.overflow, 'nothing on the sheet is cut off').toBeLessThanOrEqual(0);
      expect(box.others, 'nothing but the certificate prints').toBe(0);
      const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
      const [, width, height] = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf) ?? [];
      expect(Number(width)).toBeCloseTo(841.89, 0);
      expect(Number(height)).toBeCloseTo(595.28, 0);
      await page.emulateMedia({ media: 'screen' });
    }
  });

  test('the QR code holds the certificate link, and the link opens the verification page', async ({ page }) => {
    const code = await signRequest(learner, await signer());
    await page.goto(`/verifikasi/#${code}`);
    const qr = page.getByRole('img', { name: 'Kode QR menuju halaman verifikasi sertifikat ini' });
    const link = await qr.getAttribute('data-link');
    expect(link).toBe(`${site.siteUrl}${site.basePath}verifikasi/#${code}`);
    // The drawn modules are exactly the QR code of that link.
    expect(await qr.locator('path').getAttribute('d')).toBe(qrPath(link!).d);
    // siteUrl is the agency's real address; open the same path and code on the test server.
    const url = new URL(link!);
    await page.goto('about:blank');
    await page.goto(`${url.pathname}${url.hash}`);
    await expect(verdict(page)).toHaveText('SAH');
  });

  test('the verified certificate fits a 320 px screen without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`/verifikasi/#${await signRequest(learner, await signer())}`);
    await expect(verdict(page)).toHaveText('SAH');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('axe finds nothing on the verification page, empty, SAH (light and dark) and TIDAK SAH', async ({ page }) => {
    await page.goto('/verifikasi/');
    await expect(page.getByRole('button', { name: 'Periksa' })).toBeEnabled();
    await expectNoAxeViolations(page);
    await pasteAndCheck(page, await signRequest(learner, await signer()));
    await expect(verdict(page)).toHaveText('SAH');
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`/verifikasi/#${await signRequest(learner, await signer())}`);
    await expect(verdict(page)).toHaveText('SAH');
    await expectNoAxeViolations(page);
    await pasteAndCheck(page, 'NC1.rusak');
    await expect(verdict(page)).toHaveText('TIDAK SAH');
    await expectNoAxeViolations(page);
  });
});

test.describe('trainer signing page', () => {
  // Requests of the course this build publishes (the checks refuse any other version or topics).
  const consistent = () => builtRequest();
  const failed = () => builtRequest({ score: 0, digest: 'f'.repeat(32) }, Object.fromEntries(consistent().topics.map((topic) => [topic.module, 0])));
  const second = () => builtRequest({ identity: { ...learner.identity, name: 'Budi Santoso', nip: '199001012015031002' }, digest: 'a'.repeat(32) });

  async function loadKey(page: Page, path = demoKeyPath): Promise<void> {
    await expect(page.locator('netral-sign')).toHaveAttribute('data-ready', '');
    await page.getByLabel('Berkas kunci privat (.json dari npm run keys)').setInputFiles(path);
  }

  test('signs pasted requests with a key from a file, never contacting another site, and the results verify', async ({ page, baseURL }) => {
    const foreign = stayOnSite(page, baseURL!);
    await page.goto('/pelatih/tanda-tangan/');
    await loadKey(page);
    await expect(page.getByText('Kunci "demo" (Kunci demo — ganti sebelum dipakai) siap dipakai.')).toBeVisible();
    await page.getByRole('textbox', { name: 'Kode permintaan (satu per baris)' }).fill(
      [encodeRequestCode(consistent()), encodeRequestCode(failed()), `baris lain\n${encodeRequestCode(second())}`].join('\n'),
    );
    await page.getByRole('button', { name: 'Periksa permintaan' }).click();
    // Every field to be signed is shown first, per learner; nothing is signed yet.
    await expect(page.getByText('2 permintaan lolos pemeriksaan, 1 ditolak.')).toBeVisible();
    const cards = page.locator('[data-sign-review-list] > li');
    await expect(cards).toHaveCount(3);
    await expect(cards.nth(0)).toContainText('19850312 201001 2 003');
    await expect(cards.nth(0)).toContainText(consistent().courseVersion);
    await expect(cards.nth(0)).toContainText('Dinas Pendidikan');
    await expect(cards.nth(1)).toContainText('Ditolak: Nilai 0 di bawah batas lulus 80.');
    await expect(cards.nth(1)).toContainText('teks yang ditempel');
    await page.getByRole('button', { name: 'Tanda tangani 2 permintaan yang lolos' }).click();
    await expect(page.getByText('2 sertifikat ditandatangani, 1 ditolak.')).toBeVisible();
    const rows = page.getByRole('table').getByRole('row');
    await expect(rows).toHaveCount(4);
    await expect(rows.nth(2)).toContainText('Ditolak: Nilai 0 di bawah batas lulus 80.');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Unduh CSV' }).click();
    const csv = readFileSync(await (await download).path(), 'utf8');
    expect(csv).toContain('Budi Santoso');
    expect(csv).toContain(`${site.siteUrl}${site.basePath}verifikasi/#NC1.`);

    const href = await page.getByRole('link', { name: 'Buka sertifikat Budi Santoso' }).getAttribute('href');
    expect(foreign).toEqual([]);
    await page.goto(href!);
    await expect(verdict(page)).toHaveText('SAH');
    await expect(page.locator('[data-verdict-fields]')).toContainText('Budi Santoso');
  });

  test('signs a whole class from a CSV file', async ({ page }) => {
    await page.goto('/pelatih/tanda-tangan/');
    await loadKey(page);
    // Ni Luh's code arrives wrapped over several lines, as e-mail programs break long words.
    const wrapped = encodeRequestCode(consistent()).replace(/(.{60})/g, '$1\r\n');
    const inconsistent = builtRequest({ score: 100, digest: 'c'.repeat(32), identity: { ...learner.identity, name: 'Citra Lestari', nip: '199203032016032001' } }, { [consistent().topics[0]!.module]: 0 });
    const csv = `nama,kode\r\n"Ni Luh","${wrapped}"\r\nBudi,${encodeRequestCode(second())}\r\nCitra,${encodeRequestCode(inconsistent)}\r\n`;
    await page.getByLabel('Atau pilih berkas permintaan atau CSV satu kelas').setInputFiles({ name: 'kelas.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Periksa permintaan' }).click();
    await expect(page.getByText('2 permintaan lolos pemeriksaan, 1 ditolak.')).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: 'Citra Lestari' })).toContainText(/Ditolak: Nilai 100 tidak sesuai jumlah nilai per topik/);
    await expect(page.getByRole('listitem').filter({ hasText: 'Citra Lestari' })).toContainText('kelas.csv');
    await page.getByRole('button', { name: 'Tanda tangani 2 permintaan yang lolos' }).click();
    await expect(page.getByText('2 sertifikat ditandatangani, 1 ditolak.')).toBeVisible();
  });

  test('refuses a file that is not a private key, and asks for a key before signing', async ({ page }) => {
    await page.goto('/pelatih/tanda-tangan/');
    await page.getByRole('textbox', { name: 'Kode permintaan (satu per baris)' }).fill(encodeRequestCode(consistent()));
    await page.getByRole('button', { name: 'Periksa permintaan' }).click();
    await page.getByRole('button', { name: 'Tanda tangani 1 permintaan yang lolos' }).click();
    await expect(page.getByRole('alert')).toHaveText('Muat kunci privat terlebih dahulu.');
    await page.getByLabel('Berkas kunci privat (.json dari npm run keys)').setInputFiles({ name: 'bukan-kunci.json', mimeType: 'application/json', buffer: Buffer.from('{"a":1}') });
    await expect(page.getByText('bukan kunci privat Netral yang utuh')).toBeVisible();
  });

  test('warns that a key this site does not trust makes TIDAK SAH certificates', async ({ page }) => {
    await page.goto('/pelatih/tanda-tangan/');
    await expect(page.locator('netral-sign')).toHaveAttribute('data-ready', '');
    const file = await generateKeyFile('Pelatih lain');
    await page.getByLabel('Berkas kunci privat (.json dari npm run keys)').setInputFiles({ name: 'kunci.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect(page.getByText(`Kunci "${file.id}" tidak terdaftar di situs ini`)).toBeVisible();
  });

  test('axe finds nothing on the trainer page, before and after signing', async ({ page }) => {
    await page.goto('/pelatih/tanda-tangan/');
    await expect(page.getByRole('button', { name: 'Periksa permintaan' })).toBeEnabled();
    await expectNoAxeViolations(page);
    await loadKey(page);
    await page.getByRole('textbox', { name: 'Kode permintaan (satu per baris)' }).fill(`${encodeRequestCode(consistent())}\n${encodeRequestCode(failed())}`);
    await page.getByRole('button', { name: 'Periksa permintaan' }).click();
    await expect(page.getByText('1 permintaan lolos pemeriksaan, 1 ditolak.')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Tanda tangani 1 permintaan yang lolos' }).click();
    await expect(page.getByText('1 sertifikat ditandatangani, 1 ditolak.')).toBeVisible();
    await expectNoAxeViolations(page);
    // On a phone the results table scrolls sideways inside a focusable region.
    await page.setViewportSize({ width: 375, height: 800 });
    await expectNoAxeViolations(page, '[data-sign-results]');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

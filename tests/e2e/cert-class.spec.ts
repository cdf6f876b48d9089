// Class records on /pelatih/kelas/: a class of three from a roster CSV, two signed certificates and one
// refused request, gives the status per learner, one A4 landscape PDF page per certificate, an attendance
// list, and an HR CSV with one row per certificate.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { signRequest } from '../../src/lib/cert/certificate';
import { certificateNumber } from '../../src/lib/cert/number';
import { encodeRequestCode } from '../../src/lib/cert/request';
import site from '../../src/site.config';
import { builtRequest, sampleRequest, signer } from '../fixtures/certificate';
import { expectNoAxeViolations } from './fixtures';
import { storeBeforeFirstLoad } from './learner-state';

const person = (name: string, nip: string, digest: string) => ({ identity: { ...sampleRequest.identity, name, nip }, digest: digest.repeat(32) });

test('a class of three with one refused request: roster status, one PDF page per certificate, HR CSV rows', async ({ page }) => {
  const ani = builtRequest(person('Ani Wulandari', '198503122010012003', 'a'));
  const budi = builtRequest(person('Budi Santoso', '199001012015031002', 'b'));
  // Citra's request claims 100 with a topic at 0: refused.
  const citra = builtRequest({ ...person('Citra Lestari', '199203032016032001', 'c'), score: 100 }, { [ani.topics[0]!.module]: 0 });
  const key = await signer();
  const results = `status,nomor,kode_sertifikat\r\nditandatangani,x,${await signRequest(ani, key)}\r\nditandatangani,y,${await signRequest(budi, key)}\r\n`;

  await page.addInitScript(() => {
    window.print = () => undefined;
  });
  await page.goto('/pelatih/kelas/');
  await expect(page.locator('netral-class')).toHaveAttribute('data-ready', '');
  const roster = 'Nama;NIP;Unit kerja\r\nAni Wulandari;19850312 201001 2 003;Dinas Pendidikan\r\nBudi Santoso;199001012015031002;BKPSDM\r\nCitra Lestari;199203032016032001;Dinas Kesehatan\r\n';
  await page.getByLabel('Berkas daftar peserta (CSV)').setInputFiles({ name: 'peserta.csv', mimeType: 'text/csv', buffer: Buffer.from(roster) });
  await page.getByRole('button', { name: 'Muat daftar peserta' }).click();
  await expect(page.getByText('3 peserta dimuat.')).toBeVisible();

  await page.getByLabel('Berkas permintaan dan hasil penandatanganan').setInputFiles([
    { name: 'sertifikat-kelas.csv', mimeType: 'text/csv', buffer: Buffer.from(results) },
    { name: 'permintaan-citra.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ code: encodeRequestCode(citra) })) },
  ]);
  await page.getByRole('button', { name: 'Cocokkan dengan daftar peserta' }).click();
  await expect(page.getByText('2 bersertifikat, 0 menunggu tanda tangan, 1 ditolak, 0 belum mengajukan.')).toBeVisible();
  const rows = page.getByRole('region', { name: '3. Status kelas' }).getByRole('row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText(`Bersertifikat · ${certificateNumber(ani)}`);
  await expect(rows.nth(2)).toContainText(`Bersertifikat · ${certificateNumber(budi)}`);
  await expect(rows.nth(3)).toContainText(/Ditolak: Nilai 100 tidak sesuai jumlah nilai per topik .*\(permintaan-citra\.json\)/);
  await expectNoAxeViolations(page);

  // Every certificate, one A4 landscape page each.
  await page.getByRole('button', { name: 'Cetak semua sertifikat (2)' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('article', { name: 'Sertifikat Ani Wulandari' })).toContainText('Dinas Pendidikan');
  await expect(page.getByRole('article', { name: 'Sertifikat Budi Santoso' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Daftar hadir' })).toBeHidden();
  // Each sheet carries its own QR code (vector, so it prints sharp), leading to its own certificate.
  for (const name of ['Ani Wulandari', 'Budi Santoso'])
    await expect(page.getByRole('article', { name: `Sertifikat ${name}` }).locator('[data-field="qr"] path')).toHaveAttribute('d', /^M/);
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(2);
  // Every page A4 landscape (841.89 × 595.28 pt).
  const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map(([, width, height]) => [Math.round(Number(width)), Math.round(Number(height))]);
  expect(boxes).toEqual([[842, 595], [842, 595]]);
  // Text stays text, in embedded fonts (not a picture of the page).
  expect(pdf).toMatch(/\/FontFile2?\b/);

  // The attendance list: every learner of the roster, with a signature column.
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Cetak daftar hadir' }).click();
  await page.emulateMedia({ media: 'print' });
  const attendance = page.getByRole('region', { name: 'Daftar hadir' });
  await expect(attendance.getByRole('row')).toHaveCount(4);
  await expect(attendance.getByRole('columnheader', { name: 'Tanda tangan' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Sertifikat Ani Wulandari' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // The HR CSV: one row per certificate.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Unduh CSV kepegawaian' }).click();
  const csv = readFileSync(await (await downloading).path(), 'utf8').split('\r\n').filter(Boolean);
  const course = '"Netralitas ASN, Nilai Dasar BerAKHLAK, dan Antikorupsi"';
  expect(csv).toEqual([
    '\uFEFFnip,nama,pelatihan,jp,tanggal,nomor_sertifikat,nilai',
    `198503122010012003,Ani Wulandari,${course},${site.courseJp},${ani.date},${certificateNumber(ani)},100`,
    `199001012015031002,Budi Santoso,${course},${site.courseJp},${budi.date},${certificateNumber(budi)},100`,
  ]);

  // A class takes a day or two: after a reload the roster and every status are still there.
  await page.reload();
  await expect(page.locator('netral-class')).toHaveAttribute('data-ready', '');
  await expect(page.getByText('Daftar peserta tersimpan di perangkat ini: 3 peserta.')).toBeVisible();
  await expect(page.getByText('2 bersertifikat, 0 menunggu tanda tangan, 1 ditolak, 0 belum mengajukan.')).toBeVisible();
  await expect(rows.nth(1)).toContainText(`Bersertifikat · ${certificateNumber(ani)}`);
  await expect(rows.nth(3)).toContainText(/Ditolak: .*\(permintaan-citra\.json\)/);
  await expect(page.getByRole('button', { name: 'Cetak semua sertifikat (2)' })).toBeEnabled();

  // Citra sends a corrected request the next day: added to what is kept, her status changes.
  const fixed = builtRequest(person('Citra Lestari', '199203032016032001', 'd'));
  await page.getByLabel('Atau tempel kode permintaan dan kode sertifikat').fill(encodeRequestCode(fixed));
  await page.getByRole('button', { name: 'Cocokkan dengan daftar peserta' }).click();
  await expect(page.getByText('1 kode permintaan dan 0 kode sertifikat baru disimpan di perangkat ini.')).toBeVisible();
  await expect(page.getByText('2 bersertifikat, 1 menunggu tanda tangan, 0 ditolak, 0 belum mengajukan.')).toBeVisible();

  // Clearing asks first; dismissing keeps everything, accepting forgets the class on this device.
  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.getByRole('button', { name: 'Hapus data kelas' }).click();
  await expect(rows).toHaveCount(4);
  page.once('dialog', (dialog) => {
    expect(dialog.message()).toContain('tidak dapat dibatalkan');
    void dialog.accept();
  });
  await page.getByRole('button', { name: 'Hapus data kelas' }).click();
  await expect(page.getByText('Data kelas sudah dihapus dari perangkat ini.')).toBeVisible();
  await page.reload();
  await expect(page.locator('netral-class')).toHaveAttribute('data-ready', '');
  await expect(page.getByRole('region', { name: '3. Status kelas' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Hapus data kelas' })).toBeHidden();
});

test('unreadable class data on the device is reported and kept, never dropped silently', async ({ page }) => {
  const broken = '{"v":1,"data":{"roster":"rusak"}}';
  await storeBeforeFirstLoad(page, { 'netral:class-record': broken });
  await page.goto('/pelatih/kelas/');
  await expect(page.locator('netral-class')).toHaveAttribute('data-ready', '');
  await expect(page.locator('netral-class').getByRole('alert').filter({ hasText: 'Data kelas yang tersimpan di perangkat ini rusak' })).toContainText('netral:backup:class-record:');
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('netral:backup:class-record:')).map((key) => localStorage.getItem(key)));
  expect(kept).toEqual([broken]);
  await expectNoAxeViolations(page);
});

test('a class open in two tabs: what one tab keeps, the other shows', async ({ context, page }) => {
  const other = await context.newPage();
  for (const tab of [page, other]) {
    await tab.goto('/pelatih/kelas/');
    await expect(tab.locator('netral-class')).toHaveAttribute('data-ready', '');
  }
  await page.getByLabel('Atau tempel isi daftar peserta').fill('Ani Wulandari,198503122010012003,Dinas Pendidikan\nBudi Santoso,199001012015031002,BKPSDM\n');
  await page.getByRole('button', { name: 'Muat daftar peserta' }).click();
  await expect(page.getByText('2 peserta dimuat.')).toBeVisible();
  await expect(other.getByText('Daftar peserta tersimpan di perangkat ini: 2 peserta.')).toBeVisible();
  await expect(other.getByRole('button', { name: 'Hapus data kelas' })).toBeVisible();

  other.once('dialog', (dialog) => void dialog.accept());
  await other.getByRole('button', { name: 'Hapus data kelas' }).click();
  await expect(page.getByRole('button', { name: 'Hapus data kelas' })).toBeHidden();
  await expect(page.getByText('2 peserta dimuat.')).toBeHidden();
});

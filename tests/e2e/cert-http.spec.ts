// Plain HTTP on an intranet: the build served on a host name that is not localhost, over http://, where the
// browser gives no secure context (no crypto.subtle, no crypto.randomUUID, no service worker). Chromium maps
// netral.test to 127.0.0.1, so nothing leaves the machine. The whole way from the post-test to a verified
// certificate must work there.
import { fileURLToPath } from 'node:url';
import { chromium, expect, test, type Browser } from '@playwright/test';
import { findChromium } from '../../scripts/find-chromium.mjs';
import { passPostTest } from './quiz-helpers';
import { serveDirectory } from './static-server';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const demoKeyPath = 'tests/fixtures/demo-signing-key.json';
// Seventeen questions answered through their controls, on a machine that may be busy: allow for it.
test.describe.configure({ timeout: 300_000 });

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDirectory>>;
let origin: string;

test.beforeAll(async () => {
  server = await serveDirectory(dist.replace(/\/$/, ''));
  origin = `http://netral.test:${new URL(server.url).port}`;
  const executablePath = await findChromium();
  browser = await chromium.launch({
    ...(executablePath && { executablePath }),
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--host-resolver-rules=MAP netral.test 127.0.0.1'],
  });
});

test.afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('on a plain-HTTP intranet host, a learner passes, a trainer signs and the certificate verifies SAH', async () => {
  const context = await browser.newContext({ locale: 'id-ID' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });

  await page.goto(`${origin}/`);
  // Really an insecure context: what the fallbacks are for.
  expect(await page.evaluate(() => ({ secure: window.isSecureContext, subtle: Boolean(globalThis.crypto.subtle), uuid: typeof crypto.randomUUID }))).toEqual({
    secure: false,
    subtle: false,
    uuid: 'undefined',
  });

  await passPostTest(page, origin);

  // The learner's identity and completion request.
  await page.goto(`${origin}/sertifikat/`);
  await expect(page.locator('netral-certificate')).toHaveAttribute('data-ready', '');
  const fields = { 'Nama lengkap': 'Dra. Siti Nur\'aini, M.Si.', NIP: '19850312 201001 2 003', Instansi: 'Pemerintah Kota Contoh', 'Unit kerja (tidak wajib)': 'Dinas Pendidikan', Jabatan: 'Analis SDM Aparatur Ahli Pertama' };
  for (const [label, value] of Object.entries(fields)) await page.getByRole('textbox', { name: label, exact: true }).fill(value);
  await page.getByRole('button', { name: 'Simpan data diri' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '3. Minta sertifikat bertanda tangan pelatih' }), errors.join('\n')).toBeVisible();
  const requestCode = await page.getByRole('textbox', { name: /Kode permintaan/ }).inputValue();
  expect(requestCode).toMatch(/^NR1\./);
  const number = await page.getByRole('article', { name: 'Keterangan Belajar Mandiri' }).locator('[data-field="number"]').textContent();

  // The trainer signs on the same plain-HTTP site: warned about the key, not refused.
  await page.goto(`${origin}/pelatih/tanda-tangan/`);
  await expect(page.locator('netral-sign')).toHaveAttribute('data-ready', '');
  await expect(page.getByText('Halaman ini dibuka tanpa HTTPS.')).toBeVisible();
  await page.getByLabel('Berkas kunci privat (.json dari npm run keys)').setInputFiles(demoKeyPath);
  await expect(page.getByText('Kunci "demo" (Kunci demo — ganti sebelum dipakai) siap dipakai.')).toBeVisible();
  // Pasted as a chat program might deliver it: broken over lines.
  await page.getByRole('textbox', { name: 'Kode permintaan (satu per baris)' }).fill(requestCode.replace(/(.{50})/g, '$1\n'));
  await page.getByRole('button', { name: 'Periksa permintaan' }).click();
  await expect(page.getByText('1 permintaan lolos pemeriksaan, 0 ditolak.')).toBeVisible();
  await page.getByRole('button', { name: 'Tanda tangani 1 permintaan yang lolos' }).click();
  await expect(page.getByText('1 sertifikat ditandatangani, 0 ditolak.')).toBeVisible();
  // The self-study record and the signed certificate carry the same number.
  await expect(page.getByRole('table')).toContainText(`Ditandatangani · ${number}`);
  const href = await page.getByRole('link', { name: /^Buka sertifikat/ }).getAttribute('href');

  await page.goto(`${origin}${href}`);
  await expect(page.getByRole('heading', { level: 2, name: /SAH/ })).toHaveText('SAH');
  await expect(page.locator('[data-verdict-fields]')).toContainText('Dra. Siti Nur\'aini, M.Si.');
  await expect(page.locator('[data-verdict-list]')).toContainText('Diperiksa dengan daftar pencabutan per');
  // One changed character in the signature is caught without WebCrypto too.
  const code = decodeURIComponent(href!.split('#')[1]!);
  const at = code.length - 5;
  await page.goto(`${origin}/verifikasi/#${code.slice(0, at)}${code[at] === 'A' ? 'B' : 'A'}${code.slice(at + 1)}`);
  await expect(page.getByRole('heading', { level: 2, name: /SAH/ })).toHaveText('TIDAK SAH');
  expect(errors).toEqual([]);
  await context.close();
});

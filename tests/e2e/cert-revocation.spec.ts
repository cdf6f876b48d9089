// Revocations reach devices: a device that saved the site for offline use keeps its old copy of
// /verifikasi/ (and the revocation list built into it), yet once online the page fetches the site's current
// list (pencabutan.json) before answering. Each test has its own copy of the build and its own server, so
// the revocation can be "deployed" after the device cached the site.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { signRequest } from '../../src/lib/cert/certificate';
import { certificateNumber } from '../../src/lib/cert/number';
import { builtRequest, signer } from '../fixtures/certificate';
import { serveDirectory } from './static-server';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
test.describe.configure({ timeout: 120_000 });

const verdict = (page: Page) => page.getByRole('heading', { level: 2, name: /SAH/ });

test.describe('revocations', () => {
  // The device's offline copy is the service worker's: run it (the suite blocks it by default).
  test.use({ serviceWorkers: 'allow' });
  let root: string;
  let server: Awaited<ReturnType<typeof serveDirectory>>;

  test.beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'netral-revoke-'));
    cpSync(dist, root, { recursive: true });
    server = await serveDirectory(root);
  });

  test.afterEach(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  test('a revocation added after a device cached the site shows TIDAK SAH once online', async ({ page, context }) => {
    const request = builtRequest();
    const code = await signRequest(request, await signer());
    const built = JSON.parse(readFileSync(join(root, 'pencabutan.json'), 'utf8')) as { issued: string };

    // The device saves the whole site for offline use.
    await page.goto(new URL('tentang/', server.url).href);
    await page.getByRole('button', { name: 'Simpan untuk offline' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Selesai' })).toBeVisible({ timeout: 60_000 });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const verifyUrl = new URL(`verifikasi/#${code}`, server.url).href;

    // Offline, the page answers with the list built into it, and says which list that was.
    await context.setOffline(true);
    await page.goto(verifyUrl);
    await expect(verdict(page)).toHaveText('SAH');
    const builtDate = await page.evaluate((iso) => new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso)), built.issued);
    await expect(page.locator('[data-verdict-list]')).toHaveText(`Diperiksa dengan daftar pencabutan per ${builtDate}.`);
    await context.setOffline(false);

    // The agency revokes the certificate and deploys: only the server's list changes; the device still
    // holds its cached /verifikasi/ page.
    const issued = new Date(Date.parse(built.issued) + 3_600_000).toISOString();
    const number = certificateNumber(request);
    writeFileSync(join(root, 'pencabutan.json'), JSON.stringify({ issued, revocations: [{ number, reason: 'Data peserta salah.', date: '2026-12-03' }] }));

    await page.goto('about:blank');
    await page.goto(verifyUrl);
    await expect(verdict(page)).toHaveText('TIDAK SAH');
    await expect(page.locator('[data-verdict-reason]')).toHaveText('Sertifikat ini sudah dicabut pada 3 Desember 2026. Alasan: Data peserta salah.');
    const newDate = await page.evaluate((iso) => new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso)), issued);
    await expect(page.locator('[data-verdict-list]')).toHaveText(`Diperiksa dengan daftar pencabutan per ${newDate}.`);
  });
});

// Shared by the certificate specs and the setup project: the test learner, the identity form, the
// self-study record, and the learner states the setup project stores once for every worker.
import type { Page } from '@playwright/test';
import { ready } from './fixtures';

/** Storage states written by tests/e2e/learner.setup.ts (Playwright's `setup` project). */
export const learnerStates = {
  /** A post-test passed with every answer right. */
  passed: '.test-results/states/passed.json',
  /** The same, with the learner's identity saved on the certificate page. */
  withIdentity: '.test-results/states/with-identity.json',
} as const;

export const learner = {
  // An apostrophe, a hyphen, titles and letters beyond ASCII.
  name: "Dra. Siti Nur'aini Pérez-Hằng, M.Si.",
  nip: '19850312 201001 2 003',
  agency: 'Pemerintah Kota Contoh',
  unit: 'Dinas Pendidikan',
  position: 'Analis SDM Aparatur Ahli Pertama',
};

/** The identity form's field labels. */
export const field = {
  name: 'Nama lengkap',
  nip: 'NIP',
  agency: 'Instansi',
  unit: 'Unit kerja (tidak wajib)',
  position: 'Jabatan',
} as const;

/** Types `values` into the identity form once the page's code has started (it fills in a stored identity). */
export async function fillIdentity(page: Page, values: Partial<Record<keyof typeof field, string>>): Promise<void> {
  await ready(page.locator('netral-certificate'));
  for (const [key, label] of Object.entries(field)) {
    const value = values[key as keyof typeof field];
    if (value !== undefined) await page.getByRole('textbox', { name: label, exact: true }).fill(value);
  }
}

/** Presses "Simpan data diri". */
export async function saveIdentity(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Simpan data diri' }).click();
}

/** The self-study record on the certificate page. */
export const sheet = (page: Page) => page.getByRole('article', { name: 'Keterangan Belajar Mandiri' });


// Search finds each module's key terms: a learner who types the term gets the lesson that teaches it.
import { expect, test } from '@playwright/test';
import { searchFor } from './fixtures';

const keyTerms: { module: string; query: string; lesson: string }[] = [
  { module: 'ASN dan Perannya', query: 'sistem merit', lesson: 'Sistem merit: karier karena kemampuan, bukan kedekatan' },
  { module: 'Nilai Dasar BerAKHLAK', query: 'berakhlak', lesson: 'Nilai dasar BerAKHLAK' },
  { module: 'Netralitas ASN', query: 'media sosial', lesson: 'Netralitas di media sosial' },
  { module: 'SKB Netralitas 2022', query: 'satgas', lesson: 'Satgas Netralitas ASN' },
  { module: 'Antikorupsi dan Integritas', query: 'gratifikasi', lesson: 'Gratifikasi dan kewajiban melapor' },
  { module: 'Studi Kasus', query: 'apel', lesson: 'Malang: deklarasi netralitas dan pakta integritas' },
];

for (const { module, query, lesson } of keyTerms) {
  test(`search finds the key term of "${module}": ${query}`, async ({ page }) => {
    await page.goto('/');
    await searchFor(page, query);
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Modul' }).selectOption(module);
    await expect(dialog.getByRole('link', { name: lesson, exact: true })).toBeVisible();
    await expect(dialog.getByRole('listitem').first()).toContainText(module);
  });
}

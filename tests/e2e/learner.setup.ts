// Playwright's `setup` project (playwright.config.ts): learner states made once for every worker, stored
// as storage-state files the certificate specs open contexts with. The post-test is seeded with src/lib
// (learner-state.ts); the one walk through a post-test by its controls is in quiz.spec.ts.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect, test as setup } from '@playwright/test';
import { fillIdentity, learner, learnerStates, saveIdentity, sheet } from './certificate-helpers';
import { seedPassedPostTest } from './learner-state';

setup('a learner who passed the post-test, and the same learner with an identity saved', async ({ page }) => {
  mkdirSync(dirname(learnerStates.passed), { recursive: true });
  await seedPassedPostTest(page);
  await expect(page.locator('[data-view="result"]').getByText('Lulus', { exact: true })).toBeVisible();
  await page.context().storageState({ path: learnerStates.passed });
  await page.goto('/sertifikat/');
  await fillIdentity(page, learner);
  await saveIdentity(page);
  await expect(sheet(page)).toBeVisible();
  await page.context().storageState({ path: learnerStates.withIdentity });
});

// Definitions in place: a tapped glossary term or regulation reference shows its definition or rules in a
// popover on the lesson, closed by Escape, the back button or a tap outside; the address never changes.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, templates } from './fixtures';

async function ready(page: Page): Promise<void> {
  await page.goto(templates.lesson);
  await expect(page.locator('netral-definition[data-ready]')).toBeAttached();
}

for (const width of [320, 390]) {
  test(`a tapped term shows its definition in place at ${width} px, the address unchanged`, async ({ page }) => {
    await page.setViewportSize({ width, height: 740 });
    await ready(page);
    const url = page.url();
    const term = page.locator('a.term').first();
    const name = (await term.textContent())?.trim() ?? '';
    await term.click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog).toBeFocused();
    await expect(dialog).toContainText('Glosarium');
    await expect(dialog).toContainText(name);
    await expect(dialog.getByRole('link', { name: 'Buka di glosarium' })).toHaveAttribute('href', /\/glosarium\/#[a-z0-9-]+$/);
    expect(page.url()).toBe(url);
    const box = await dialog.boundingBox();
    expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= width).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(term).toBeFocused();
    expect(page.url()).toBe(url);
  });
}

test('a reference opens its rules; the back button closes it and stays on the lesson', async ({ page }) => {
  await ready(page);
  const url = page.url();
  await page.locator('a.ref').first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('Yang dipakai dalam kursus:')).toBeVisible();
  await expect(dialog.getByRole('listitem').first()).toBeVisible();
  await page.goBack();
  await expect(dialog).toBeHidden();
  expect(page.url()).toBe(url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a tap outside closes the definition; Enter on a term opens it', async ({ page }) => {
  await ready(page);
  const term = page.locator('a.term').first();
  await term.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await page.mouse.click(5, 200);
  await expect(dialog).toBeHidden();
  // Another term right after: the closed one's history entry is gone and the new one stays open.
  await page.locator('a.term').nth(1).click();
  await expect(dialog).toBeVisible();
  await expect(dialog).not.toContainText('Memuat');
});

test('without JavaScript a term is a plain link to its glossary entry', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(templates.lesson);
  const term = page.locator('a.term').first();
  const href = (await term.getAttribute('href')) ?? '';
  await term.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[/.]/g, '\\$&')}$`));
  await context.close();
});

// The popover's words come from /teks.json when a term is first pointed at or tapped.
test('when the strings file cannot be loaded, a tapped term opens its glossary entry as a plain link would', async ({ page }) => {
  await page.route('**/teks.json', (route) => route.abort());
  await ready(page);
  const term = page.locator('a.term').first();
  const href = (await term.getAttribute('href')) ?? '';
  await term.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Glosarium' })).toBeVisible();
});

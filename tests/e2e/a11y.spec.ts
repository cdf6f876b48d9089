import { expect, test, type Page } from '@playwright/test';
import { pathOf, representative } from './dist';
import { expectNoAxeViolations, searchFor, templates } from './fixtures';

for (const [name, path] of Object.entries(templates)) {
  test(`axe finds nothing on the ${name} template`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}

test('axe finds nothing in dark mode on a lesson', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(templates.lesson);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectNoAxeViolations(page);
});

test('axe finds nothing in the open search dialog with results', async ({ page }) => {
  await page.goto('/');
  await searchFor(page, 'gratifikasi');
  await expect(page.getByRole('dialog').getByRole('listitem').first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a lesson is readable at 320 px without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(templates.lesson);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the regulations library shows full titles and a badge per kind of source, axe-clean in dark mode', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(templates.regulations);
  const uu = page.locator('#uu-20-2023');
  await expect(uu.getByText('Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara')).toBeVisible();
  await expect(uu.getByText('Peraturan', { exact: true })).toBeVisible();
  await expect(page.locator('#putusan-mk-121-2024').getByText('Putusan pengadilan', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Panduan/pernyataan resmi' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Data resmi' })).toBeVisible();
  await expect(page.locator('#bkn-sbt-rincian-2024').getByText('Satu sumber', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
});

/**
 * Contrast of every visible control that the HTML renders disabled (it waits for its element's code, see
 * src/elements/islands.ts), on the page as loaded without JavaScript: the state a learner sees until the
 * code arrives, or for good when it never does. axe leaves disabled controls out, so it is measured here:
 * text colour against the background behind it, each blended with the opacity of its ancestors.
 */
async function disabledContrast(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Rgba = [number, number, number, number];
    const parse = (value: string): Rgba => {
      const [r = 0, g = 0, b = 0, a = 1] = (value.match(/[\d.]+/g) ?? []).map(Number);
      return [r, g, b, value.startsWith('rgba') ? a : 1];
    };
    const over = (top: Rgba, alpha: number, bottom: Rgba): Rgba => {
      const a = top[3] * alpha;
      return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as Rgba;
    };
    const luminance = ([r, g, b]: Rgba) => {
      const [R, G, B] = [r, g, b].map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4)) as [number, number, number];
      return 0.2126 * R + 0.7152 * G + 0.0722 * B;
    };
    const problems: string[] = [];
    for (const control of document.querySelectorAll<HTMLElement>('button[disabled], input[disabled], select[disabled], textarea[disabled]')) {
      if (control.getClientRects().length === 0 || getComputedStyle(control).visibility !== 'visible') continue;
      // Only text a reader sees: an icon button's visually hidden name is not measured (nor are radios).
      const shown: string[] = [];
      const walker = document.createTreeWalker(control, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const box = node.parentElement?.getBoundingClientRect();
        if (node.textContent?.trim() && box && box.width > 1 && box.height > 1) shown.push(node.textContent.trim());
      }
      const label = shown.join(' ') || (control instanceof HTMLInputElement && !['radio', 'checkbox'].includes(control.type) ? control.value || control.placeholder : '');
      if (!label) continue;
      // The page's background, then each ancestor's from the root down, faded by the opacity above it.
      const chain: HTMLElement[] = [];
      for (let node: HTMLElement | null = control; node; node = node.parentElement) chain.unshift(node);
      let background: Rgba = [255, 255, 255, 1];
      let opacity = 1;
      for (const node of chain) {
        const style = getComputedStyle(node);
        opacity *= Number(style.opacity);
        background = over(parse(style.backgroundColor), opacity, background);
      }
      const style = getComputedStyle(control);
      const text = over(parse(style.color), opacity, background);
      const [light, dark] = [luminance(text), luminance(background)].sort((a, b) => b - a) as [number, number];
      const ratio = (light + 0.05) / (dark + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) problems.push(`"${label.slice(0, 40)}": ${ratio.toFixed(2)}:1`);
    }
    return problems;
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`controls rendered disabled until their code runs meet contrast too (${scheme})`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: scheme });
    const page = await context.newPage();
    const problems: string[] = [];
    let controls = 0;
    for (const entry of representative()) {
      await page.goto(pathOf(entry));
      controls += await page.locator('button[disabled], input[disabled], select[disabled]').count();
      problems.push(...(await disabledContrast(page)).map((problem) => `${entry.url} ${problem}`));
    }
    await context.close();
    expect(controls, 'disabled-as-rendered controls found').toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
}

test('the disabled-contrast check sees a faint disabled button (it can fail)', async ({ page }) => {
  await page.setContent('<main><button disabled style="color:#999;background:#fff">Mulai</button><button disabled style="color:#000">Cari</button></main>');
  expect(await disabledContrast(page)).toEqual([expect.stringMatching(/^"Mulai": 2\.\d\d:1$/)]);
});

// With JavaScript off, every lesson reads in full: title, objectives, every section, the quiz questions
// and the sources. Lessons are found in dist/, their quiz banks in content/.
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { findMdxReferences } from '../../src/lib/mdx-references';
import { allPages, lessonRoute, pathOf } from './dist';

test.use({ javaScriptEnabled: false });

const lessons = allPages().filter((page) => page.type === lessonRoute);

test('the build has lesson pages to check', () => {
  expect(lessons.length).toBeGreaterThan(0);
});

/** Text compared loosely: typographic quotes, dashes and ellipses as plain ones, whitespace collapsed. */
function plain(text: string): string {
  return text.replace(/[“”„]/g, '"').replace(/[‘’]/g, "'").replace(/[–—]/g, '-').replace(/…/g, '...').replace(/\s+/g, ' ').trim();
}

/** Question prompts of a bank as plain text (Markdown emphasis and code marks removed). */
function bankPrompts(bankId: string): string[] {
  const file = `content/questions/${bankId}.yaml`;
  if (!existsSync(file)) return [];
  const bank = parse(readFileSync(file, 'utf8')) as { questions?: { prompt?: unknown }[] };
  return (bank.questions ?? []).map((q) => plain(String(q.prompt ?? '').replace(/[*_`]/g, ''))).filter(Boolean);
}

for (const lesson of lessons) {
  test(`${lesson.url} reads in full without JavaScript`, async ({ page }) => {
    await page.goto(pathOf(lesson));
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1 })).toBeVisible();

    const objectives = main.getByRole('region', { name: 'Tujuan pembelajaran' });
    await expect(objectives).toBeVisible();
    await expect(objectives.getByRole('listitem').first()).toBeVisible();
    const article = main.locator('article');
    expect(await article.getByRole('heading', { level: 2 }).count(), 'sections in the lesson').toBeGreaterThan(2);

    const sources = main.getByRole('region', { name: 'Sumber dan dasar hukum' });
    await expect(sources).toBeVisible();
    await expect(sources.getByRole('listitem').first()).toBeVisible();

    // Every piece of text in the lesson (headings, objectives, sections, quiz, sources) is rendered, except what sits behind a disclosure the reader can
    // open (<details>, e.g. trainer notes) or is marked hidden because it only works with JavaScript.
    const unseen = await article.evaluate((root) => {
      const missing: string[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (!element || !node.textContent?.trim()) continue;
        if (element.closest('[hidden], template, script, style, [aria-hidden="true"]')) continue;
        // A <select> shows its options in a list box, not as boxes of their own.
        if (element.closest('select')) continue;
        const details = element.closest('details');
        if (details && !details.open && !element.closest('summary')) continue;
        const style = getComputedStyle(element);
        if (element.getClientRects().length === 0 || style.visibility !== 'visible') missing.push(node.textContent.trim().slice(0, 60));
      }
      return missing;
    });
    expect(unseen).toEqual([]);

    // The quiz shows its questions: every prompt from the lesson's banks that is on the page is visible.
    const id = await main.getAttribute('data-lesson-id');
    expect(id, 'the lesson page names its lesson in main[data-lesson-id]').toBeTruthy();
    const banks = findMdxReferences(readFileSync(`content/lessons/${id}.mdx`, 'utf8')).filter((r) => r.kind === 'bank');
    if (banks.length === 0) return;
    const text = plain((await article.textContent()) ?? '');
    const visibleText = plain(await article.innerText());
    const prompts = banks.flatMap((bank) => bankPrompts(bank.id)).map((p) => p.slice(0, 50));
    const onPage = prompts.filter((prompt) => text.includes(prompt));
    expect(onPage.length, `questions of ${banks.map((b) => b.id).join(', ')} on the page`).toBeGreaterThan(0);
    expect(onPage.filter((prompt) => !visibleText.includes(prompt))).toEqual([]);
  });
}

// With JavaScript off, every lesson reads in full: title, objectives, every section, the quiz questions
// and the sources. Lessons are found in dist/, their quiz banks in content/. Every lesson's HTML is checked
// statically (no browser, milliseconds); one lesson per template is opened in a browser with JavaScript
// off, where the stylesheet is also judged (nothing the reader needs is hidden by CSS).
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { Parser, StaticConfigLoader, type DOMNode } from 'html-validate';
import { parse } from 'yaml';
import { findMdxReferences } from '../../src/lib/mdx-references';
import { allPages, lessonRoute, pathOf } from './dist';
import { templates } from './fixtures';

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


/** The lesson's banks' prompts (first 50 characters, plain) that a lesson page must show. */
function lessonPrompts(id: string): { banks: string[]; prompts: string[] } {
  const banks = findMdxReferences(readFileSync(`content/lessons/${id}.mdx`, 'utf8'))
    .filter((r) => r.kind === 'bank')
    .map((r) => r.id);
  return { banks, prompts: banks.flatMap((bank) => bankPrompts(bank)).map((p) => p.slice(0, 50)) };
}

const parserConfig = await new StaticConfigLoader({ extends: [] }).getConfigFor('page.html');

/** Text a reader sees without scripts: [hidden], <template>, <script>, <style> and aria-hidden left out. */
function shownText(node: DOMNode): string {
  if (node.nodeType === 3) return node.textContent;
  if (node.nodeType === 1) {
    const element = node as DOMNode & { tagName: string; hasAttribute(name: string): boolean; getAttributeValue(name: string): string | null };
    if (['template', 'script', 'style'].includes(element.tagName) || element.hasAttribute('hidden') || element.getAttributeValue('aria-hidden') === 'true') return '';
  }
  return node.childNodes.map(shownText).join(' ');
}

test(`every lesson's HTML reads in full without JavaScript (${lessons.length} lessons, no browser)`, () => {
  expect(lessons.length).toBeGreaterThan(0);
  const problems: string[] = [];
  for (const lesson of lessons) {
    const root = new Parser(parserConfig).parseHtml(readFileSync(lesson.file, 'utf8'));
    const say = (problem: string) => problems.push(`${lesson.url}: ${problem}`);
    const main = root.querySelector('main');
    const article = main?.querySelector('article');
    if (!main || !article) {
      say('no <main> with an <article>');
      continue;
    }
    if (!plain(shownText(main.querySelector('h1') ?? main)).length || !main.querySelector('h1')) say('no shown <h1>');
    for (const [id, name] of [['tujuan', 'Tujuan pembelajaran'], ['sumber', 'Sumber dan dasar hukum']] as const) {
      const region = main.querySelector(`section[aria-labelledby="${id}"]`);
      const heading = main.querySelector(`#${id}`);
      if (!region || plain(heading?.textContent ?? '') !== name) say(`no region "${name}"`);
      else if (!region.querySelector('li') || !plain(shownText(region)).length) say(`region "${name}" lists nothing`);
      else if (region.hasAttribute('hidden') || region.closest('[hidden]')) say(`region "${name}" is hidden`);
    }
    if (article.querySelectorAll('h2').length <= 2) say('fewer than three sections');
    const id = main.getAttributeValue('data-lesson-id');
    if (!id) {
      say('main[data-lesson-id] names no lesson');
      continue;
    }
    const { banks, prompts } = lessonPrompts(id);
    if (banks.length === 0) continue;
    const all = plain(article.textContent);
    const shown = plain(shownText(article));
    const onPage = prompts.filter((prompt) => all.includes(prompt));
    if (onPage.length === 0) say(`no question of ${banks.join(', ')} on the page`);
    for (const prompt of onPage.filter((prompt) => !shown.includes(prompt))) say(`question hidden without JavaScript: ${prompt}`);
  }
  expect(problems).toEqual([]);
});

test('the static check sees a question hidden from readers without JavaScript (it can fail)', () => {
  const root = new Parser(parserConfig).parseHtml('<main><article><p>Kalimat terbaca.</p><div hidden><p>Soal tersembunyi</p></div><template><p>Templat</p></template></article></main>');
  const shown = plain(shownText(root.querySelector('article')!));
  expect(shown).toContain('Kalimat terbaca.');
  expect(shown).not.toContain('Soal tersembunyi');
  expect(shown).not.toContain('Templat');
});

for (const lesson of lessons.filter((l) => pathOf(l) === templates.lesson)) {
  test(`${lesson.url} reads in full without JavaScript in a browser (the lesson template)`, async ({ page }) => {
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

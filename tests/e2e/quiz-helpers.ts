// Helpers for the quiz tests: read a quiz's answer keys the way the page does (decoding its blob with the
// engine's own function), and answer a question through its controls right, wrong or partly.
import { expect, type Locator, type Page } from '@playwright/test';
import type { Key } from '../../src/lib/quiz/key';
import { decodeBlob, matchToken, type Reveal } from '../../src/lib/quiz/reveal';

/**
 * The reveal data (answer keys, explanations) of the quiz or exam `scope`, from the file it fetches: a
 * knowledge check names its own (data-reveals); an exam names the pool both tests share (data-pool), of
 * which it draws from the modules of its own mix (data-config).
 */
export async function readReveals(scope: Locator): Promise<Record<string, Reveal>> {
  const request = scope.page().request;
  const file = await scope.getAttribute('data-reveals');
  if (file) return decodeBlob(((await (await request.get(file)).json()) as { reveals: string }).reveals) as Record<string, Reveal>;
  const pool = (await (await request.get((await scope.getAttribute('data-pool')) ?? '')).json()) as { reveals: string };
  const { mix } = JSON.parse((await scope.getAttribute('data-config')) ?? '{}') as { mix: Record<string, number> };
  const reveals = decodeBlob(pool.reveals) as Record<string, Reveal>;
  return Object.fromEntries(Object.entries(reveals).filter(([, r]) => r.module in mix));
}

/** How to answer: all right, all wrong, or (matching with five pairs) three of five pairs right. */
export type Mode = 'right' | 'wrong' | 'three-of-five' | 'two-of-five';

/** Answers the question `question` (a `.question` element) through its controls. */
export async function answer(question: Locator, key: Key, mode: Mode): Promise<void> {
  const id = (await question.getAttribute('data-question')) ?? '';
  const right = mode === 'right';
  switch (key.type) {
    case 'single': {
      const choice = right ? key.answer : (key.options.find((o) => o !== key.answer) as string);
      await question.locator(`[data-option="${choice}"]`).getByRole('radio').check();
      break;
    }
    case 'multiple': {
      if (right) for (const id of key.answer) await question.locator(`[data-option="${id}"]`).getByRole('checkbox').check();
      else {
        const wrong = key.options.find((o) => !key.answer.includes(o));
        if (wrong) await question.locator(`[data-option="${wrong}"]`).getByRole('checkbox').check();
      }
      break;
    }
    case 'truefalse': {
      const value = right ? key.answer : !key.answer;
      await question.getByRole('radio', { name: value ? 'Benar' : 'Salah', exact: true }).check();
      break;
    }
    case 'scenario': {
      const verdict = right ? key.verdict : key.verdict === 'melanggar' ? 'tidak-melanggar' : 'melanggar';
      await question.getByRole('radio', { name: verdict === 'melanggar' ? 'Melanggar' : 'Tidak melanggar', exact: true }).check();
      const rule = right ? key.answer : (key.options.find((o) => o !== key.answer) as string);
      await question.locator(`[data-part="rule"] [data-option="${rule}"]`).getByRole('radio').check();
      break;
    }
    case 'matching': {
      const pairs = key.pairs;
      // Wrong: every left side gets the next pair's right side. Partly: the first pairs right, the rest rotated.
      const rightCount = mode === 'right' ? pairs.length : mode === 'three-of-five' ? 3 : mode === 'two-of-five' ? 2 : 0;
      const rest = pairs.slice(rightCount);
      for (const [i, pair] of pairs.entries()) {
        const chosen = i < rightCount ? pair : (rest[(i - rightCount + 1) % rest.length] as string);
        await question.locator(`[data-pair="${pair}"]`).getByRole('combobox').selectOption(matchToken(id, chosen));
      }
      break;
    }
    case 'ordering': {
      // Wrong: left untouched (an ordering question never starts in its right order).
      if (!right) break;
      for (const [target, item] of key.items.entries()) {
        const row = question.locator(`[data-item="${item}"]`);
        const current = await question.locator('[data-item]').evaluateAll((els, id) => els.findIndex((e) => (e as HTMLElement).dataset['item'] === id), item);
        for (let i = current; i > target; i--) await row.getByRole('button', { name: /^Naik/ }).click();
      }
      await expect(question.locator('[data-item]').first()).toHaveAttribute('data-item', key.items[0] as string);
      break;
    }
  }
}

/** The visible exam question. */
export function currentQuestion(page: Page): Locator {
  return page.locator('netral-exam [data-stage] .question:visible');
}

/**
 * Takes and passes the post-test, answering every question right with the engine's decoded keys.
 * `origin` serves a site on another host (e.g. a plain-HTTP intranet name); by default the test's baseURL.
 */
export async function passPostTest(page: Page, origin = ''): Promise<void> {
  await page.goto(`${origin}/tes/post-test/`);
  const reveals = await readReveals(page.locator('netral-exam'));
  await page.getByRole('button', { name: 'Mulai post-test' }).click();
  const progress = page.getByRole('heading', { level: 2, name: /^Soal \d+ dari \d+$/ });
  const total = Number(/dari (\d+)/.exec((await progress.textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(0);
  for (let n = 1; n <= total; n++) {
    const question = currentQuestion(page);
    const id = (await question.getAttribute('data-question')) ?? '';
    await answer(question, (reveals[id] as Reveal).key, 'right');
    if (n < total) await page.getByRole('button', { name: 'Berikutnya' }).click();
  }
  await page.getByRole('button', { name: 'Selesai, periksa jawaban' }).click();
  await page.getByRole('button', { name: 'Kumpulkan jawaban' }).click();
  await expect(page.locator('[data-view="result"]').getByText('Lulus', { exact: true })).toBeVisible();
}

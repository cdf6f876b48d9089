// The learner's pre-test and post-test on a phone: a post-test never repeats a question whose answer the
// learner already saw in a review, as far as the banks allow (src/lib/quiz/shown.ts, draw.ts). On the fixture
// course (project "behaviour", tests/e2e/fixture-course.ts).
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Key } from '../../src/lib/quiz/key';
import { decodeBlob, type Reveal } from '../../src/lib/quiz/reveal';
import { expectNoAxeViolations } from './fixtures';
import { lessonA1, lessonA2, moduleA } from './fixture-course';
import { seedLearner, takenAttempt } from './learner-state';
import { expectFits } from './phone-fit';
import { answer, readReveals } from './quiz-helpers';

test.use({ viewport: { width: 390, height: 844 } });

/** The prompts of every question in the exam's current attempt (the stage holds them all, one shown). */
async function stagePrompts(page: Page): Promise<string[]> {
  return page.locator('netral-exam [data-stage] .question .question__text').allTextContents();
}

test('the post-test draws none of the questions whose answers the pre-test review showed', async ({ page }) => {
  await page.goto('/tes/pre-test/');
  await page.getByRole('button', { name: 'Mulai pre-test' }).click();
  await page.getByRole('button', { name: 'Selesai, periksa jawaban' }).click();
  await page.getByRole('button', { name: 'Kumpulkan jawaban' }).click();
  const review = page.getByRole('region', { name: 'Hasil pre-test' }).locator('.exam-review');
  await expect(review.locator('.question').first()).toBeVisible();
  const reviewed = await review.locator('.question .question__text').allTextContents();
  expect(reviewed.length).toBeGreaterThan(0);

  await page.goto('/tes/post-test/');
  await page.getByRole('button', { name: 'Mulai post-test' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Soal 1 dari \d+$/ })).toBeVisible();
  const drawn = await stagePrompts(page);
  expect(drawn.length).toBeGreaterThan(0);
  expect(drawn.filter((prompt) => reviewed.includes(prompt))).toEqual([]);
});

test('when only a few questions per topic are still unseen, the post-test draws exactly those', async ({ page }) => {
  await page.goto('/tes/post-test/');
  const exam = page.locator('netral-exam');
  const reveals = await readReveals(exam);
  const { mix } = JSON.parse((await exam.getAttribute('data-config')) ?? '{}') as { mix: Record<string, number> };
  // Per topic, the first `mix` questions stay unseen; every other answer counts as shown.
  const unseen = Object.entries(mix).flatMap(([module, count]) =>
    Object.keys(reveals)
      .filter((id) => reveals[id]?.module === module)
      .sort()
      .slice(0, count),
  );
  await seedLearner(page, { answersShown: Object.keys(reveals).filter((id) => !unseen.includes(id)) });
  await page.getByRole('button', { name: 'Mulai post-test' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Soal 1 dari \d+$/ })).toBeVisible();
  const drawn = await exam.locator('[data-stage] .question').evaluateAll((els) => els.map((el) => el.getAttribute('data-question') ?? ''));
  expect(drawn.sort()).toEqual(unseen.sort());
});

for (const width of [320, 390]) {
  test(`at ${width} px the post-test result shows every column of its tables, and passes axe`, async ({ page }) => {
    await page.setViewportSize({ width, height: 760 });
    await page.goto('/tes/pre-test/');
    await page.getByRole('button', { name: 'Mulai pre-test' }).click();
    await page.getByRole('button', { name: 'Selesai, periksa jawaban' }).click();
    await page.getByRole('button', { name: 'Kumpulkan jawaban' }).click();
    // Leave once the pre-test's result shows, as a learner would (it is saved by then).
    await expect(page.getByRole('region', { name: 'Hasil pre-test' })).toBeVisible();
    await page.goto('/tes/post-test/');
    await page.getByRole('button', { name: 'Mulai post-test' }).click();
    await page.getByRole('button', { name: 'Selesai, periksa jawaban' }).click();
    await page.getByRole('button', { name: 'Kumpulkan jawaban' }).click();
    const result = page.getByRole('region', { name: 'Hasil post-test' });
    const topics = result.getByRole('table').first();
    await expect(topics.getByRole('columnheader', { name: 'Nilai' })).toBeVisible();
    // Each topic's row names its points and whether it needs study again, all inside the viewport.
    const first = topics.getByRole('row').nth(1);
    await expect(first.getByRole('rowheader')).toHaveText(/\S/);
    await expect(first.getByRole('cell')).toContainText(/dari .*Perlu diulang/);
    await expect(result.getByRole('table')).toHaveCount(2);
    await expectFits(page, '[data-view="result"]');
    await expectNoAxeViolations(page, '[data-view="result"]');
  });
}

test('at 320 px a matching answer chosen is readable in full, also after checking', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 760 });
  // Its knowledge check's second question is a matching one.
  await page.goto(lessonA1.path);
  const quiz = page.locator('netral-quiz[data-ready]');
  const matching = quiz.locator('.question').filter({ has: page.getByRole('combobox') }).first();
  const select = matching.getByRole('combobox').first();
  await select.scrollIntoViewIfNeeded();
  // The longest right-hand side is the one a phone's select cuts short.
  const texts = (await select.getByRole('option').allTextContents()).slice(1);
  const longest = texts.reduce((a, b) => (b.length > a.length ? b : a), '');
  await select.selectOption({ label: longest });
  // Every row needs an answer before it can be checked.
  const others = texts.filter((text) => text !== longest);
  const selects = matching.getByRole('combobox');
  for (let i = 1; i < (await selects.count()); i++) await selects.nth(i).selectOption({ label: others[i - 1] ?? '' });
  const row = matching.getByRole('listitem').filter({ has: page.getByRole('combobox') }).first();
  // The full text is shown for the eye only (screen readers read the select's value), so no role finds it.
  const chosen = row.locator('.match__chosen');
  await expect(chosen).toHaveText(longest);
  await expect(chosen).toBeVisible();
  await expectFits(page, '.match');

  await quiz.getByRole('button', { name: 'Periksa jawaban' }).nth(1).click();
  await expect(matching.getByRole('status')).toBeVisible();
  await expect(chosen).toHaveText(longest);
  await expect(chosen).toBeVisible();
  await expectFits(page, '.match');
  await expectNoAxeViolations(page, 'netral-quiz');
});

// Every question type, long unbreakable words included (the fixture's banks hold an e-mail address in an
// explanation and a web address in a scenario's prompt), on a 320 px phone and at 200% zoom: a 1280 px
// window shows 640 CSS px. Nothing may scroll sideways, while answering, after checking, in the review.
const fitSizes = [
  { name: '320 px', viewport: { width: 320, height: 760 } },
  { name: '200% zoom', viewport: { width: 640, height: 400 } },
] as const;
const everyType = ['matching', 'multiple', 'ordering', 'scenario', 'single', 'truefalse'];

/** The distinct question types among `questions` (.question elements), sorted. */
async function typesOf(questions: Locator): Promise<string[]> {
  return [...new Set(await questions.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset['type'] ?? '')))].sort();
}

/** Answers wrong, so the feedback shows the most (the right answer too); an ordering, left as is, counts as unanswered. */
async function answerForReview(question: Locator, key: Key): Promise<void> {
  await answer(question, key, key.type === 'ordering' ? 'right' : 'wrong');
}

for (const { name, viewport } of fitSizes) {
  test.describe(`at ${name}`, () => {
    test.use({ viewport });

    test('the post-test result and its answer review, with every question type, fit without sideways scroll', async ({ page }) => {
      await page.goto('/tes/post-test/');
      const attempt = await takenAttempt(page.locator('netral-exam'), { kind: 'post', everyQuestion: true, right: 3 });
      await seedLearner(page, { attempts: [attempt] });
      const review = page.getByRole('region', { name: 'Hasil post-test' }).getByRole('list').filter({ has: page.locator('.question') });
      await expect(review.locator('.question')).toHaveCount(attempt.questions.length);
      expect(await typesOf(review.locator('.question'))).toEqual(everyType);
      await expectFits(page, '[data-view="result"]');
    });

    test('a post-test in progress shows each question type without sideways scroll, and its buttons in even rows', async ({ page }) => {
      await page.goto('/tes/post-test/');
      const exam = page.locator('netral-exam');
      const attempt = await takenAttempt(exam, { kind: 'post', everyQuestion: true, inProgress: true });
      await seedLearner(page, { attempts: [attempt] });
      const total = attempt.questions.length;
      const seen: string[] = [];
      for (let n = 1; n <= total; n++) {
        await expect(page.getByRole('heading', { level: 2, name: `Soal ${n} dari ${total}` })).toBeVisible();
        const shown = exam.locator('[data-stage] .question').filter({ visible: true });
        await expect(shown).toHaveCount(1);
        seen.push(...(await typesOf(shown)));
        await expectFits(page);
        if (n === 1) {
          // "Sebelumnya" and "Berikutnya" side by side at the same size, the finish button under them.
          const [back, next, finish] = await Promise.all(['Sebelumnya', 'Berikutnya', 'Selesai, periksa jawaban'].map((label) => exam.getByRole('button', { name: label }).boundingBox()));
          expect(next?.y).toBe(back?.y);
          expect(next?.width).toBeCloseTo(back?.width ?? 0, 0);
          expect(finish?.y).toBeGreaterThan((back?.y ?? 0) + (back?.height ?? 0));
        }
        if (n < total) await exam.getByRole('button', { name: 'Berikutnya' }).click();
      }
      expect([...new Set(seen)].sort()).toEqual(everyType);
    });

    test('knowledge checks show each question type without sideways scroll, before and after checking', async ({ page }) => {
      const seen: string[] = [];
      for (const lesson of [lessonA1, lessonA2]) {
        await page.goto(lesson.path);
        const quiz = page.locator('netral-quiz[data-ready]');
        const reveals = await readReveals(quiz);
        const questions = quiz.locator('.question');
        seen.push(...(await typesOf(questions)));
        await expectFits(page);
        for (let i = 0; i < (await questions.count()); i++) {
          const question = questions.nth(i);
          const id = (await question.getAttribute('data-question')) ?? '';
          await answerForReview(question, (reveals[id] as Reveal).key);
          await quiz.locator('.quiz__item').nth(i).getByRole('button', { name: 'Periksa jawaban' }).click();
          await expect(question).toHaveAttribute('data-outcome', /\S/);
        }
        await expectFits(page);
      }
      expect([...new Set(seen)].sort()).toEqual(everyType);
    });

    test('a practice round shows each question type without sideways scroll, before and after checking', async ({ page }) => {
      // One true/false question practised already: the round is the module's ten others, every type among them.
      await seedLearner(page, { practice: { modules: { [moduleA.id]: { rounds: 0, best: 0, results: { 'uji-a-10': 'right' } } } } }, `${moduleA.path}latihan/`);
      const practice = page.locator('netral-practice[data-ready]');
      const url = (await practice.getAttribute('data-pool')) ?? '';
      const reveals = decodeBlob(((await (await page.request.get(url)).json()) as { reveals: string }).reveals) as Record<string, Reveal>;
      const items = practice.locator('.practice__list > li');
      await expect(items).toHaveCount(10);
      expect(await typesOf(items.locator('.question'))).toEqual(everyType);
      await expectFits(page);
      for (let i = 0; i < 10; i++) {
        const question = items.nth(i).locator('.question');
        const id = (await question.getAttribute('data-question')) ?? '';
        await answerForReview(question, (reveals[id] as Reveal).key);
        await items.nth(i).getByRole('button', { name: 'Periksa jawaban' }).click();
        await expect(question).toHaveAttribute('data-outcome', /\S/);
      }
      await expectFits(page);
    });
  });
}

// Every deck of the course as built: quiz fairness on the slides themselves, and no slide cut off on the
// two projector sizes trainers meet (measured in the page, never eyeballed).
import { expect, test } from '@playwright/test';
import { repeatedArticle } from '../../src/lib/citations';

type Request = import('@playwright/test').APIRequestContext;

async function deckPaths(request: Request): Promise<string[]> {
  const catalog = (await (await request.get('/presentasi/katalog.json')).json()) as { deck: string }[];
  return catalog.map((l) => `/${l.deck}`);
}

async function handoutPaths(request: Request): Promise<string[]> {
  const catalog = (await (await request.get('/presentasi/katalog.json')).json()) as { handout: string }[];
  return catalog.map((l) => `/${l.handout}`);
}

test('the right answer of four-option question slides sits in each position about as often as a fair shuffle gives', async ({ request }) => {
  const counts = [0, 0, 0, 0];
  for (const path of await deckPaths(request)) {
    const html = await (await request.get(path)).text();
    for (const list of html.match(/<ul class="choices"[^>]*>[\s\S]*?<\/ul>/g) ?? []) {
      const choices = list.match(/<li class="choice"[^>]*>/g) ?? [];
      if (choices.length !== 4) continue;
      const right = choices.map((c) => c.includes('data-correct')).map((c, i) => (c ? i : -1)).filter((i) => i >= 0);
      if (right.length === 1) counts[right[0]!]! += 1;
    }
  }
  const total = counts.reduce((a, b) => a + b, 0);
  expect(total).toBeGreaterThan(40);
  // 999 in 1,000 fair shuffles stay within this range for every position.
  const spread = 3.29 * Math.sqrt(total * 0.25 * 0.75);
  for (const count of counts) {
    expect(count, counts.join('/')).toBeGreaterThanOrEqual(Math.floor(total / 4 - spread));
    expect(count, counts.join('/')).toBeLessThanOrEqual(Math.ceil(total / 4 + spread));
  }
});

// The two projector sizes trainers meet. Each deck is loaded once and walked at both sizes: every slide,
// its answer hidden and revealed (a slide is fitted again whenever it is shown).
const sizes = [
  [1920, 1080],
  [1366, 768],
] as const;

test(`no slide of any deck is cut off at ${sizes.map((s) => s.join('x')).join(' or ')}, answers revealed or not, and revealed text stays readable`, async ({ page, request }) => {
  test.setTimeout(240_000);
  const problems: string[] = [];
  for (const path of await deckPaths(request)) {
    await page.setViewportSize({ width: sizes[0][0], height: sizes[0][1] });
    await page.goto(path);
    await expect(page.locator('netral-deck')).toHaveAttribute('data-fitted', '');
    for (const [width, height] of sizes) {
      await page.setViewportSize({ width, height });
      const found = await page.evaluate(async (size) => {
        type Deck = HTMLElement & { run(c: { type: string; slide?: number }): void; frames: readonly HTMLElement[] };
        const deck = document.querySelector('netral-deck') as Deck;
        const out: string[] = [];
        const check = (i: number, what: string) => {
          const frame = deck.frames[i]!;
          const body = frame.querySelector<HTMLElement>('.slide__body')!;
          const box = frame.getBoundingClientRect();
          const where = `${location.pathname}#${i + 1} at ${size}`;
          if (body.scrollHeight > body.clientHeight + 1) out.push(`${where} ${what}: ${body.scrollHeight - body.clientHeight}px cut off`);
          if (box.bottom > innerHeight + 1 || box.right > innerWidth + 1) out.push(`${where} ${what}: slide outside the window`);
          const answer = frame.querySelector<HTMLElement>('.answer[open] .answer-body');
          if (answer && innerHeight >= 1000 && parseFloat(getComputedStyle(answer).fontSize) < 24) {
            out.push(`${where}: revealed answer at ${getComputedStyle(answer).fontSize}`);
          }
        };
        // Start from the last slide so that going to the first is a change (which fits it again).
        deck.run({ type: 'goto', slide: deck.frames.length });
        for (const [i, frame] of deck.frames.entries()) {
          deck.run({ type: 'goto', slide: i + 1 });
          const scenario = frame.querySelector('netral-scenario');
          if (scenario) {
            // A dilemma's code arrives when its slide shows; it then shows one step at a time.
            while (!scenario.hasAttribute('data-ready')) await new Promise((done) => requestAnimationFrame(done));
            deck.run({ type: 'goto', slide: i + 1 });
          }
          check(i, 'shown');
          if (frame.querySelector('[data-answer]')) {
            deck.run({ type: 'reveal' });
            check(i, 'revealed');
            // Hidden again, so the walk at the next size sees the slide as the room first does.
            deck.run({ type: 'reveal' });
          }
        }
        return out;
      }, `${width}x${height}`);
      problems.push(...found);
    }
  }
  expect(problems).toEqual([]);
});

test('a regulation reference shows its article once on every slide and every handout', async ({ request }) => {
  const problems: string[] = [];
  let refs = 0;
  for (const path of [...(await deckPaths(request)), ...(await handoutPaths(request))]) {
    const html = await (await request.get(path)).text();
    // A reference's visible words with the text just before it ("Pasal 10 <a>UU 20/2023 Pasal 10</a>").
    for (const match of html.matchAll(/([^>]{0,40})<a class="ref"[^>]*>([\s\S]*?)<\/a>/g)) {
      refs += 1;
      const text = `${match[1]} ${match[2]!.replace(/<[^>]*>/g, '')}`;
      const twice = repeatedArticle(text);
      if (twice) problems.push(`${path}: "${twice}" twice in "${text.trim()}"`);
    }
  }
  expect(refs).toBeGreaterThan(50);
  expect(problems).toEqual([]);
});

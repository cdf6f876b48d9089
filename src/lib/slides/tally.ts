// Show-of-hands tallies on a question slide: the counts a trainer types and the bars they become.
// Pure; shared by the deck (browser) and the unit tests.

/** Largest count accepted for one option (a hall, not a stadium). */
export const MAX_COUNT = 9999;

/** A typed count: a whole number 0 … MAX_COUNT, or null when the field holds anything else. Empty is 0. */
export function parseCount(input: string): number | null {
  const text = input.trim();
  if (text === '') return 0;
  if (!/^\d{1,4}$/.test(text)) return null;
  const n = Number(text);
  return n <= MAX_COUNT ? n : null;
}

export interface Bar {
  count: number;
  /** Whole percent of all hands; the percents of a tally add up to exactly 100 (or are all 0). */
  percent: number;
}

/** Bars for a tally, with percents rounded by largest remainder so they add up to 100. */
export function tallyBars(counts: readonly number[]): Bar[] {
  const clean = counts.map((c) => (Number.isInteger(c) && c > 0 ? Math.min(c, MAX_COUNT) : 0));
  const total = clean.reduce((sum, c) => sum + c, 0);
  if (total === 0) return clean.map((count) => ({ count, percent: 0 }));
  const exact = clean.map((c) => (c * 100) / total);
  const percents = exact.map(Math.floor);
  let left = 100 - percents.reduce((sum, p) => sum + p, 0);
  const order = exact.map((e, i) => ({ i, rest: e - Math.floor(e) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    percents[i]! += 1;
    left -= 1;
  }
  return clean.map((count, i) => ({ count, percent: percents[i]! }));
}

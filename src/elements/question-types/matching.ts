// Matching: one select per left-hand side; option values are opaque tokens (matchToken), so the markup does
// not give the pairs away.
import { matchingMarks } from '../../lib/quiz/feedback';
import type { Key } from '../../lib/quiz/key';
import { matchToken } from '../../lib/quiz/reveal';
import { fill } from '../kit';
import { listParagraph, rows, tag, type QuestionDom } from './dom';
import type { QuestionType } from './types';

/** The text of pair `pair`'s right-hand side. */
function rightText(q: QuestionDom, pair: string): string {
  const select = q.el.querySelector<HTMLSelectElement>(`[data-pair="${pair}"] select`);
  return [...(select?.options ?? [])].find((o) => o.value === matchToken(q.id, pair))?.textContent ?? '';
}

/**
 * Writes each row's chosen right-hand side in full under its select: a phone's select shows one line and
 * cuts a long answer short. Seen only on narrow screens (QuestionView.astro); hidden from screen readers,
 * which read the select's full value anyway.
 */
function showChosen(q: QuestionDom): void {
  for (const row of rows(q)) {
    let line = row.li.querySelector<HTMLElement>('.match__chosen');
    if (!line) {
      line = document.createElement('p');
      line.className = 'match__chosen';
      line.setAttribute('aria-hidden', 'true');
      row.select.after(line);
    }
    const text = row.select.value ? (row.select.selectedOptions[0]?.textContent ?? '') : '';
    line.textContent = text;
    line.hidden = text === '';
  }
}

export const matching: QuestionType<Extract<Key, { type: 'matching' }>> = {
  read(q, key) {
    const byToken = new Map(key.pairs.map((p) => [matchToken(q.id, p), p]));
    const out: Record<string, string> = {};
    for (const row of rows(q)) {
      const chosen = byToken.get(row.select.value);
      if (chosen) out[row.pair] = chosen;
    }
    return Object.keys(out).length ? out : undefined;
  },
  write(q, _key, answer) {
    const a = (answer ?? {}) as Record<string, string>;
    for (const row of rows(q)) {
      const right = a[row.pair];
      row.select.value = right ? matchToken(q.id, right) : '';
    }
    showChosen(q);
  },
  layout(q, _key, layout) {
    for (const row of rows(q)) {
      const options = new Map([...row.select.options].map((o) => [o.value, o]));
      const value = row.select.value;
      for (const pair of layout) {
        const option = options.get(matchToken(q.id, pair));
        if (option) row.select.append(option);
      }
      row.select.value = value;
    }
    showChosen(q);
  },
  changed: showChosen,
  mark(q, key, answer, showRight, _reveal, s) {
    const marks = matchingMarks(key, answer);
    const lines: string[] = [];
    for (const row of rows(q)) {
      const ok = marks.get(row.pair) === true;
      row.li.setAttribute('data-result', ok ? 'correct' : 'wrong');
      row.li.append(tag(ok ? s['quiz.tagCorrect'] : fill(s['quiz.tagShouldMatch'], { right: rightText(q, row.pair) }), ok ? 'correct' : 'wrong'));
      lines.push(`${row.li.querySelector('label')?.textContent?.trim() ?? ''} → ${rightText(q, row.pair)}`);
    }
    return showRight ? [listParagraph(s['quiz.rightAnswer'], lines)] : [];
  },
};

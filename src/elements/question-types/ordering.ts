// Ordering: items moved with "Naik"/"Turun" buttons (never drag-only); answered once an item was moved.
import { orderingMarks } from '../../lib/quiz/feedback';
import type { Key } from '../../lib/quiz/key';
import { fill } from '../kit';
import { items, listParagraph, reorder, syncMoveButtons, tag } from './dom';
import type { QuestionType } from './types';

export const ordering: QuestionType<Extract<Key, { type: 'ordering' }>> = {
  read(q) {
    return q.touched ? items(q).map((li) => li.dataset['item'] ?? '') : undefined;
  },
  write(q, _key, answer) {
    if (Array.isArray(answer)) {
      reorder(q.el.querySelector('[data-order]'), 'item', answer as string[]);
      q.touched = true;
    } else q.touched = false;
    syncMoveButtons(q);
  },
  layout(q, _key, layout) {
    reorder(q.el.querySelector('[data-order]'), 'item', layout);
    syncMoveButtons(q);
  },
  mark(q, key, answer, showRight, _reveal, s) {
    const shown = items(q);
    const marks = orderingMarks(key, shown.map((li) => li.dataset['item'] ?? ''), answer !== undefined);
    shown.forEach((li, index) => {
      const { ok, position } = marks[index] ?? { ok: false, position: 0 };
      li.setAttribute('data-result', ok ? 'correct' : 'wrong');
      li.querySelector('.order__text')?.append(tag(ok ? s['quiz.tagRightPlace'] : fill(s['quiz.tagShouldBe'], { n: position }), ok ? 'correct' : 'wrong'));
    });
    const textOf = (id: string) => q.el.querySelector(`[data-item="${id}"] .order__text`)?.firstChild?.textContent ?? '';
    return showRight ? [listParagraph(s['quiz.rightAnswer'], key.items.map(textOf), true)] : [];
  },
};

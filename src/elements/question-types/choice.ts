// Single choice, multiple choice and true/false: radios or checkboxes named after the question.
import { choiceMarks } from '../../lib/quiz/feedback';
import type { Key } from '../../lib/quiz/key';
import { check, checked, listParagraph, markOption, option, optionNotes, optionText, reorder } from './dom';
import type { QuestionType } from './types';

type ChoiceKey = Extract<Key, { type: 'single' | 'multiple' | 'truefalse' }>;

export const choice: QuestionType<ChoiceKey> = {
  read(q, key) {
    const values = checked(q, q.uid);
    if (key.type === 'multiple') return values.length ? values : undefined;
    const value = values[0];
    if (key.type === 'truefalse') return value === undefined ? undefined : value === 'true';
    return value;
  },
  write(q, key, answer) {
    if (key.type === 'multiple') check(q, q.uid, Array.isArray(answer) ? (answer as string[]) : []);
    else if (key.type === 'truefalse') check(q, q.uid, typeof answer === 'boolean' ? [String(answer)] : []);
    else check(q, q.uid, typeof answer === 'string' ? [answer] : []);
  },
  layout(q, _key, layout) {
    reorder(q.el.querySelector('[data-options]'), 'option', layout);
  },
  mark(q, key, answer, showRight, reveal, s) {
    const { marks, chosen, right } = choiceMarks(key, answer);
    for (const li of q.el.querySelectorAll<HTMLElement>('[data-option]')) {
      const mark = marks.get(li.dataset['option'] ?? '');
      if (mark) markOption(li, mark, s);
    }
    const out = optionNotes(q, reveal.feedback, chosen);
    if (showRight) out.push(listParagraph(s['quiz.rightAnswer'], right.map((id) => optionText(option(q, id)))));
    return out;
  },
};

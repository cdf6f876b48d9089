// Scenario: a verdict (melanggar / tidak melanggar) and a rule, each a group of radios.
import type { ScenarioAnswer } from '../../lib/quiz/answers';
import { scenarioMarks } from '../../lib/quiz/feedback';
import type { Key } from '../../lib/quiz/key';
import { check, checked, listParagraph, markOption, option, optionNotes, optionText, reorder } from './dom';
import type { QuestionType } from './types';

export const scenario: QuestionType<Extract<Key, { type: 'scenario' }>> = {
  read(q) {
    const out: ScenarioAnswer = {};
    const verdict = checked(q, `${q.uid}-verdict`)[0];
    const rule = checked(q, `${q.uid}-rule`)[0];
    if (verdict === 'melanggar' || verdict === 'tidak-melanggar') out.verdict = verdict;
    if (rule) out.rule = rule;
    return out.verdict || out.rule ? out : undefined;
  },
  write(q, _key, answer) {
    const a = (answer ?? {}) as ScenarioAnswer;
    check(q, `${q.uid}-verdict`, a.verdict ? [a.verdict] : []);
    check(q, `${q.uid}-rule`, a.rule ? [a.rule] : []);
  },
  layout(q, _key, layout) {
    reorder(q.el.querySelector('[data-options]'), 'option', layout);
  },
  mark(q, key, answer, showRight, reveal, s) {
    const marks = scenarioMarks(key, answer);
    for (const li of q.el.querySelectorAll<HTMLElement>('[data-verdict]')) {
      const mark = marks.verdicts.get(li.dataset['verdict'] ?? '');
      if (mark) markOption(li, mark, s);
    }
    for (const li of q.el.querySelectorAll<HTMLElement>('[data-option]')) {
      const mark = marks.options.get(li.dataset['option'] ?? '');
      if (mark) markOption(li, mark, s);
    }
    const out = optionNotes(q, reveal.feedback, marks.chosen);
    const verdictText = optionText(q.el.querySelector(`[data-verdict="${key.verdict}"]`));
    if (showRight) out.push(listParagraph(s['quiz.rightAnswer'], [verdictText, optionText(option(q, key.answer))]));
    return out;
  },
};

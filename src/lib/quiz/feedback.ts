// What the feedback on one answered question marks, decided without a page: the outcome, which options are
// right or wrongly chosen, which pairs match and where each ordering item belongs. The question-type
// adapters (src/elements/question-types/) only put these marks on the controls. Shared by server and browser.
import type { Answer, ScenarioAnswer } from './answers';
import type { Key } from './key';
import { isFullMarks } from './scoring';

/**
 * An option's text as the label of the note written for it: "Option text:". A final full stop gives way
 * to the colon, so an option written as a sentence never reads "….:"; a question or exclamation mark (or a
 * colon already there) stays and takes no colon.
 */
export function noteLabel(optionText: string): string {
  const text = optionText.trim().replace(/\.+$/, '').trimEnd();
  return /[?!:]$/.test(text) ? text : `${text}:`;
}

/** The feedback's headline for `points` of 1. */
export function outcomeOf(points: number): 'correct' | 'partial' | 'incorrect' {
  return isFullMarks(points) ? 'correct' : points > 0 ? 'partial' : 'incorrect';
}

/** How an option is marked: right (chosen or not) or chosen but wrong; unmarked options are absent. */
export type OptionMark = 'correct' | 'wrong';

/**
 * The marks of a choice question's options (single, multiple, true/false: option ids "true"/"false"), the
 * ids chosen and the right ids in key order.
 */
export function choiceMarks(key: Extract<Key, { type: 'single' | 'multiple' | 'truefalse' }>, answer: Answer | undefined) {
  const right = key.type === 'truefalse' ? [String(key.answer)] : key.type === 'single' ? [key.answer] : key.answer;
  const chosen = answer === undefined ? [] : Array.isArray(answer) ? (answer as string[]) : [String(answer)];
  const marks = new Map<string, OptionMark>();
  for (const id of right) marks.set(id, 'correct');
  for (const id of chosen) if (!marks.has(id)) marks.set(id, 'wrong');
  return { marks, chosen, right };
}

/** The marks of a scenario question: on its verdicts and on its rule options. */
export function scenarioMarks(key: Extract<Key, { type: 'scenario' }>, answer: Answer | undefined) {
  const a = (answer ?? {}) as ScenarioAnswer;
  const verdicts = new Map<string, OptionMark>([[key.verdict, 'correct']]);
  if (a.verdict && a.verdict !== key.verdict) verdicts.set(a.verdict, 'wrong');
  const options = new Map<string, OptionMark>([[key.answer, 'correct']]);
  if (a.rule && a.rule !== key.answer) options.set(a.rule, 'wrong');
  return { verdicts, options, chosen: a.rule ? [a.rule] : [] };
}

/** Per pair of a matching question, whether the learner matched it right. */
export function matchingMarks(key: Extract<Key, { type: 'matching' }>, answer: Answer | undefined): Map<string, boolean> {
  const a = (answer ?? {}) as Record<string, string>;
  return new Map(key.pairs.map((pair) => [pair, a[pair] === pair]));
}

/**
 * Per item of an ordering question as shown (`shown`: item ids in display order), whether it is in its
 * right place and its right position (1-based). Without an answer no item counts as placed.
 */
export function orderingMarks(key: Extract<Key, { type: 'ordering' }>, shown: readonly string[], answered: boolean) {
  return shown.map((id, index) => {
    const position = key.items.indexOf(id) + 1;
    return { id, ok: answered && position === index + 1, position };
  });
}

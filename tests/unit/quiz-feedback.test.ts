import { describe, expect, test } from 'vitest';
import { choiceMarks, matchingMarks, noteLabel, orderingMarks, outcomeOf, scenarioMarks } from '../../src/lib/quiz/feedback';

describe('noteLabel()', () => {
  test('ends an option with one colon, dropping a final full stop', () => {
    expect(noteLabel('Melapor ke atasan')).toBe('Melapor ke atasan:');
    expect(noteLabel('Ia menolak dengan sopan. ')).toBe('Ia menolak dengan sopan:');
    expect(noteLabel('Boleh, asal di luar jam kerja...')).toBe('Boleh, asal di luar jam kerja:');
    expect(noteLabel('Apakah boleh?')).toBe('Apakah boleh?');
    expect(noteLabel('Catatan:')).toBe('Catatan:');
  });
});

describe('outcomeOf()', () => {
  test('says correct only at full marks, partial above zero, incorrect at zero', () => {
    expect(outcomeOf(1)).toBe('correct');
    expect(outcomeOf(0.9999999999)).toBe('correct');
    expect(outcomeOf(0.6)).toBe('partial');
    expect(outcomeOf(0)).toBe('incorrect');
  });
});

describe('choiceMarks()', () => {
  test('marks every right option, chosen or not, and each wrong choice', () => {
    const { marks, right } = choiceMarks({ type: 'multiple', options: ['a', 'b', 'c', 'd'], answer: ['a', 'c'] }, ['a', 'b']);
    expect(Object.fromEntries(marks)).toEqual({ a: 'correct', c: 'correct', b: 'wrong' });
    expect(right).toEqual(['a', 'c']);
  });
  test('reads true/false answers as the options "true" and "false"', () => {
    const { marks, chosen } = choiceMarks({ type: 'truefalse', answer: true }, false);
    expect(chosen).toEqual(['false']);
    expect(Object.fromEntries(marks)).toEqual({ true: 'correct', false: 'wrong' });
  });
  test('marks only the right option when nothing was chosen', () => {
    const { marks, chosen } = choiceMarks({ type: 'single', options: ['a', 'b'], answer: 'b' }, undefined);
    expect(chosen).toEqual([]);
    expect(Object.fromEntries(marks)).toEqual({ b: 'correct' });
  });
});

describe('scenarioMarks()', () => {
  test('marks the verdict and the rule separately', () => {
    const marks = scenarioMarks({ type: 'scenario', verdict: 'melanggar', options: ['a', 'b'], answer: 'a' }, { verdict: 'tidak-melanggar', rule: 'a' });
    expect(Object.fromEntries(marks.verdicts)).toEqual({ melanggar: 'correct', 'tidak-melanggar': 'wrong' });
    expect(Object.fromEntries(marks.options)).toEqual({ a: 'correct' });
    expect(marks.chosen).toEqual(['a']);
  });
});

describe('matchingMarks()', () => {
  test('says per pair whether it was matched right', () => {
    const marks = matchingMarks({ type: 'matching', pairs: ['p1', 'p2', 'p3'] }, { p1: 'p1', p2: 'p3', p3: 'p2' });
    expect(Object.fromEntries(marks)).toEqual({ p1: true, p2: false, p3: false });
  });
});

describe('orderingMarks()', () => {
  test('says per shown item whether it is in place and where it belongs', () => {
    const marks = orderingMarks({ type: 'ordering', items: ['x', 'y', 'z'] }, ['x', 'z', 'y'], true);
    expect(marks).toEqual([
      { id: 'x', ok: true, position: 1 },
      { id: 'z', ok: false, position: 3 },
      { id: 'y', ok: false, position: 2 },
    ]);
  });
  test('counts no item as placed without an answer', () => {
    expect(orderingMarks({ type: 'ordering', items: ['x', 'y'] }, ['x', 'y'], false).every((m) => !m.ok)).toBe(true);
  });
});

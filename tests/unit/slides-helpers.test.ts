import { describe, expect, test } from 'vitest';
import { applyCommand, clampSlide, hashForSlide, isClickerKey, keyCommand, slideFromHash, swipeCommand } from '../../src/lib/slides/navigation';
import { absoluteUrl, deckPath, editionOf, handoutPath, presenterPath, sessionHandoutPath, withEdition } from '../../src/lib/slides/paths';
import { letter, questionView, seededShuffle } from '../../src/lib/slides/questions';
import { deckMessage, initialState, parseDeckMessage, parseState, type DeckShape, type DeckState } from '../../src/lib/slides/sync';
import { parseCount, tallyBars } from '../../src/lib/slides/tally';
import { formatDuration } from '../../src/lib/format';
import { elapsedMs, formatClock, parseTimer, startTimer, togglePause } from '../../src/lib/slides/timer';
import type { Question } from '../../src/lib/quiz/types';

describe('keyCommand()', () => {
  const press = (key: string, extra = {}) => keyCommand({ key, ...extra }).command?.type ?? null;

  test('moves forward with the keys presentation clickers send', () => {
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'n']) expect(press(key), key).toBe('next');
  });

  test('moves back with arrows, Page Up and Shift+Space', () => {
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(press(key), key).toBe('previous');
    expect(press(' ', { shiftKey: true })).toBe('previous');
  });

  test('maps Home, End and the letter keys', () => {
    expect(press('Home')).toBe('first');
    expect(press('End')).toBe('last');
    expect(press('f')).toBe('fullscreen');
    expect(press('O')).toBe('overview');
    expect(press('b')).toBe('black');
    expect(press('.')).toBe('black');
    expect(press('P')).toBe('presenter');
    expect(press('j')).toBe('reveal');
    expect(press('?')).toBe('help');
  });

  test('leaves browser shortcuts alone', () => {
    expect(press('ArrowLeft', { altKey: true })).toBeNull();
    expect(press('f', { ctrlKey: true })).toBeNull();
    expect(press('p', { metaKey: true })).toBeNull();
  });

  test('jumps to a typed number on Enter', () => {
    let state = keyCommand({ key: '1' });
    expect(state).toEqual({ command: null, digits: '1' });
    state = keyCommand({ key: '2' }, state.digits);
    expect(keyCommand({ key: 'Enter' }, state.digits)).toEqual({ command: { type: 'goto', slide: 12 }, digits: '' });
  });

  test('lets Backspace correct a typed number and Escape cancel it', () => {
    expect(keyCommand({ key: 'Backspace' }, '12')).toEqual({ command: null, digits: '1' });
    expect(keyCommand({ key: 'Escape' }, '12')).toEqual({ command: { type: 'escape' }, digits: '' });
  });

  test('keeps a typed number while Shift is held, ends it on another key', () => {
    expect(keyCommand({ key: 'Shift' }, '4').digits).toBe('4');
    expect(keyCommand({ key: 'x' }, '4').digits).toBe('');
  });

  test('leaves Enter to the browser when no number was typed', () => {
    expect(keyCommand({ key: 'Enter' })).toEqual({ command: null, digits: '' });
  });
});

describe('slideFromHash()', () => {
  test('reads a 1-based slide number', () => {
    expect(slideFromHash('#4', 10)).toBe(3);
    expect(slideFromHash('1', 10)).toBe(0);
  });

  test('falls back to the first slide for anything else', () => {
    for (const hash of ['', '#', '#abc', '#-2', '#1e3', '#<script>']) expect(slideFromHash(hash, 10), hash).toBe(0);
  });

  test('keeps a number past the end on the last slide', () => {
    expect(slideFromHash('#99', 10)).toBe(9);
    expect(slideFromHash('#0', 10)).toBe(0);
  });

  test('round-trips with hashForSlide()', () => {
    expect(slideFromHash(hashForSlide(6), 10)).toBe(6);
    expect(hashForSlide(0)).toBe('#1');
  });
});

describe('clampSlide()', () => {
  test('clamps to the deck', () => {
    expect(clampSlide(-1, 5)).toBe(0);
    expect(clampSlide(7, 5)).toBe(4);
    expect(clampSlide(Number.NaN, 5)).toBe(0);
  });
});

describe('swipeCommand()', () => {
  test('goes forward on a swipe to the left and back on a swipe to the right', () => {
    expect(swipeCommand(-120, 10)?.type).toBe('next');
    expect(swipeCommand(120, -10)?.type).toBe('previous');
  });

  test('ignores short moves and vertical scrolling', () => {
    expect(swipeCommand(-30, 0)).toBeNull();
    expect(swipeCommand(-80, 120)).toBeNull();
  });
});

describe('tallyBars()', () => {
  test('gives whole percents that add up to 100', () => {
    const bars = tallyBars([1, 1, 1]);
    expect(bars.map((b) => b.percent)).toEqual([34, 33, 33]);
    expect(tallyBars([7, 2, 3, 5]).reduce((s, b) => s + b.percent, 0)).toBe(100);
  });

  test('keeps the counts', () => {
    expect(tallyBars([6, 4])).toEqual([
      { count: 6, percent: 60 },
      { count: 4, percent: 40 },
    ]);
  });

  test('gives 0 % everywhere when nobody raised a hand', () => {
    expect(tallyBars([0, 0]).map((b) => b.percent)).toEqual([0, 0]);
  });

  test('treats nonsense counts as 0', () => {
    expect(tallyBars([-3, Number.NaN, 2.5, 4]).map((b) => b.count)).toEqual([0, 0, 0, 4]);
  });
});

describe('parseCount()', () => {
  test('accepts whole numbers and treats an empty field as 0', () => {
    expect(parseCount(' 12 ')).toBe(12);
    expect(parseCount('')).toBe(0);
  });

  test('rejects anything else', () => {
    for (const input of ['-1', '1.5', 'abc', '12345', '1e2']) expect(parseCount(input), input).toBeNull();
  });
});

describe('timer', () => {
  test('counts from the start and stands still while paused', () => {
    let timer = startTimer(1_000);
    expect(elapsedMs(timer, 61_000)).toBe(60_000);
    timer = togglePause(timer, 61_000);
    expect(elapsedMs(timer, 500_000)).toBe(60_000);
    timer = togglePause(timer, 500_000);
    expect(elapsedMs(timer, 510_000)).toBe(70_000);
  });

  test('reads back what it stored and rejects anything else', () => {
    const timer = startTimer(5);
    expect(parseTimer(JSON.stringify(timer))).toEqual(timer);
    for (const raw of [null, '', '{', '{"v":2,"startedAt":1,"pausedAt":null}', '{"v":1,"startedAt":"x","pausedAt":null}', '{"v":1,"startedAt":9,"pausedAt":3}'])
      expect(parseTimer(raw), String(raw)).toBeNull();
  });

  test('formats durations and the clock', () => {
    expect(formatDuration(65_000)).toBe('1:05');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
    expect(formatDuration(-5)).toBe('0:00');
    expect(formatClock(new Date(2026, 0, 1, 9, 5))).toBe('09.05');
  });
});

describe('deck messages', () => {
  const shape: DeckShape = { total: 10, questions: new Map([['q1', 3], ['q2', 0]]) };
  const send = (message: Parameters<typeof deckMessage>[1]) => deckMessage('netralitas-asn/01', message);

  test('accept a hello and a state from the same deck', () => {
    expect(parseDeckMessage(send({ type: 'hello', from: 'w1' }), 'netralitas-asn/01', shape)).toEqual({ type: 'hello', from: 'w1' });
    const state = { index: 4, revealed: ['q1'], tallies: { q1: [3, 0, 2] }, black: true, scenes: {} };
    expect(parseDeckMessage(send({ type: 'state', from: 'w1', state }), 'netralitas-asn/01', shape)).toEqual({ type: 'state', from: 'w1', state });
  });

  test('ignore other decks, other apps and malformed messages', () => {
    const hello = send({ type: 'hello', from: 'w1' });
    expect(parseDeckMessage(hello, 'antikorupsi/01', shape)).toBeNull();
    for (const raw of [null, 'hello', { ...hello, app: 'x' }, { ...hello, v: 2 }, { ...hello, from: '<img>' }, { ...hello, type: 'reload' }])
      expect(parseDeckMessage(raw, 'netralitas-asn/01', shape)).toBeNull();
  });

  test('reject a state whose slide is outside the deck', () => {
    expect(parseState({ ...initialState(), index: 10 }, shape)).toBeNull();
    expect(parseState({ ...initialState(), index: 1.5 }, shape)).toBeNull();
    expect(parseState({ ...initialState(), black: 'yes' }, shape)).toBeNull();
  });

  test('drop unknown questions and tallies that do not fit', () => {
    const state = parseState({ index: 0, black: false, revealed: ['q1', 'nope', 'q1', 3], tallies: { q1: [1, 2], q2: [1], zz: [1, 1, 1], q3: 'x' } }, shape);
    expect(state).toEqual({ index: 0, black: false, revealed: ['q1'], tallies: {}, scenes: {} });
    expect(parseState({ index: 0, black: false, revealed: [], tallies: { q1: [1, -2, 3] } }, shape)?.tallies).toEqual({});
  });
});

describe('questionView()', () => {
  const base = { id: 'q-1', module: 'm', prompt: 'P', explanation: 'E', citation: { kind: 'regulation' as const, source: 'uu-20-2023' } };
  const labels = { true: 'Benar', false: 'Salah' };

  test('labels shuffled options A, B, C in a fixed order and marks the right ones', () => {
    const q: Question = { ...base, type: 'multiple', options: [{ id: 'a', text: 'x' }, { id: 'b', text: 'y' }, { id: 'c', text: 'z' }], answer: ['a', 'c'] };
    const view = questionView(q, labels);
    expect(view).toMatchObject({ kind: 'choice', multiple: true });
    if (view.kind !== 'choice') throw new Error();
    expect(view.choices.map((c) => c.label)).toEqual(['A', 'B', 'C']);
    expect(view.choices.filter((c) => c.correct).map((c) => c.text).sort()).toEqual(['x', 'z']);
    // The same question gets the same letters in every view (slide, presenter notes, handout).
    expect(questionView(q, labels)).toEqual(view);
  });

  test('moves the right answer away from where authors write it for some questions', () => {
    const options = ['a', 'b', 'c', 'd'].map((id) => ({ id, text: id }));
    const positions = new Set<number>();
    for (let i = 0; i < 40; i++) {
      const view = questionView({ ...base, id: `q-${i}`, type: 'single', options, answer: 'a' }, labels);
      if (view.kind === 'choice') positions.add(view.choices.findIndex((c) => c.correct));
    }
    expect([...positions].sort()).toEqual([0, 1, 2, 3]);
  });

  test('turns a true/false statement into two choices', () => {
    const view = questionView({ ...base, type: 'truefalse', answer: false }, labels);
    if (view.kind !== 'choice') throw new Error();
    expect(view.choices.map((c) => [c.text, c.correct])).toEqual([['Benar', false], ['Salah', true]]);
  });

  test('keeps the verdict of a scenario', () => {
    const view = questionView({ ...base, type: 'scenario', verdict: 'melanggar', options: [{ id: 'a', text: 'x' }, { id: 'b', text: 'y' }], answer: 'b' }, labels);
    expect(view).toMatchObject({ kind: 'choice', verdict: 'melanggar' });
  });

  test('gives a matching key that pairs each left item with its right item', () => {
    const pairs = [
      { id: 'p1', left: 'L1', right: 'R1' },
      { id: 'p2', left: 'L2', right: 'R2' },
      { id: 'p3', left: 'L3', right: 'R3' },
    ];
    const view = questionView({ ...base, type: 'matching', pairs }, labels);
    if (view.kind !== 'matching') throw new Error();
    for (const { number, label } of view.key) {
      expect(view.right.find((r) => r.label === label)?.text).toBe(`R${number}`);
    }
    expect(view.right.map((r) => r.text)).not.toEqual(['R1', 'R2', 'R3']);
  });

  test('gives the right order of shuffled ordering items', () => {
    const items = [{ id: 'a', text: 'first' }, { id: 'b', text: 'second' }, { id: 'c', text: 'third' }, { id: 'd', text: 'fourth' }];
    const view = questionView({ ...base, type: 'ordering', items }, labels);
    if (view.kind !== 'ordering') throw new Error();
    expect(view.order.map((l) => view.items.find((i) => i.label === l)?.text)).toEqual(['first', 'second', 'third', 'fourth']);
  });
});

describe('seededShuffle()', () => {
  test('is the same for the same seed and never the original order', () => {
    const items = [1, 2, 3, 4, 5];
    expect(seededShuffle(items, 'a')).toEqual(seededShuffle(items, 'a'));
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) {
      const shuffled = seededShuffle(items, seed);
      expect(shuffled).not.toEqual(items);
      expect([...shuffled].sort()).toEqual(items);
    }
    expect(seededShuffle([1, 2], 'x')).toEqual([2, 1]);
  });

  test('labels with letters', () => {
    expect([0, 1, 25].map(letter)).toEqual(['A', 'B', 'Z']);
  });
});

describe('trainer paths', () => {
  test('build deck, presenter and handout paths from lesson ids', () => {
    expect(deckPath('netralitas-asn', 'netralitas-asn/01-apa-itu-netralitas')).toBe('presentasi/netralitas-asn/apa-itu-netralitas/');
    expect(presenterPath('netralitas-asn', 'netralitas-asn/01-apa-itu-netralitas')).toBe('presentasi/netralitas-asn/apa-itu-netralitas/?penyaji');
    expect(handoutPath('fasilitator', 'berakhlak', 'berakhlak/02-x')).toBe('handout/berakhlak/x/?fasilitator');
    expect(handoutPath('peserta', 'berakhlak')).toBe('handout/berakhlak/');
  });

  test("a handout's edition is a mode of its one page: the flag comes and goes, the session plan stays", () => {
    const plan = new URLSearchParams({ p: 'm/01-a~15', n: 'Pagi' });
    expect(sessionHandoutPath('fasilitator', plan)).toBe('handout/sesi/?fasilitator&p=m%2F01-a%7E15&n=Pagi');
    expect(sessionHandoutPath('peserta', plan)).toBe('handout/sesi/?p=m%2F01-a%7E15&n=Pagi');
    expect(editionOf('?fasilitator&p=x')).toBe('fasilitator');
    expect(editionOf('?p=x')).toBe('peserta');
    expect(withEdition('?fasilitator&p=x', 'peserta')).toBe('?p=x');
    expect(withEdition('?fasilitator', 'peserta')).toBe('');
    expect(withEdition('?p=x', 'fasilitator')).toBe('?fasilitator&p=x');
    expect(withEdition('?fasilitator=', 'fasilitator')).toBe('?fasilitator');
  });

  test('make the absolute address a QR code points to', () => {
    expect(absoluteUrl('https://netral.example.go.id', '/', 'materi/a/b/')).toBe('https://netral.example.go.id/materi/a/b/');
    expect(absoluteUrl('https://bkpsdm.example.go.id/', '/netral/', '/materi/a/')).toBe('https://bkpsdm.example.go.id/netral/materi/a/');
    expect(absoluteUrl('https://x.go.id', 'netral', 'materi/')).toBe('https://x.go.id/netral/materi/');
  });
});

describe('applyCommand()', () => {
  const shape = { total: 4, questionAt: [undefined, 'q1', undefined, undefined] };
  const at = (index: number, more: Partial<DeckState> = {}): DeckState => ({ ...initialState(index), ...more });

  test('next reveals a pending answer before it moves on, as a clicker has only "next"', () => {
    const revealed = applyCommand(at(1), shape, { type: 'next' });
    expect(revealed).toMatchObject({ index: 1, revealed: ['q1'] });
    expect(applyCommand(revealed, shape, { type: 'next' })).toMatchObject({ index: 2, revealed: ['q1'] });
  });

  test('the first press after a black screen brings the slide back without moving', () => {
    expect(applyCommand(at(2, { black: true }), shape, { type: 'next' })).toMatchObject({ index: 2, black: false });
    expect(applyCommand(at(2, { black: true }), shape, { type: 'previous' })).toMatchObject({ index: 2, black: false });
  });

  test('stays inside the deck at both ends and for typed numbers', () => {
    expect(applyCommand(at(3), shape, { type: 'next' }).index).toBe(3);
    expect(applyCommand(at(0), shape, { type: 'previous' }).index).toBe(0);
    expect(applyCommand(at(0), shape, { type: 'goto', slide: 99 }).index).toBe(3);
    expect(applyCommand(at(2), shape, { type: 'first' }).index).toBe(0);
    expect(applyCommand(at(0), shape, { type: 'last' }).index).toBe(3);
  });

  test('reveal toggles the answer of a question slide and does nothing elsewhere', () => {
    expect(applyCommand(at(1), shape, { type: 'reveal' }).revealed).toEqual(['q1']);
    expect(applyCommand(at(1, { revealed: ['q1'] }), shape, { type: 'reveal' }).revealed).toEqual([]);
    expect(applyCommand(at(0), shape, { type: 'reveal' })).toEqual(at(0));
  });

  test('clicker keys are recognised whatever the key layout sends for black', () => {
    expect(['PageDown', 'PageUp', ' ', 'b', '.'].every(isClickerKey)).toBe(true);
    expect(isClickerKey('f')).toBe(false);
  });
});

// Deck navigation decided without a page: which slide the address names, which command a key or a
// swipe means, and what a command does to the shared state. Pure; shared by the deck (browser, both
// modes) and the unit tests.
import type { DeckState } from './sync';

/** What a key press, a swipe or a button asks the deck to do. */
export type DeckCommand =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; slide: number }
  | { type: 'fullscreen' }
  | { type: 'overview' }
  | { type: 'black' }
  | { type: 'presenter' }
  | { type: 'reveal' }
  | { type: 'help' }
  | { type: 'escape' };

/** The parts of a KeyboardEvent the key map reads. */
export interface KeyInput {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

/** Longest slide number a trainer can type before Enter. */
const MAX_DIGITS = 3;

/**
 * The command for a key press, given the digits typed so far (for "number then Enter"). Returns the
 * command (or null to let the browser handle the key) and the digits to keep.
 */
export function keyCommand(input: KeyInput, digits = ''): { command: DeckCommand | null; digits: string } {
  // Browser and system shortcuts (Ctrl+R, Alt+Left...) stay the browser's.
  if (input.ctrlKey || input.altKey || input.metaKey) return { command: null, digits: '' };
  const key = input.key;
  if (/^[0-9]$/.test(key)) return { command: null, digits: (digits + key).slice(-MAX_DIGITS) };
  if (key === 'Enter' && digits) return { command: { type: 'goto', slide: Number(digits) }, digits: '' };
  if (key === 'Backspace' && digits) return { command: null, digits: digits.slice(0, -1) };
  const command = commandFor(key, Boolean(input.shiftKey));
  // Any other key ends a number being typed, except lone modifiers such as Shift.
  return { command, digits: command || key.length === 1 ? '' : digits };
}

function commandFor(key: string, shift: boolean): DeckCommand | null {
  switch (key) {
    // Presentation clickers send PageDown/PageUp (some send arrows, a few "." or "b" for black).
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case 'n':
    case 'N':
      return { type: 'next' };
    case ' ':
      return { type: shift ? 'previous' : 'next' };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return { type: 'previous' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'f':
    case 'F':
      return { type: 'fullscreen' };
    case 'o':
    case 'O':
      return { type: 'overview' };
    case 'b':
    case 'B':
    case '.':
      return { type: 'black' };
    case 'p':
    case 'P':
      return { type: 'presenter' };
    case 'j':
    case 'J':
      return { type: 'reveal' };
    case '?':
      return { type: 'help' };
    case 'Escape':
      return { type: 'escape' };
    default:
      return null;
  }
}

/** The 0-based slide an address hash names ("#4" → 3); the first slide when it names none. */
export function slideFromHash(hash: string, total: number): number {
  const match = /^#?(\d{1,4})$/.exec(hash.trim());
  if (!match || total < 1) return 0;
  return clampSlide(Number(match[1]) - 1, total);
}

/** The address hash for a 0-based slide: slide 3 → "#4". */
export function hashForSlide(index: number): string {
  return `#${index + 1}`;
}

/** `index` kept inside 0 … total − 1. */
export function clampSlide(index: number, total: number): number {
  if (!Number.isFinite(index) || total < 1) return 0;
  return Math.min(Math.max(Math.trunc(index), 0), total - 1);
}

/** Minimum finger travel, in CSS pixels, that counts as a swipe. */
export const SWIPE_DISTANCE = 50;

/**
 * The command for a finger moved by (dx, dy): a mostly horizontal swipe to the left goes forward, to
 * the right goes back; short or mostly vertical moves (scrolling) are not swipes.
 */
export function swipeCommand(dx: number, dy: number, distance = SWIPE_DISTANCE): DeckCommand | null {
  if (Math.abs(dx) < distance || Math.abs(dx) < Math.abs(dy) * 1.5) return null;
  return { type: dx < 0 ? 'next' : 'previous' };
}

/** What applyCommand() needs to know of a deck: its length and the question (if any) on each slide. */
export interface CommandShape {
  total: number;
  /** Question id on each 0-based slide, or undefined for a slide without one. */
  questionAt: readonly (string | undefined)[];
}

/** The commands that change the shared state (the others only change this window: overview, help…). */
export type StateCommand = Extract<DeckCommand, { type: 'next' | 'previous' | 'first' | 'last' | 'goto' | 'black' | 'reveal' }>;

/** Whether `command` changes the shared deck state. */
export function isStateCommand(command: DeckCommand): command is StateCommand {
  return ['next', 'previous', 'first', 'last', 'goto', 'black', 'reveal'].includes(command.type);
}

/**
 * The deck state after `command`. As in most presentation programs the next press after a black screen
 * brings the slide back; on a question slide the first "next" reveals the answer, the second moves on.
 */
export function applyCommand(state: DeckState, shape: CommandShape, command: StateCommand): DeckState {
  const { index, black, revealed } = state;
  const last = Math.max(0, shape.total - 1);
  const question = shape.questionAt[index];
  switch (command.type) {
    case 'next':
      if (black) return { ...state, black: false };
      if (question && !revealed.includes(question)) return { ...state, revealed: [...revealed, question] };
      return { ...state, index: Math.min(index + 1, last) };
    case 'previous':
      if (black) return { ...state, black: false };
      return { ...state, index: Math.max(index - 1, 0) };
    case 'first':
      return { ...state, index: 0, black: false };
    case 'last':
      return { ...state, index: last, black: false };
    case 'goto':
      return { ...state, index: clampSlide(command.slide - 1, shape.total), black: false };
    case 'black':
      return { ...state, black: !black };
    case 'reveal':
      if (!question) return state;
      return { ...state, revealed: revealed.includes(question) ? revealed.filter((id) => id !== question) : [...revealed, question] };
  }
}

/**
 * Keys a presentation clicker sends (and their keyboard twins): they move the deck whatever has focus,
 * so a focused toolbar button is never pressed again by Space in front of the room.
 */
export function isClickerKey(key: string): boolean {
  return ['PageDown', 'PageUp', 'ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', ' ', 'b', 'B', '.'].includes(key);
}

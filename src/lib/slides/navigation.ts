// Deck navigation decided without a page: which slide the address names, which command a key or a
// swipe means. Pure; shared by the deck and the presenter view (browser) and the unit tests.

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

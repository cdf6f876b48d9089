// The state two windows of one deck share (audience and presenter view) and the messages they send each
// other over a BroadcastChannel. Every message is untrusted until parsed here. Pure.
//
// The state is also kept in sessionStorage (key "netral:deck-state:<deck>", the same DeckState JSON) so
// revealed answers, tallies and dilemma steps survive a reload of either window, even when it is alone.
//
// Message shape (version 1):
//   { "app": "netral-deck", "v": 1, "deck": <lesson id>, "from": <window id>, "type": "hello" }
//   { "app": "netral-deck", "v": 1, "deck": <lesson id>, "from": <window id>, "type": "state", "state": DeckState }
// A window that opens says "hello"; every other window of the deck answers with its state; after that,
// each change is sent as the whole (small) state, and the receiver applies it without sending it back.

/** What both windows show: the slide, which answers are revealed, the tallies, the black screen. */
export interface DeckState {
  /** 0-based slide. */
  index: number;
  /** Ids of the questions whose answer is shown. */
  revealed: string[];
  /** Show-of-hands counts per question id, one per option in the slide's order. */
  tallies: Record<string, number[]>;
  /** The audience screen is blacked out. */
  black: boolean;
  /** Branching dilemmas: the dilemma's start anchor → the anchor of the step shown. */
  scenes: Record<string, string>;
}

/** Where a deck's state is kept for reloads (sessionStorage). */
export const STATE_KEY_PREFIX = 'netral:deck-state:';

export type DeckMessage =
  | { type: 'hello'; from: string }
  | { type: 'state'; from: string; state: DeckState };

export const CHANNEL_PREFIX = 'netral-deck:';

/** What the receiving deck accepts: its number of slides and its question ids with their option counts. */
export interface DeckShape {
  total: number;
  /** Question id (or dilemma step anchor) → number of options that can be tallied (0 when none). */
  questions: ReadonlyMap<string, number>;
  /** Dilemma start anchor → the anchors of its steps. */
  scenes?: ReadonlyMap<string, ReadonlySet<string>>;
}

/** A first state: slide `index`, nothing revealed, no tallies. */
export function initialState(index = 0): DeckState {
  return { index, revealed: [], tallies: {}, black: false, scenes: {} };
}

/** The message to post. */
export function deckMessage(deck: string, message: DeckMessage): Record<string, unknown> {
  return { app: 'netral-deck', v: 1, deck, ...message };
}

/** A message from another window of deck `deck`, or null when `raw` is anything else. */
export function parseDeckMessage(raw: unknown, deck: string, shape: DeckShape): DeckMessage | null {
  if (!raw || typeof raw !== 'object') return null;
  const m = raw as Record<string, unknown>;
  if (m['app'] !== 'netral-deck' || m['v'] !== 1 || m['deck'] !== deck) return null;
  const from = m['from'];
  if (typeof from !== 'string' || !/^[\w-]{1,64}$/.test(from)) return null;
  if (m['type'] === 'hello') return { type: 'hello', from };
  if (m['type'] !== 'state') return null;
  const state = parseState(m['state'], shape);
  return state && { type: 'state', from, state };
}

/** A deck state checked against the deck's shape, or null when it does not fit. */
export function parseState(raw: unknown, shape: DeckShape): DeckState | null {
  if (!raw || typeof raw !== 'object') return null;
  const s = raw as Record<string, unknown>;
  const index = s['index'];
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= shape.total) return null;
  if (typeof s['black'] !== 'boolean') return null;
  const revealedRaw = s['revealed'];
  if (!Array.isArray(revealedRaw)) return null;
  const revealed = [...new Set(revealedRaw.filter((id): id is string => typeof id === 'string' && shape.questions.has(id)))];
  const talliesRaw = s['tallies'];
  if (!talliesRaw || typeof talliesRaw !== 'object' || Array.isArray(talliesRaw)) return null;
  const tallies: Record<string, number[]> = {};
  for (const [id, counts] of Object.entries(talliesRaw as Record<string, unknown>)) {
    const options = shape.questions.get(id);
    if (!options || !Array.isArray(counts) || counts.length !== options) continue;
    if (counts.every((c) => typeof c === 'number' && Number.isInteger(c) && c >= 0 && c <= 9999)) tallies[id] = counts as number[];
  }
  const scenes: Record<string, string> = {};
  const scenesRaw = s['scenes'];
  if (scenesRaw && typeof scenesRaw === 'object' && !Array.isArray(scenesRaw)) {
    for (const [start, step] of Object.entries(scenesRaw as Record<string, unknown>)) {
      if (typeof step === 'string' && shape.scenes?.get(start)?.has(step)) scenes[start] = step;
    }
  }
  return { index, revealed, tallies, black: s['black'], scenes };
}

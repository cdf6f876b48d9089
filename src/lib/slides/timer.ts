// The presenter view's session timer and clock text. The timer is kept in localStorage so a reload of
// the presenter window, or a presenter window opened again, keeps counting (one timer per deck or
// session; a timer older than 12 hours is started afresh). Pure; the element does the storage.
//
// Stored shape (key "netral:deck-timer:<deck>", version 1):
//   { "v": 1, "startedAt": <epoch ms>, "pausedAt": <epoch ms> | null }
// Anything else is ignored and a new timer starts.

export const TIMER_KEY = 'netral:deck-timer';

export interface Timer {
  v: 1;
  /** When the session started, shifted forward by the time spent paused. */
  startedAt: number;
  /** When the timer was paused, or null while it runs. */
  pausedAt: number | null;
}

/** A running timer that starts at `now`. */
export function startTimer(now: number): Timer {
  return { v: 1, startedAt: now, pausedAt: null };
}

/** A stored timer, or null when `raw` is not one (never trust what storage returns). */
export function parseTimer(raw: unknown): Timer | null {
  let value: unknown = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return null;
    }
  }
  if (!value || typeof value !== 'object') return null;
  const { v, startedAt, pausedAt } = value as Record<string, unknown>;
  if (v !== 1 || typeof startedAt !== 'number' || !Number.isFinite(startedAt)) return null;
  if (pausedAt !== null && (typeof pausedAt !== 'number' || !Number.isFinite(pausedAt) || pausedAt < startedAt)) return null;
  return { v: 1, startedAt, pausedAt };
}

/** Milliseconds counted so far (never negative). */
export function elapsedMs(timer: Timer, now: number): number {
  return Math.max(0, (timer.pausedAt ?? now) - timer.startedAt);
}

/** The timer paused or running again at `now`. */
export function togglePause(timer: Timer, now: number): Timer {
  if (timer.pausedAt === null) return { ...timer, pausedAt: now };
  return { v: 1, startedAt: timer.startedAt + (now - timer.pausedAt), pausedAt: null };
}

/** Wall-clock time as Indonesians write it: "09.41". */
export function formatClock(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getHours())}.${pad(date.getMinutes())}`;
}

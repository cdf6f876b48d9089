// Indonesian formatting of numbers, dates and durations: the one place pages and elements turn values into
// text, so a score reads the same everywhere. Built on Intl (no hand-written month names). Pure; runs on
// the server and in the browser.
//
// One precision rule: numbers are shown with at most one decimal, with a decimal comma (86,7; 90).
// Calendar dates (content dates, a regulation's date, a revocation's day) are formatted in UTC, the zone
// they are written in, so the server and every browser print the same day. Moments a learner did something
// (an exam finished at 23.10) are shown in the device's time zone, because that is the day and hour the
// learner lived; a learner in WIT finishing at 07.00 would otherwise read the previous day.

const LOCALE = 'id-ID';

/** At most one decimal, decimal comma, Indonesian grouping: 86.66 → "86,7", 1234 → "1.234". */
const numberFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });
/** A calendar date in UTC: "23 November 2026". */
const dateFormat = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeZone: 'UTC' });

/** A number as Indonesians write it, with at most one decimal: 86.66 → "86,7", 90 → "90". `decimals` widens it
 * where two sums that differ by less than 0.1 must not read the same (a request's points against its score). */
export function formatNumber(value: number, decimals = 1): string {
  const format = decimals === 1 ? numberFormat : new Intl.NumberFormat(LOCALE, { maximumFractionDigits: decimals });
  // Intl rounds -0.04 to "-0": a score is never below zero, so show "0".
  const text = format.format(value);
  return text === '-0' ? '0' : text;
}

function toDate(value: Date | string | number): Date {
  return value instanceof Date ? value : new Date(value);
}

/** A calendar date in Indonesian, read in UTC: 2026-11-23 → "23 November 2026". Invalid input gives "". */
export function formatDate(value: Date | string | number): string {
  const date = toDate(value);
  return Number.isNaN(date.getTime()) ? '' : dateFormat.format(date);
}

/**
 * The day a learner did something, in the device's time zone (or `timeZone`): "3 Mei 2026". Invalid input
 * gives "".
 */
export function formatDay(value: Date | string | number, timeZone?: string): string {
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', ...(timeZone ? { timeZone } : {}) }).format(date);
}

/**
 * The day and time a learner did something, in the device's time zone (or `timeZone`):
 * "3 Mei 2026 pukul 15.05". Invalid input gives "".
 */
export function formatMoment(value: Date | string | number, timeZone?: string): string {
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(date);
}

/**
 * A duration as a clock: "4:05", from an hour on "1:02:03". Elapsed time rounds down (a second is shown
 * once it has passed); time left rounds up, so a countdown reads 0:00 only when time is really up.
 */
export function formatDuration(ms: number, round: 'down' | 'up' = 'down'): string {
  const seconds = Math.max(0, ms) / 1000;
  const total = round === 'up' ? Math.ceil(seconds) : Math.floor(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Minutes as hours and minutes: 135 → { hours: 2, minutes: 15 }. */
export function splitMinutes(total: number): { hours: number; minutes: number } {
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}

/** Lesson hours (JP, 45 minutes each) for a number of minutes, rounded up. */
export function minutesToJp(total: number): number {
  return Math.ceil(total / 45);
}

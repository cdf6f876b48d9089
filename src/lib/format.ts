// Indonesian formatting of dates and durations. Pure; runs on the server and in the browser.

const months = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
  'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
];

/** A date written in Indonesian, e.g. "23 November 2026" (calendar date in UTC, as content dates are). */
export function formatDateId(date: Date): string {
  return `${date.getUTCDate()} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** Minutes as hours and minutes: 135 → { hours: 2, minutes: 15 }. */
export function splitMinutes(total: number): { hours: number; minutes: number } {
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}

/** Lesson hours (JP, 45 minutes each) for a number of minutes, rounded up. */
export function minutesToJp(total: number): number {
  return Math.ceil(total / 45);
}

// UI strings for the progress elements, received as JSON in data-strings (see src/i18n/id/progress.ts).
import type progress from '../i18n/id/progress';
import { parseJsonOr } from '../lib/template';

export type ProgressKey = keyof typeof progress;
/** The strings an element received; a missing key reads as an empty string. */
export type ProgressStrings = Readonly<Record<ProgressKey, string>>;

/** Reads a JSON data-* attribute; anything unreadable gives `fallback`. */
export function readJson<T>(element: HTMLElement, name: string, fallback: T): T {
  return parseJsonOr(element.dataset[name], fallback);
}

/** Reads data-strings; missing keys become '' so a stale page never throws. */
export function readProgressStrings(element: HTMLElement): ProgressStrings {
  const parsed = readJson<Record<string, unknown>>(element, 'strings', {});
  return new Proxy(parsed, { get: (target, key) => (typeof target[key as string] === 'string' ? target[key as string] : '') }) as ProgressStrings;
}

export { fill } from './quiz-strings';

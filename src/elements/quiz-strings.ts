// UI strings for the quiz elements, received as JSON in data-strings (see src/i18n/id/quiz.ts).
import type quiz from '../i18n/id/quiz';
import { parseJsonOr } from '../lib/template';

export type StringKey = keyof typeof quiz;
/** The quiz strings an element received; a missing key reads as an empty string. */
export type Strings = Readonly<Record<StringKey, string>>;

/** Reads data-strings; missing keys become '' so a stale page never throws. */
export function readStrings(element: HTMLElement): Strings {
  const parsed = parseJsonOr<Record<string, unknown>>(element.dataset['strings'], {});
  return new Proxy(parsed, { get: (target, key) => (typeof target[key as string] === 'string' ? target[key as string] : '') }) as Strings;
}

/** Replaces {name} placeholders, as t() does on the server. */
export { fillTemplate as fill } from '../lib/template';

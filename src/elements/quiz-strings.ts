// UI strings for the quiz elements, received as JSON in data-strings (see src/i18n/id/quiz.ts).
import type quiz from '../i18n/id/quiz';

export type StringKey = keyof typeof quiz;
/** The quiz strings an element received; a missing key reads as an empty string. */
export type Strings = Readonly<Record<StringKey, string>>;

/** Reads data-strings; missing keys become '' so a stale page never throws. */
export function readStrings(element: HTMLElement): Strings {
  let parsed: Record<string, unknown> = {};
  try {
    parsed = JSON.parse(element.dataset['strings'] ?? '{}') as Record<string, unknown>;
  } catch {
    // Keep the empty set.
  }
  return new Proxy(parsed, { get: (target, key) => (typeof target[key as string] === 'string' ? target[key as string] : '') }) as Strings;
}

/** Replaces {name} placeholders, as t() does on the server. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

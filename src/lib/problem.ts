// Messages as codes. Library code (src/lib) never imports the UI dictionary: it returns a Problem, the
// dictionary key of its sentence and the values of the sentence's placeholders, and the page, the element
// or the command-line script turns it into words with the strings it has. Pure.
import { fillTemplate } from './template';

/** A message as a code, e.g. { kind: 'nip.length', values: { n: 17 } }. */
export interface Problem {
  /** Key of the sentence in src/i18n, e.g. "nip.length". */
  kind: string;
  /** Placeholder values of the sentence. */
  values?: Record<string, string | number>;
  /** Problems whose sentences fill the "{detail}" placeholder, joined by spaces. */
  details?: Problem[];
}

/** Builds a Problem. */
export function problem(kind: string, values?: Record<string, string | number>, details?: Problem[]): Problem {
  return { kind, ...(values && { values }), ...(details && { details }) };
}

/**
 * The sentence of a problem, from `strings` (a key → template map, such as an element's data-strings, or a
 * lookup function such as `(key) => t(key)`). An unknown key gives the key itself, never an empty text.
 */
export function describe(item: Problem, strings: Readonly<Record<string, string>> | ((key: string) => string | undefined)): string {
  const lookup = typeof strings === 'function' ? strings : (key: string) => (Object.hasOwn(strings, key) ? strings[key] : undefined);
  const detail = item.details?.map((inner) => describe(inner, lookup)).join(' ');
  return fillTemplate(lookup(item.kind) ?? item.kind, { ...item.values, ...(detail !== undefined && { detail }) });
}

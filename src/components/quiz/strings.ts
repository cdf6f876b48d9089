// The quiz strings passed to the browser through data-strings. Server only.
import { t, type UiKey } from '../../i18n';
import quiz from '../../i18n/id/quiz';

/** Every string whose key starts with one of `prefixes`, as a JSON object for a data-strings attribute. */
export function quizStrings(...prefixes: string[]): string {
  const keys = (Object.keys(quiz) as UiKey[]).filter((k) => prefixes.some((p) => k.startsWith(p)));
  return JSON.stringify(Object.fromEntries(keys.map((k) => [k, t(k)])));
}

// The progress strings passed to the browser through data-strings. Server only.
import { t } from '../../i18n';
import type progress from '../../i18n/id/progress';

export type ProgressKey = keyof typeof progress;

/** The given progress strings as a JSON object for a data-strings attribute. */
export function progressStrings(...keys: ProgressKey[]): string {
  return JSON.stringify(Object.fromEntries(keys.map((k) => [k, t(k)])));
}

// UI strings, Indonesian. One dictionary per area in ./id/; look them up with t('area.key').
// Runs on the server and in the browser (scripts receive strings through data-* attributes).
import site from './id/site';
import content from './id/content';
import offline from './id/offline';
import slides from './id/slides';
import cert from './id/cert';
import quiz from './id/quiz';
import progress from './id/progress';
import certificate from './id/certificate';
import lms from './id/lms';
import { fillTemplate } from '../lib/template';

const strings = { ...site, ...content, ...offline, ...slides, ...cert, ...quiz, ...progress, ...certificate, ...lms } as const;

export type UiKey = keyof typeof strings;

/** The UI string for `key`, with `{name}` placeholders replaced from `values`. */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  return fillTemplate(strings[key], values);
}

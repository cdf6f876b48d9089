// UI strings, Indonesian. One dictionary per key prefix in ./id/; look them up with t('area.key').
// Runs on the server and in the browser. Browser elements never import this module at run time (it holds
// every string): a component passes the strings an element needs in one data-strings attribute, built by
// stringsAttr(group) from the groups in ./groups.ts, and the element reads them with readStrings<group>()
// from src/elements/kit.ts. Both sides are typed by the same group, so a key the element reads but the
// page does not send is a compile error.
import site from './id/site';
import content from './id/content';
import offline from './id/offline';
import slides from './id/slides';
import cert from './id/cert';
import quiz from './id/quiz';
import exam from './id/exam';
import storage from './id/storage';
import progress from './id/progress';
import certificate from './id/certificate';
import lms from './id/lms';
import session from './id/session';
import contact from './id/contact';
import practice from './id/practice';
import share from './id/share';
import summary from './id/summary';
import resume from './id/resume';
import { fillTemplate } from '../lib/template';
import { stringGroups, type GroupStrings, type StringGroup } from './groups';

const strings = { ...site, ...content, ...offline, ...slides, ...cert, ...quiz, ...exam, ...storage, ...progress, ...certificate, ...lms, ...session, ...contact, ...practice, ...share, ...summary, ...resume } as const;

export type UiKey = keyof typeof strings;

/** Picks keys: "quiz." picks every key starting with it (Starlight's t.all() filtered by prefix), "quiz.true" one key. */
export type Selector = `${string}.` | UiKey;

/** The keys `S` picks. */
export type Selected<S extends string> = S extends `${string}.` ? Extract<UiKey, `${S}${string}`> : Extract<UiKey, S>;

/** The UI string for `key`, with `{name}` placeholders replaced from `values`. */
export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  return fillTemplate(strings[key], values);
}

/** Every string picked by `selectors`, unfilled (placeholders are filled where the string is shown). */
export function pickStrings<const S extends Selector>(...selectors: S[]): Readonly<Record<Selected<S>, string>> {
  const keys = (Object.keys(strings) as UiKey[]).filter((key) =>
    selectors.some((s) => (s.endsWith('.') ? key.startsWith(s) : key === s)),
  );
  return Object.fromEntries(keys.map((key) => [key, strings[key]])) as Record<Selected<S>, string>;
}

/** The strings of one group (see ./groups.ts), always with "site.broken" for the standard broken state. */
export function groupStrings<G extends StringGroup>(group: G): GroupStrings<G> {
  return pickStrings('site.broken', ...(stringGroups[group] as readonly Selector[])) as unknown as GroupStrings<G>;
}

// The dictionary never changes during a build: each group's JSON is made once, not once per element per page
// (at 1,000 lessons that was about 2% of the build's CPU time).
const attrs = new Map<StringGroup, string>();

/** The strings of one group as JSON for an element's data-strings attribute. Server only. */
export function stringsAttr(group: StringGroup): string {
  let attr = attrs.get(group);
  if (attr === undefined) {
    attr = JSON.stringify(groupStrings(group));
    attrs.set(group, attr);
  }
  return attr;
}

// UI strings, Indonesian. One dictionary per key prefix in ./id/; look them up with t('area.key').
// Runs on the server and in the browser. Browser elements never import this module at run time (it holds
// every string): a component passes the strings an element needs in one data-strings attribute, built by
// stringsAttr(group) from the groups in ./groups.ts, and the element reads them with readStrings<group>()
// from src/elements/kit.ts. Both sides are typed by the same group, so a key the element reads but the
// page does not send is a compile error.
import callout from './id/callout';
import cert from './id/cert';
import certainty from './id/certainty';
import certPage from './id/certPage';
import classRecords from './id/class'; // "class" is a reserved word
import contact from './id/contact';
import definition from './id/definition';
import exam from './id/exam';
import glossary from './id/glossary';
import home from './id/home';
import identity from './id/identity';
import identityForm from './id/identityForm';
import journey from './id/journey';
import lesson from './id/lesson';
import lms from './id/lms';
import module from './id/module';
import nav from './id/nav';
import nip from './id/nip';
import notFound from './id/notFound';
import offline from './id/offline';
import practice from './id/practice';
import progress from './id/progress';
import quiz from './id/quiz';
import ref from './id/ref';
import regulations from './id/regulations';
import resume from './id/resume';
import scenario from './id/scenario';
import search from './id/search';
import session from './id/session';
import share from './id/share';
import sign from './id/sign';
import site from './id/site';
import slides from './id/slides';
import source from './id/source';
import status from './id/status';
import storage from './id/storage';
import summary from './id/summary';
import theme from './id/theme';
import trainer from './id/trainer';
import verify from './id/verify';
import { fillTemplate } from '../lib/template';
import { stringGroups, type GroupStrings, type StringGroup } from './groups';

const strings = {
  ...callout,
  ...cert,
  ...certainty,
  ...certPage,
  ...classRecords,
  ...contact,
  ...definition,
  ...exam,
  ...glossary,
  ...home,
  ...identity,
  ...identityForm,
  ...journey,
  ...lesson,
  ...lms,
  ...module,
  ...nav,
  ...nip,
  ...notFound,
  ...offline,
  ...practice,
  ...progress,
  ...quiz,
  ...ref,
  ...regulations,
  ...resume,
  ...scenario,
  ...search,
  ...session,
  ...share,
  ...sign,
  ...site,
  ...slides,
  ...source,
  ...status,
  ...storage,
  ...summary,
  ...theme,
  ...trainer,
  ...verify,
} as const;

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

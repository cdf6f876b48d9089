// The UI strings the built site sends to the browser (no browser needed; reads dist/, which npm test builds
// first). An element gets its sentences only through its data-strings attribute, and that attribute carries
// exactly the group the element reads (src/i18n/groups.ts); an element whose sentences show only after something
// happens gets them from /teks.json, which carries exactly the groups such elements read: no page ships strings
// its elements do not declare, and no script carries the dictionary.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { groupStrings, pickStrings, type Selector } from '../../src/i18n';
import { lateStringGroups, stringGroups, type StringGroup } from '../../src/i18n/groups';
import { allPages, distDir } from './dist';

/** A group's keys, sorted and joined, to compare with what a page sent. */
const keysOf = (strings: object): string => Object.keys(strings).sort().join(' ');
const groupsByKeys = new Map((Object.keys(stringGroups) as StringGroup[]).map((group) => [keysOf(groupStrings(group)), group]));

/** The group each custom element reads from its own data-strings (readStrings<'group'>(this)), by tag. */
function elementGroups(): Map<string, string> {
  const groups = new Map<string, string>();
  for (const file of readdirSync('src/elements').filter((name) => name.endsWith('.ts'))) {
    const code = readFileSync(join('src/elements', file), 'utf8');
    const tag = /customElements\.define\(\s*'([a-z-]+)'/.exec(code)?.[1];
    const group = /readStrings<'(\w+)'>\(this\)/.exec(code)?.[1];
    if (tag && group) groups.set(tag, group);
  }
  return groups;
}

interface Carrier {
  tag: string;
  strings: string;
}

/** Every element of a parsed page with a data-strings attribute (parse5 decodes the attribute's entities). */
function carriers(node: T.Node, found: Carrier[] = []): Carrier[] {
  if ('attrs' in node) {
    const strings = node.attrs.find((attr) => attr.name === 'data-strings');
    if (strings) found.push({ tag: node.tagName, strings: strings.value });
  }
  const children = 'content' in node ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
  for (const child of children) carriers(child, found);
  return found;
}

test('every data-strings attribute carries exactly the string group its element reads', () => {
  const reads = elementGroups();
  const problems = new Set<string>();
  let count = 0;
  for (const page of allPages()) {
    for (const { tag, strings } of carriers(parse(readFileSync(page.file, 'utf8')))) {
      count += 1;
      let keys: string;
      try {
        keys = keysOf(JSON.parse(strings) as object);
      } catch {
        problems.add(`${page.url} <${tag}>: data-strings is not JSON`);
        continue;
      }
      const sent = groupsByKeys.get(keys);
      // A custom element must read its strings with readStrings<group>(this); another carrier (a button, a
      // hidden holder) is read by the script that uses it, and must still send one whole declared group.
      const expected = tag.includes('-') ? reads.get(tag) : sent;
      if (!expected) problems.add(`<${tag}> has data-strings but src/elements/ reads none with readStrings<group>(this)`);
      else if (sent !== expected) problems.add(`${page.url} <${tag}>: sent ${sent ? `group "${sent}"` : `keys ${keys}`}, reads group "${expected}"`);
    }
  }
  expect(count).toBeGreaterThan(100);
  expect([...problems]).toEqual([]);
});

test('/teks.json carries exactly the groups elements read from it, and those elements carry none in their pages', () => {
  const late = new Map<string, string>();
  for (const file of readdirSync('src/elements').filter((name) => name.endsWith('.ts'))) {
    const code = readFileSync(join('src/elements', file), 'utf8');
    const tag = /customElements\.define\(\s*'([a-z-]+)'/.exec(code)?.[1];
    for (const [, group] of code.matchAll(/lateStrings(?:OrNull)?\('(\w+)'\)/g)) if (tag && group) late.set(group, tag);
  }
  expect([...late.keys()].sort()).toEqual([...lateStringGroups].sort());
  const file = JSON.parse(readFileSync(join(distDir, 'teks.json'), 'utf8')) as Record<string, object>;
  expect(Object.keys(file).sort()).toEqual([...lateStringGroups].sort());
  for (const group of lateStringGroups) expect(keysOf(file[group] ?? {}), group).toBe(keysOf(groupStrings(group)));
  // No page sends a late group in data-strings (an element may still read another group there: the home page's
  // journey steps); only the /cari/ page's own search form sends its strings (its results are written at once).
  const lateKeys = new Map<string, Set<string>>();
  for (const [group, tag] of late) {
    const keys = lateKeys.get(tag) ?? new Set<string>();
    for (const key of Object.keys(groupStrings(group as StringGroup))) if (key !== 'site.broken') keys.add(key);
    lateKeys.set(tag, keys);
  }
  const inPages = new Set<string>();
  for (const page of allPages()) {
    for (const { tag, strings } of carriers(parse(readFileSync(page.file, 'utf8')))) {
      const keys = lateKeys.get(tag);
      if (!keys || (tag === 'netral-search' && page.url.endsWith('/cari/'))) continue;
      if (Object.keys(JSON.parse(strings) as object).some((key) => keys.has(key))) inPages.add(`${page.url} <${tag}>`);
    }
  }
  expect([...inPages]).toEqual([]);
});

test('no script of the build carries a sentence of the UI dictionary', () => {
  // Every area, from the dictionary's file names (one file per key prefix, as tests/unit/kit.test.ts asserts).
  const areas = readdirSync('src/i18n/id').map((file) => `${file.replace(/\.ts$/, '')}.` as Selector);
  const dictionary = Object.entries(pickStrings(...areas) as Record<string, string>);
  // Sentences and phrases only: a single word ("pre-test", "glosarium") can be a path or an id in code.
  const sentences = dictionary.filter(([, text]) => /\S\s+\S/.test(text));
  expect(sentences.length).toBeGreaterThan(500);
  const scripts: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      // Pagefind's index and UI are the search engine's, not ours, and hold page text by design.
      if (entry.isDirectory() && entry.name !== 'pagefind') walk(path);
      else if (/\.m?js$/.test(entry.name)) scripts.push(path);
    }
  };
  walk(distDir);
  expect(scripts.length).toBeGreaterThan(10);
  const found = scripts.flatMap((path) => {
    const code = readFileSync(path, 'utf8');
    // As written, or escaped inside a JavaScript string (a sentence with quotation marks).
    return sentences.filter(([, text]) => code.includes(text) || code.includes(JSON.stringify(text).slice(1, -1))).map(([key]) => `${relative(distDir, path)}: ${key}`);
  });
  expect(found).toEqual([]);
});

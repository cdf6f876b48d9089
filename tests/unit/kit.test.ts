// The pure parts of the element kit: the strings pipeline (server side and the browser's reader).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { groupStrings, pickStrings, stringsAttr, t } from '../../src/i18n';
import { stringGroups, type StringGroup } from '../../src/i18n/groups';
import { stringTable, stringTableOf } from '../../src/lib/template';

describe('pickStrings()', () => {
  test('a prefix picks every key of its area and nothing else', () => {
    const picked = pickStrings('exam.');
    const keys = Object.keys(picked);
    expect(keys.length).toBeGreaterThan(10);
    expect(keys.every((key) => key.startsWith('exam.'))).toBe(true);
    expect(picked['exam.passed']).toBe(t('exam.passed'));
  });
  test('a full key picks that key alone', () => {
    expect(Object.keys(pickStrings('progress.tally'))).toEqual(['progress.tally']);
  });
  test('strings keep their placeholders for the element to fill', () => {
    expect(pickStrings('quiz.questionNumber')['quiz.questionNumber']).toContain('{n}');
  });
});

describe('groupStrings()', () => {
  test('every group carries the standard broken-state message', () => {
    for (const group of Object.keys(stringGroups) as (keyof typeof stringGroups)[]) {
      expect(groupStrings(group)['site.broken'], group).toMatch(/tidak dapat dimuat/);
    }
  });
  test('every selector of every group picks at least one string', () => {
    const empty = Object.entries(stringGroups).flatMap(([group, selectors]) =>
      selectors.filter((s) => Object.keys(pickStrings(s as never)).length === 0).map((s) => `${group}: ${s}`),
    );
    expect(empty).toEqual([]);
  });
  test('a lesson-page group carries only the keys it names', () => {
    expect(Object.keys(groupStrings('progressMarks')).sort()).toEqual(['progress.tally', 'site.broken']);
  });
  test('a group carries only keys its element’s code names (the page renders the rest itself)', () => {
    const unread = Object.entries(readers()).flatMap(([group, code]) =>
      Object.keys(groupStrings(group as StringGroup))
        .filter((key) => key !== 'site.broken' && !names(code, key))
        .map((key) => `${group}: ${key}`),
    );
    expect(Object.keys(readers()).length).toBeGreaterThan(20);
    expect(unread).toEqual([]);
  });
});

/** Whether `code` names `key`: as a string literal, or as the fixed start of a template (`nip.${kind}`). */
function names(code: string, key: string): boolean {
  if (code.includes(`'${key}'`) || code.includes(`"${key}"`)) return true;
  return [...code.matchAll(/`([\w.]+)\$\{/g)].some(([, start]) => key.startsWith(start!));
}

/** For each group some element reads (readStrings<'group'>, or lateStrings('group') from /teks.json), the code of those elements and all they import. */
function readers(): Record<string, string> {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
  const code = new Map([...files('src/elements'), ...files('src/lib')].map((file) => [resolve(file), readFileSync(file, 'utf8')]));
  const closure = (file: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(file) || !code.has(file)) return seen;
    seen.add(file);
    for (const [, spec] of code.get(file)!.matchAll(/(?:from|import\()\s*'(\.[^']+)'/g)) {
      const path = resolve(dirname(file), spec!);
      closure(code.has(`${path}.ts`) ? `${path}.ts` : join(path, 'index.ts'), seen);
    }
    return seen;
  };
  const byGroup: Record<string, string> = {};
  for (const [file, text] of code) {
    for (const [, read, late] of text.matchAll(/readStrings(?:With)?<'(\w+)'>|lateStrings(?:OrNull)?\('(\w+)'\)/g)) {
      const group = read ?? late;
      byGroup[group!] = (byGroup[group!] ?? '') + [...closure(file)].map((f) => code.get(f)).join('\n');
    }
  }
  return byGroup;
}

describe('stringTable()', () => {
  test('reads the strings a page sent', () => {
    const table = stringTable<Record<string, string>>(stringsAttr('quiz'));
    expect(table['quiz.correct']).toBe('Benar.');
  });
  test('reads a key the page did not send as an empty string', () => {
    const table = stringTable<Record<string, string>>('{"a":"x"}');
    expect(table['b']).toBe('');
  });
  test('reads an already parsed group (a fetched file) the same way, without text in between', () => {
    const table = stringTableOf<Record<string, string>>({ a: 'x', b: 3 });
    expect([table['a'], table['b'], table['c']]).toEqual(['x', '', '']);
    for (const value of [undefined, null, 'text', [1, 2]]) expect(stringTableOf<Record<string, string>>(value)['a']).toBe('');
  });
  test('survives missing, unreadable or wrongly shaped attributes', () => {
    for (const text of [undefined, null, '', '{', '[1,2]', '"text"', '{"a":3}']) {
      expect(stringTable<Record<string, string>>(text)['a']).toBe('');
    }
  });
  test('does not read inherited properties as strings', () => {
    expect(stringTable<Record<string, string>>('{}')['toString']).toBe('');
  });
});

describe('the dictionary files', () => {
  // One file per key prefix, so a newcomer finds a key's file from its name (and an area's strings are
  // edited in one place).
  const files = import.meta.glob<{ default: Record<string, string> }>('../../src/i18n/id/*.ts', { eager: true });

  test('a file named after an area holds only that area’s keys', () => {
    const strays = Object.entries(files).flatMap(([path, module]) => {
      const area = /([^/]+)\.ts$/.exec(path)?.[1] ?? '';
      return Object.keys(module.default).filter((key) => !key.startsWith(`${area}.`)).map((key) => `${area}.ts: ${key}`);
    });
    expect(Object.keys(files).length).toBeGreaterThan(5);
    expect(strays).toEqual([]);
  });

  test('no key is defined in two files', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [path, module] of Object.entries(files)) {
      for (const key of Object.keys(module.default)) {
        if (seen.has(key)) twice.push(`${key}: ${seen.get(key)} and ${path}`);
        seen.set(key, path);
      }
    }
    expect(twice).toEqual([]);
  });
});

describe('the custom elements', () => {
  const dir = resolve(dirname(new URL(import.meta.url).pathname), '../../src/elements');
  const sources = readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => ({ name, code: readFileSync(join(dir, name), 'utf8') }))
    .filter(({ code }) => code.includes('customElements.define('));

  test('every element is built on the kit (lifecycle cleanup, broken state, data-ready)', () => {
    const classes = sources.flatMap(({ name, code }) => [...code.matchAll(/class (\w+) extends (\w+)/g)].map((m) => `${name}: ${m[1]} extends ${m[2]}`));
    expect(sources.length).toBeGreaterThan(20);
    expect(classes.filter((line) => !line.endsWith('extends KitElement'))).toEqual([]);
  });
});

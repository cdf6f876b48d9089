// Three-way merge of learner records, so two tabs writing the same record at once both keep their
// changes. Pure; runs on the server (tests) and in the browser.
//
// A tab read a record (`base`), changed it (`mine`), and finds that another tab has stored something else
// meanwhile (`theirs`). What this tab changed since `base` is applied on top of `theirs`, per record entry:
// - plain objects merge key by key (a lesson's progress, a question's answer, a knowledge check's result);
// - lists whose items all have a string `id` merge item by item (quiz attempts);
// - anything else, or both tabs changing the same entry: this tab's value wins when it is the newer write
//   (`conflicts`, by default), the other tab's when it is (a check after the fact, see store.ts).
// An entry this tab left alone takes the other tab's value, including its removal.

type Json = unknown;

function isPlainObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIdList(value: Json): value is { id: string }[] {
  return Array.isArray(value) && value.every((item) => isPlainObject(item) && typeof item['id'] === 'string');
}

/** Whether two JSON values are equal (objects compared key by key, regardless of key order). */
export function jsonEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => key in b && jsonEqual(a[key], b[key]));
}

/**
 * `theirs` with the changes this tab made from `base` to `mine` applied (undefined means absent). Both
 * sides' changes survive unless they changed the same entry: then `conflicts` says whose value wins.
 */
export function mergeJson(base: Json, theirs: Json, mine: Json, conflicts: 'mine' | 'theirs' = 'mine'): Json {
  if (jsonEqual(mine, base)) return theirs;
  if (jsonEqual(theirs, base) || jsonEqual(theirs, mine)) return mine;
  if (isPlainObject(theirs) && isPlainObject(mine)) {
    const before = isPlainObject(base) ? base : {};
    const merged: Record<string, Json> = {};
    for (const key of new Set([...Object.keys(theirs), ...Object.keys(mine)])) {
      const value = mergeJson(before[key], theirs[key], mine[key], conflicts);
      if (value !== undefined) merged[key] = value;
    }
    return merged;
  }
  if (isIdList(theirs) && isIdList(mine)) {
    const byId = (list: { id: string }[]) => new Map(list.map((item) => [item.id, item]));
    const before = byId(isIdList(base) ? base : []);
    const theirsById = byId(theirs);
    const mineById = byId(mine);
    const ids = [...new Set([...theirs.map((item) => item.id), ...mine.map((item) => item.id)])];
    return ids.flatMap((id) => {
      const value = mergeJson(before.get(id), theirsById.get(id), mineById.get(id), conflicts);
      return value === undefined ? [] : [value];
    });
  }
  return conflicts === 'mine' ? mine : theirs;
}

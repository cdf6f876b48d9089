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
//
// "Same entry, newer wins" loses a write where an entry holds counts or a sealed whole: two tabs finishing
// the same knowledge check at once would count one try and could keep the lower best score. Such a record
// names its own merge (RecordSpec.merge) built from mergeEntries()/mergeById() below, which hand an entry
// both sides changed to the record's own rule (add the tries, keep the best, a submitted attempt whole).

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

/**
 * How a record combines one entry that both tabs changed: `mine` is the newer write, `base` the entry both
 * started from (undefined: absent, or not known when `baseKnown` is false; then counts must not be added
 * twice: a tab that missed revisions cannot tell what both sides already shared).
 */
export type EntryRule<T> = (base: T | undefined, theirs: T, mine: T, baseKnown: boolean) => T;

/**
 * Merges two versions of a dictionary (lesson id → result, module id → practice...) entry by entry: an
 * entry only one side changed or added takes that side (a removal too); an entry both changed goes to `rule`
 * (told whether `base` is all both share: `shared`, see RecordDef.merge).
 */
export function mergeEntries<T>(base: Readonly<Record<string, T>> | undefined, theirs: Readonly<Record<string, T>>, mine: Readonly<Record<string, T>>, rule: EntryRule<T>, shared = true): Record<string, T> {
  const merged: Record<string, T> = {};
  for (const key of new Set([...Object.keys(theirs), ...Object.keys(mine)])) {
    const [b, t, m] = [base && own(base, key), own(theirs, key), own(mine, key)];
    const known = base !== undefined;
    // Without a known base, an entry on one side only is kept (never treated as removed by the other).
    const value = known && jsonEqual(m, b) ? t : (known && jsonEqual(t, b)) || jsonEqual(t, m) ? m : t === undefined || m === undefined ? (m ?? t) : rule(b, t, m, known && shared);
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/** mergeEntries() for lists of items with an `id` (attempts), in the order the other side has them, then new ones. */
export function mergeById<T extends { id: string }>(base: readonly T[] | undefined, theirs: readonly T[], mine: readonly T[], rule: EntryRule<T>, shared = true): T[] {
  const byId = (list: readonly T[]) => Object.fromEntries(list.map((item) => [item.id, item]));
  const merged = mergeEntries(base && byId(base), byId(theirs), byId(mine), rule, shared);
  const order = [...new Set([...theirs.map((item) => item.id), ...mine.map((item) => item.id)])];
  return order.flatMap((id) => (Object.hasOwn(merged, id) ? [merged[id] as T] : []));
}

function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

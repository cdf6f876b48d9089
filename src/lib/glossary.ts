// Ordering and grouping of glossary terms. Pure.

export interface GlossaryItem {
  id: string;
  term: string;
}

/** Sorts terms alphabetically (Indonesian collation, case-insensitive) and groups them by first letter. */
export function groupByLetter<T extends GlossaryItem>(items: readonly T[]): { letter: string; items: T[] }[] {
  const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });
  const sorted = [...items].sort((a, b) => collator.compare(a.term, b.term));
  const groups = new Map<string, T[]>();
  for (const item of sorted) {
    const first = item.term.trim().charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : '#';
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups].map(([letter, groupItems]) => ({ letter, items: groupItems }));
}

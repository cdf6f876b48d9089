// Search decisions that need no page: synonym expansion of a query, merging the result lists of several
// queries, splitting a glossary or regulations page into one hit per entry, choosing where in a lesson a
// hit should land, and finding the words to highlight. Pure; runs in the browser (<netral-search>) and in
// unit tests. <netral-search> only wires these to Pagefind's search API and the page.

/** A group of words or phrases that mean the same to a learner: ["like", "tanda suka"]. */
export type SynonymGroup = readonly string[];

/** Lower case, accents kept, runs of spaces made one. */
function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern matching `phrase` as whole words (letters and digits on either side break the match). */
function wordPattern(phrase: string): RegExp {
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(phrase)}(?=$|[^\\p{L}\\p{N}])`, 'u');
}

/**
 * The queries to run for what the learner typed: the query itself first, then the query with each synonym
 * it contains replaced by the other members of its group ("like" → "tanda suka"). Pagefind has no synonym
 * list of its own, so the search runs these and merges the results. At most `limit` queries.
 */
export function expandQuery(query: string, groups: readonly SynonymGroup[], limit = 4): string[] {
  const base = normalise(query);
  const queries = [base];
  for (const group of groups) {
    const members = group.map(normalise).filter(Boolean);
    // Longest first, so "tanda suka" is replaced whole before "suka" could be.
    const found = [...members].sort((a, b) => b.length - a.length).find((member) => wordPattern(member).test(base));
    if (!found) continue;
    for (const other of members) {
      if (other === found) continue;
      const variant = base.replace(wordPattern(found), (_match, before: string) => `${before}${other}`);
      if (!queries.includes(variant)) queries.push(variant);
    }
  }
  return queries.filter(Boolean).slice(0, limit);
}

/** A Pagefind result before its data is loaded: what merging needs. */
export interface RankedHit {
  id: string;
  score: number;
}

/**
 * One list from the result lists of several queries: each page once, with its best score, best first.
 * Ties keep the order of the first list that found them (the learner's own words come first).
 */
export function mergeHits<T extends RankedHit>(lists: readonly (readonly T[])[]): T[] {
  const best = new Map<string, { hit: T; order: number }>();
  let order = 0;
  for (const list of lists) {
    for (const hit of list) {
      const seen = best.get(hit.id);
      if (!seen) best.set(hit.id, { hit, order: order++ });
      else if (hit.score > seen.hit.score) best.set(hit.id, { hit, order: seen.order });
    }
  }
  return [...best.values()].sort((a, b) => b.hit.score - a.hit.score || a.order - b.order).map((entry) => entry.hit);
}

/** An element with an id on an indexed page, as Pagefind reports it. */
export interface PageAnchor {
  element: string;
  id: string;
  text?: string;
  /** Word position in `content` where the element starts. */
  location: number;
}

/** What Pagefind loads for one result, as far as these functions need it. */
export interface PageData {
  url: string;
  /** The page's indexed text; split on whitespace, `locations` index into it. */
  content: string;
  /** Word positions of the hits. */
  locations: readonly number[];
  anchors: readonly PageAnchor[];
  sub_results?: readonly { url: string; title: string; locations?: readonly number[]; anchor?: PageAnchor }[];
}

/** A stretch of excerpt text, marked when it is a hit. Rendered as text nodes, never as HTML. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** One entry of a glossary or regulations page that the query hits. */
export interface EntryHit {
  /** The entry's element id (the glossary term's or regulation's id). */
  id: string;
  /** The page address with the entry's anchor. */
  url: string;
  /** Hits inside the entry. */
  hits: number;
  /** Whether the entry's first words (its term or label) are a hit. */
  titleHit: boolean;
  /** Whether the entry's very first word is a hit ("Gratifikasi" rather than "UPG (Unit … Gratifikasi)"). */
  startsWithHit: boolean;
  excerpt: ExcerptPart[];
}

/** `words[from..to)` as excerpt parts, hits (absolute positions in `hits`) marked. */
function excerptParts(words: readonly string[], from: number, to: number, hits: ReadonlySet<number>): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  for (let i = from; i < to; i++) {
    const word = words[i];
    if (word === undefined) break;
    const mark = hits.has(i);
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += ` ${word}`;
    else parts.push({ text: (parts.length ? ' ' : '') + word, mark });
  }
  // Spaces belong outside the marks.
  return parts.flatMap((part) =>
    part.mark && part.text.startsWith(' ') ? [{ text: ' ', mark: false }, { text: part.text.slice(1), mark: true }] : [part],
  );
}

/**
 * Splits a reference page (glossary, regulations) into one hit per entry: the entries are the anchors
 * `isEntry` accepts, each running to the next anchor of any kind. Entries whose term or label is hit come
 * first, then those with more hits; each gets an excerpt of about `excerptWords` words around its first hit.
 */
export function entryHits(data: PageData, isEntry: (anchor: PageAnchor) => boolean, excerptWords = 24): EntryHit[] {
  const words = data.content.split(/\s+/).filter(Boolean);
  const anchors = [...data.anchors].sort((a, b) => a.location - b.location);
  const hits = new Set(data.locations);
  const found: (EntryHit & { order: number })[] = [];
  anchors.forEach((anchor, index) => {
    if (!isEntry(anchor)) return;
    const end = anchors.slice(index + 1).find((next) => next.location > anchor.location)?.location ?? words.length;
    const inside = data.locations.filter((at) => at >= anchor.location && at < end).sort((a, b) => a - b);
    const first = inside[0];
    if (first === undefined) return;
    const from = Math.max(anchor.location, Math.min(first - Math.floor(excerptWords / 3), end - excerptWords));
    const base = data.url.split('#')[0] ?? data.url;
    found.push({
      id: anchor.id,
      url: `${base}#${anchor.id}`,
      hits: inside.length,
      // The first three words hold the term or label ("Gratifikasi (…)", "UU 20/2023 tentang").
      titleHit: inside.some((at) => at < anchor.location + 3),
      startsWithHit: inside[0] === anchor.location,
      excerpt: excerptParts(words, from, Math.min(end, from + excerptWords), hits),
      order: found.length,
    });
  });
  return found
    .sort(
      (a, b) =>
        Number(b.startsWithHit) - Number(a.startsWithHit) || Number(b.titleHit) - Number(a.titleHit) || b.hits - a.hits || a.order - b.order,
    )
    .map(({ order: _order, ...hit }) => hit);
}

/**
 * Where a lesson hit should land: the section (Pagefind sub result) with the most hits, the earlier one on
 * a tie, or the page itself when that is where the hits are. Sections named in `minor` (objectives, sources,
 * recap: lists that repeat the lesson's words) count only when no other part is hit. Returns the address
 * without a highlight parameter.
 */
export function bestSection(data: PageData, minor: ReadonlySet<string> = new Set()): { url: string; title?: string } {
  const subs = data.sub_results ?? [];
  const major = subs.filter((sub) => !sub.anchor || !minor.has(sub.anchor.id));
  let best: (typeof subs)[number] | undefined;
  for (const sub of major.length ? major : subs) if (!best || (sub.locations?.length ?? 0) > (best.locations?.length ?? 0)) best = sub;
  if (!best || !best.anchor) return { url: data.url };
  return { url: best.url, title: best.title };
}

/**
 * The words to highlight on the page a hit opens: the words Pagefind marked in the excerpt (the page's own
 * forms, so "kenetralan" highlights "netralitas"), else the query's words. Lower case, without punctuation,
 * at most `limit`.
 */
export function highlightWords(marked: readonly string[], query: string, limit = 6): string[] {
  const clean = (word: string) => word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const source = marked.length ? marked : query.split(/\s+/);
  const words = source.flatMap((text) => text.split(/\s+/)).map(clean).filter((word) => word.length >= 2);
  return [...new Set(words)].slice(0, limit);
}

/**
 * Where `words` occur in `text` (case-insensitive, whole words or word starts: "gratifikasi" marks
 * "Gratifikasi," and "gratifikasinya"), as [start, end) ranges in order, never overlapping.
 */
export function findRanges(text: string, words: readonly string[]): [number, number][] {
  const wanted = words.map((word) => word.trim()).filter(Boolean);
  if (!wanted.length) return [];
  const alternatives = [...wanted].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})`, 'giu');
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(pattern)) ranges.push([match.index, match.index + match[0].length]);
  return ranges;
}

/** A page of results: the first `shown` of `total`, and how many the next "more" adds. */
export function nextPage(shown: number, total: number, pageSize: number): { from: number; to: number; remaining: number } {
  const from = Math.min(shown, total);
  const to = Math.min(total, from + pageSize);
  return { from, to, remaining: total - to };
}

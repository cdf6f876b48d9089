// Citations by the kind of source that actually says the thing: a regulation (with its article), a court
// ruling, an official guidance or statement, or an official data release. Normalises the content shape,
// checks a citation against the library, and picks the badge. Pure: no Astro, no dictionary (it returns
// codes that pages turn into words). Used by the build (src/data/) and by the content tests.
import type { Certainty } from '../schemas/common';

/** Kinds of citation, in the order the library lists them. */
export const citationKinds = ['regulation', 'ruling', 'guidance', 'data'] as const;
export type CitationKind = (typeof citationKinds)[number];

/** A citation as the engine and pages use it. */
export interface CitationRef {
  kind: CitationKind;
  /** Id of the library entry (content/regulations/ or content/sources/). */
  source: string;
  /** Article, for a regulation or ruling. */
  article?: string | undefined;
}

/** What a citation check needs to know about one library entry. */
export interface LibraryEntry {
  id: string;
  /** The kind of citation that may point to it. */
  kind: CitationKind;
  /** For a regulation: in force, amended, revoked or over. */
  status?: 'berlaku' | 'diubah' | 'dicabut' | 'selesai' | undefined;
  /** How well the brief supports the entry as a whole. */
  certainty: Certainty;
  /** Articles the brief does not verify. */
  caveats: readonly { article: string; certainty: Certainty }[];
}

type Id = string | { id: string };
const idOf = (value: Id): string => (typeof value === 'string' ? value : value.id);

/** The content shape ({ regulation }, { ruling }, { guidance } or { data }) as a CitationRef. */
export function normalizeCitation(raw: { regulation: Id; article?: string | undefined } | { ruling: Id; article?: string | undefined } | { guidance: Id } | { data: Id }): CitationRef {
  if ('regulation' in raw) return { kind: 'regulation', source: idOf(raw.regulation), article: raw.article };
  if ('ruling' in raw) return { kind: 'ruling', source: idOf(raw.ruling), article: raw.article };
  if ('guidance' in raw) return { kind: 'guidance', source: idOf(raw.guidance) };
  return { kind: 'data', source: idOf(raw.data) };
}

/** Kinds of source that can support a rule (a verdict, a "wajib" or "dilarang"): all but a data release. */
export function supportsRule(kind: CitationKind): boolean {
  return kind !== 'data';
}

/** The library kind of a regulation entry: a court ruling is cited as `ruling`, everything else as `regulation`. */
export function regulationCitationKind(kind: string): CitationKind {
  return kind === 'Putusan MK' ? 'ruling' : 'regulation';
}

export interface CitationUse {
  /** The citation backs a rule (a verdict or a scenario ending), so a data release will not do. */
  rule: boolean;
  /** The citation backs a graded answer, so it must be in force and verified. */
  graded: boolean;
}

/**
 * Problems with one citation, as Indonesian sentences (empty when sound). `contentDir` is the content
 * directory the build reads (NETRAL_CONTENT_DIR, src/data/content-dir.ts), named where a source is missing.
 */
export function citationProblems(citation: CitationRef, library: ReadonlyMap<string, LibraryEntry>, use: CitationUse, contentDir = 'content'): string[] {
  const entry = library.get(citation.source);
  const name = `${citation.kind} "${citation.source}"`;
  if (!entry) return [`${name}: sumber tidak ada di ${contentDir}/regulations/ atau ${contentDir}/sources/`];
  const problems: string[] = [];
  if (entry.kind !== citation.kind)
    problems.push(`${name}: sumber ini berjenis ${entry.kind}; tulis kutipannya sebagai "${entry.kind}: ${entry.id}"`);
  if (use.rule && !supportsRule(entry.kind))
    problems.push(`${name}: rilis data tidak dapat menjadi dasar aturan; kutip regulasi, putusan, atau panduan resmi`);
  if (use.graded) {
    if (entry.status === 'dicabut' || entry.status === 'selesai')
      problems.push(`${name}: sudah tidak berlaku (${entry.status}); kutip aturan yang berlaku`);
    if (entry.certainty !== 'verified')
      problems.push(`${name}: sumber bertanda ${entry.certainty}; fakta ini tidak boleh menjadi dasar soal bernilai`);
    const caveat = citation.article && entry.caveats.find((c) => c.article === citation.article);
    if (caveat) problems.push(`${name} ${citation.article}: pasal bertanda ${caveat.certainty}; jangan dijadikan dasar soal bernilai`);
  }
  return problems;
}

const monthYear = new Intl.DateTimeFormat('id-ID', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const fullDate = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone: 'UTC' });

/** A source's date as precise as it was written: "2023" → "2023", "2023-11" → "November 2023", "2023-11-08" → "8 November 2023". */
export function formatPartialDate(value: string): string {
  const [year, month, day] = value.split('-').map(Number);
  if (!year) return value;
  if (!month) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  return day ? fullDate.format(date) : monthYear.format(date);
}

/** Short label of a guidance or data source: "BKN, Penjelasan pose foto ASN (November 2023)". */
export function sourceLabel(s: { institution: string; title: string; date: string }): string {
  return `${s.institution}, ${s.title} (${formatPartialDate(s.date)})`;
}

/**
 * The visible text of a reference: the author's own words when given (they are the whole text, and name
 * the article themselves), otherwise the short label followed by the article.
 */
export function referenceText(label: string, article: string | undefined, own: string | undefined): string {
  const words = own?.replace(/\s+/g, ' ').trim();
  if (words) return words;
  return article ? `${label} ${article}` : label;
}

/**
 * The article named twice in a reference's visible text (with the words just before it), e.g. "Pasal 10"
 * in "Pasal 10 UU 20/2023 Pasal 10"; undefined when none is repeated.
 */
export function repeatedArticle(text: string): string | undefined {
  const seen = new Set<string>();
  for (const match of text.matchAll(/\bPasal\s+(\d+[A-Z]?)\b/g)) {
    const key = match[1]!;
    if (seen.has(key)) return `Pasal ${key}`;
    seen.add(key);
  }
  return undefined;
}

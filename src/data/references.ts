// Lookups of glossary terms and regulations by id, failing the build with a clear message on a bad id.
import { getCollection, type CollectionEntry } from 'astro:content';
import { regulationCitationKind, sourceLabel, type CitationKind, type CitationRef, type LibraryEntry } from '../lib/citations';
import { regulationLabel } from '../lib/regulations';
import { contentPath } from './content-dir';

export type RegulationEntry = CollectionEntry<'regulations'>;
export type SourceEntry = CollectionEntry<'sources'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;

let regulations: Promise<Map<string, RegulationEntry>> | undefined;
let sources: Promise<Map<string, SourceEntry>> | undefined;
let library: Promise<Map<string, CitableEntry>> | undefined;
let glossary: Promise<Map<string, GlossaryEntry>> | undefined;

/** A library entry of any kind, ready to cite: its kind, short label, link and status. */
export interface CitableEntry extends LibraryEntry {
  /** Short label: "PP 94/2021", "BKN, Penjelasan ... (November 2023)". */
  label: string;
  /** Link into the library, after the base: "regulasi/#pp-94-2021". */
  path: string;
}

/** All non-regulation sources (guidance, statements, data releases) by id. */
export function getSourceMap(): Promise<Map<string, SourceEntry>> {
  sources ??= getCollection('sources').then((all) => new Map(all.map((s) => [s.id, s])));
  return sources;
}

/**
 * Every citable entry (regulations, rulings, guidance, data) by id. Fails the build when a regulation and
 * a source share an id, since a citation could not tell them apart.
 */
export function getLibrary(): Promise<Map<string, CitableEntry>> {
  library ??= Promise.all([getRegulationMap(), getSourceMap()]).then(([regs, srcs]) => {
    const all = new Map<string, CitableEntry>();
    for (const r of regs.values())
      all.set(r.id, {
        id: r.id,
        kind: regulationCitationKind(r.data.kind),
        status: r.data.status,
        certainty: 'verified',
        caveats: r.data.caveats,
        label: labelOf(r),
        path: `regulasi/#${r.id}`,
      });
    for (const s of srcs.values()) {
      if (all.has(s.id)) throw new Error(`${contentPath(`sources/${s.id}.yaml`)}: id "${s.id}" sudah dipakai di ${contentPath('regulations/')}`);
      all.set(s.id, { id: s.id, kind: s.data.kind, certainty: s.data.certainty, caveats: [], label: sourceLabel(s.data), path: `regulasi/#${s.id}` });
    }
    return all;
  });
  return library;
}

/** The citable entry with `id`; `where` names the file for the error message. */
export async function requireCitable(id: string, where: string): Promise<CitableEntry> {
  const found = (await getLibrary()).get(id);
  if (!found) throw new Error(`${where}: sumber "${id}" tidak ada di ${contentPath('regulations/')} atau ${contentPath('sources/')}`);
  return found;
}

/** How a citation is shown: its kind (for the badge), label with article, and link after the base. */
export async function citationView(citation: CitationRef, where: string): Promise<{ kind: CitationKind; label: string; path: string }> {
  const entry = await requireCitable(citation.source, where);
  return { kind: citation.kind, label: [entry.label, citation.article].filter(Boolean).join(' '), path: entry.path };
}

/** All regulations by id. */
export function getRegulationMap(): Promise<Map<string, RegulationEntry>> {
  regulations ??= getCollection('regulations').then((all) => new Map(all.map((r) => [r.id, r])));
  return regulations;
}

/** All glossary terms by id. */
export function getGlossaryMap(): Promise<Map<string, GlossaryEntry>> {
  glossary ??= getCollection('glossary').then((all) => new Map(all.map((g) => [g.id, g])));
  return glossary;
}

/** The regulation with `id`; `where` names the file for the error message. */
export async function requireRegulation(id: string, where: string): Promise<RegulationEntry> {
  const found = (await getRegulationMap()).get(id);
  if (!found) throw new Error(`${where}: regulasi "${id}" tidak ada di ${contentPath('regulations/')}`);
  return found;
}

/** The glossary term with `id`; `where` names the file for the error message. */
export async function requireTerm(id: string, where: string): Promise<GlossaryEntry> {
  const found = (await getGlossaryMap()).get(id);
  if (!found) throw new Error(`${where}: istilah glosarium "${id}" tidak ada di ${contentPath('glossary/')}`);
  return found;
}

/** Short label of a regulation entry, e.g. "PP 94/2021". */
export function labelOf(entry: RegulationEntry): string {
  return regulationLabel({ id: entry.id, ...entry.data });
}

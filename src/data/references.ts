// Lookups of glossary terms and regulations by id, failing the build with a clear message on a bad id.
import { getCollection, type CollectionEntry } from 'astro:content';
import { regulationLabel } from '../lib/regulations';

export type RegulationEntry = CollectionEntry<'regulations'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;

let regulations: Promise<Map<string, RegulationEntry>> | undefined;
let glossary: Promise<Map<string, GlossaryEntry>> | undefined;

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
  if (!found) throw new Error(`${where}: regulasi "${id}" tidak ada di content/regulations/`);
  return found;
}

/** The glossary term with `id`; `where` names the file for the error message. */
export async function requireTerm(id: string, where: string): Promise<GlossaryEntry> {
  const found = (await getGlossaryMap()).get(id);
  if (!found) throw new Error(`${where}: istilah glosarium "${id}" tidak ada di content/glossary/`);
  return found;
}

/** Short label of a regulation entry, e.g. "PP 94/2021". */
export function labelOf(entry: RegulationEntry): string {
  return regulationLabel({ id: entry.id, ...entry.data });
}

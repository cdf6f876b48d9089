// Build-time data for search and in-place definitions: search synonyms, every glossary term and
// regulation as a short entry (title, summary, address), and the lesson ids the guided path counts. Server only; served as one JSON file that
// <netral-search> and <netral-definition> fetch when first needed, so no page carries it.
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { contentPath } from './content-dir';
import { getProgressOutline } from './progress';
import { labelOf } from './references';
import type { OutlineModule } from '../lib/progress';
import { parseSynonyms } from '../schemas/synonyms';
import { t } from '../i18n';

/** The synonym file's path, relative to the project root. */
export const synonymsFile = contentPath('search-synonyms.yaml');

/** One glossary term or regulation as a popover or a search hit shows it. */
export interface ReferenceEntry {
  /** "APK (Alat Peraga Kampanye)", "UU 20/2023 tentang Aparatur Sipil Negara". */
  title: string;
  /** The definition, or the regulation's rules used in the course. */
  summary: string[];
  /** Status of a regulation that is no longer simply in force (code and word, "dicabut"/"Dicabut"), else absent. */
  status?: { code: string; label: string };
  /** The entry's address on its reference page. */
  href: string;
}

/** What the JSON file holds. */
export interface SearchData {
  synonyms: string[][];
  /** Every module's lessons, as far as the completion rule needs them (ids, which have a check). */
  outline: OutlineModule[];
  glossary: Record<string, ReferenceEntry>;
  regulations: Record<string, ReferenceEntry>;
}

/** Synonyms, glossary and regulations for the browser. */
export async function getSearchData(): Promise<SearchData> {
  const base = import.meta.env.BASE_URL;
  const synonyms = parseSynonyms(readFileSync(synonymsFile, 'utf8'), synonymsFile);
  const glossary = await getCollection('glossary');
  const regulations = await getCollection('regulations');
  const outline = (await getProgressOutline()).map((m) => ({
    id: m.id,
    title: '',
    href: '',
    lessons: m.lessons.map((l) => ({ id: l.id, title: '', href: '', hasCheck: l.hasCheck })),
  }));
  return {
    synonyms,
    outline,
    glossary: Object.fromEntries(
      glossary.map((entry) => [
        entry.id,
        {
          title: entry.data.expansion ? `${entry.data.term} (${entry.data.expansion})` : entry.data.term,
          summary: [entry.data.definition],
          href: `${base}glosarium/#${entry.id}`,
        },
      ]),
    ),
    regulations: Object.fromEntries(
      regulations.map((entry) => [
        entry.id,
        {
          title: `${labelOf(entry)} tentang ${entry.data.title}`,
          summary: entry.data.rules,
          ...(entry.data.status !== 'berlaku' && { status: { code: entry.data.status, label: t(`status.${entry.data.status}`) } }),
          href: `${base}regulasi/#${entry.id}`,
        },
      ]),
    ),
  };
}

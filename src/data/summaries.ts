// Each module's one-page summary (content/summaries/<module>.yaml) ready for its page: items with the
// citation's label and link. Checks what the schema cannot: one summary per module, and every citation in
// force and verified, as for a graded question. A failed check fails the build naming file and item.
// Server only.
import { getCollection } from 'astro:content';
import { citationProblems, normalizeCitation } from '../lib/citations';
import { contentDir, contentPath } from './content-dir';
import { getLibrary, citationView } from './references';

export interface SummaryItem {
  text: string;
  citation: { label: string; href: string };
}

export interface ModuleSummary {
  module: string;
  style: 'boleh-tidak' | 'lakukan-hindari';
  do: SummaryItem[];
  dont: SummaryItem[];
}

let cached: Promise<Map<string, ModuleSummary>> | undefined;

/** Every summary by module id, validated across collections. */
export function getSummaries(): Promise<Map<string, ModuleSummary>> {
  cached ??= loadSummaries();
  return cached;
}

async function loadSummaries(): Promise<Map<string, ModuleSummary>> {
  const base = import.meta.env.BASE_URL;
  const [entries, library] = await Promise.all([getCollection('summaries'), getLibrary()]);
  const problems: string[] = [];
  const out = new Map<string, ModuleSummary>();
  for (const entry of entries.sort((a, b) => a.id.localeCompare(b.id))) {
    const file = contentPath(`summaries/${entry.id}.yaml`);
    const module = entry.data.module.id;
    if (out.has(module)) problems.push(`${file}: modul "${module}" sudah punya ringkasan`);
    const items = async (list: typeof entry.data.do, side: 'do' | 'dont') =>
      Promise.all(
        list.map(async (item, index) => {
          const where = `${file}, ${side}[${index}]`;
          const citation = normalizeCitation(item.citation);
          for (const p of citationProblems(citation, library, { rule: true, graded: true }, contentDir)) problems.push(`${where}: citation ${p}`);
          const view = await citationView(citation, where);
          return { text: item.text, citation: { label: view.label, href: `${base}${view.path}` } };
        }),
      );
    out.set(module, { module, style: entry.data.style, do: await items(entry.data.do, 'do'), dont: await items(entry.data.dont, 'dont') });
  }
  if (problems.length) throw new Error(`Ringkasan modul tidak valid:\n  ${problems.join('\n  ')}`);
  return out;
}

/** A module's summary; fails the build when the module has none. */
export async function requireSummary(moduleId: string): Promise<ModuleSummary> {
  const found = (await getSummaries()).get(moduleId);
  if (!found) throw new Error(`${contentPath('summaries/')}: modul "${moduleId}" belum punya ringkasan (${contentPath(`summaries/${moduleId}.yaml`)})`);
  return found;
}

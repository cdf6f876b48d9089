// Cross-collection checks that a schema alone cannot make. Astro only logs a broken reference() and
// builds on, so every reference field is checked here, as is every <Term>, <Ref>, <Quiz> and <Scenario>
// in a lesson. Failing fails the build with file, line or field. Server only.
import { getCollection } from 'astro:content';
import { citationProblems, normalizeCitation } from '../lib/citations';
import { repeatedArticleProblems } from '../lib/content-checks';
import { findMdxReferences } from '../lib/mdx-references';
import { contentDir, contentPath } from './content-dir';
import { getBanks } from './questions';
import { getGlossaryMap, getLibrary, getRegulationMap } from './references';

/** Throws one error listing every broken reference in the content. */
export async function validateContent(): Promise<void> {
  const [modules, lessons, terms, regulations, scenarios, questionBanks, library] = await Promise.all([
    getCollection('modules'),
    getCollection('lessons', (l) => !l.data.draft),
    getGlossaryMap(),
    getRegulationMap(),
    getCollection('scenarios'),
    getCollection('questions'),
    getLibrary(),
  ]);
  const moduleIds = new Set(modules.map((m) => m.id));
  const scenarioIds = new Set(scenarios.map((s) => s.id));
  const problems: string[] = [];
  const check = (exists: boolean, file: string | undefined, field: string, id: string, where: string) => {
    if (!exists) problems.push(`${file}: ${field} "${id}" tidak ada di ${where}`);
  };
  for (const lesson of lessons) {
    check(moduleIds.has(lesson.data.module.id), lesson.filePath, 'module', lesson.data.module.id, contentPath('modules/'));
    for (const source of lesson.data.sources) check(regulations.has(source.id), lesson.filePath, 'sources', source.id, contentPath('regulations/'));
  }
  for (const term of terms.values())
    for (const related of term.data.related) check(terms.has(related.id), term.filePath, 'related', related.id, contentPath('glossary/'));
  for (const regulation of regulations.values()) {
    const next = regulation.data.replacedBy?.id;
    if (next) check(regulations.has(next), regulation.filePath, 'replacedBy', next, contentPath('regulations/'));
  }
  for (const bank of questionBanks) check(moduleIds.has(bank.data.module.id), bank.filePath, 'module', bank.data.module.id, contentPath('modules/'));
  for (const scenario of scenarios) {
    check(moduleIds.has(scenario.data.module.id), scenario.filePath, 'module', scenario.data.module.id, contentPath('modules/'));
    for (const node of scenario.data.nodes) {
      if (!node.ending) continue;
      // An ending is a verdict on an act, so its source must be able to support a rule; it is not graded.
      for (const p of citationProblems(normalizeCitation(node.ending.citation), library, { rule: true, graded: false }, contentDir))
        problems.push(`${scenario.filePath}: nodes.${node.id}.ending.citation ${p}`);
    }
  }
  if (problems.length) throw new Error(`Rujukan konten tidak valid:\n  ${problems.join('\n  ')}`);
  // Banks are checked (unique ids, citations in force) only once every reference exists.
  const banks = await getBanks();
  for (const lesson of lessons) {
    const file = lesson.filePath ?? contentPath(`lessons/${lesson.id}.mdx`);
    for (const ref of findMdxReferences(lesson.body ?? '')) {
      const at = `${file}:${ref.line}`;
      if (ref.kind === 'term' && !terms.has(ref.id)) problems.push(`${at}: <Term id="${ref.id}"> — istilah tidak ada di ${contentPath('glossary/')}`);
      if (ref.kind === 'regulation' && !library.has(ref.id)) problems.push(`${at}: <Ref id="${ref.id}"> — sumber tidak ada di ${contentPath('regulations/')} atau ${contentPath('sources/')}`);
      if (ref.kind === 'scenario' && !scenarioIds.has(ref.id)) problems.push(`${at}: <Scenario id="${ref.id}"> — skenario tidak ada di ${contentPath('scenarios/')}`);
      if (ref.kind === 'bank') {
        const bank = banks.get(ref.id);
        if (!bank) problems.push(`${at}: <Quiz bank="${ref.id}"> — bank soal tidak ada di ${contentPath('questions/')}`);
        else if (bank.questions.length < (ref.count ?? 5))
          problems.push(`${at}: <Quiz bank="${ref.id}" count={${ref.count}}> — bank hanya berisi ${bank.questions.length} soal`);
      }
    }
    for (const p of repeatedArticleProblems(lesson.body ?? '')) problems.push(`${file}: ${p}`);
  }
  if (problems.length) throw new Error(`Rujukan konten tidak valid:\n  ${problems.join('\n  ')}`);
}

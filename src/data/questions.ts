// Question banks as plain engine questions, with the checks a schema cannot make alone: ids unique across
// banks and citations to regulations that are in force. A failed check fails the build naming the file
// and the question. Server only.
import { getCollection } from 'astro:content';
import { citationProblems, normalizeCitation } from '../lib/citations';
import { overusedCases, questionProblems, verdictBalanceProblem } from '../lib/content-checks';
import type { Question } from '../lib/quiz/types';
import { contentDir, contentPath } from './content-dir';
import { getLibrary } from './references';

export interface BankData {
  id: string;
  module: string;
  lesson?: string | undefined;
  questions: Question[];
}

let cached: Promise<Map<string, BankData>> | undefined;

/** Every bank by id, validated across collections. */
export function getBanks(): Promise<Map<string, BankData>> {
  cached ??= loadBanks();
  return cached;
}

async function loadBanks(): Promise<Map<string, BankData>> {
  const [entries, library] = await Promise.all([getCollection('questions'), getLibrary()]);
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const banks = new Map<string, BankData>();
  for (const entry of entries.sort((a, b) => a.id.localeCompare(b.id))) {
    const file = contentPath(`questions/${entry.id}.yaml`);
    const module = entry.data.module.id;
    const questions = entry.data.questions.map((q) => {
      const where = `${file}, soal "${q.id}"`;
      const other = seen.get(q.id);
      if (other) throw new Error(`${where}: id soal sudah dipakai di ${other}`);
      seen.set(q.id, file);
      const citation = normalizeCitation(q.citation);
      const question = { ...q, module, citation } as Question;
      for (const p of citationProblems(citation, library, { rule: q.type === 'scenario', graded: true }, contentDir)) problems.push(`${where}: citation ${p}`);
      for (const p of questionProblems(question)) problems.push(`${where}: ${p}`);
      return question;
    });
    banks.set(entry.id, { id: entry.id, module, lesson: entry.data.lesson, questions });
  }
  // Course-wide: guessing "melanggar" must not pass, and one draw should not meet a case twice.
  const all = [...banks.values()].flatMap((b) => b.questions);
  const balance = verdictBalanceProblem(all);
  if (balance) problems.push(`${contentPath('questions/')}: ${balance}`);
  for (const c of overusedCases(all)) problems.push(`${contentPath('questions/')}: case "${c.case}" dipakai ${c.questions.length} soal (${c.questions.join(', ')}); maksimal dua`);
  if (problems.length) throw new Error(`Soal tidak valid:\n  ${problems.join('\n  ')}`);
  return banks;
}

/** One bank; `where` names the caller for the error message. */
export async function requireBank(id: string, where: string): Promise<BankData> {
  const bank = (await getBanks()).get(id);
  if (!bank) throw new Error(`${where}: bank soal "${id}" tidak ada di ${contentPath('questions/')}`);
  return bank;
}

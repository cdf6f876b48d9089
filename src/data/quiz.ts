// Server-side preparation of quizzes: what each question reveals after answering (with citation label and
// link), and the question pool of a pre-test or post-test. Server only.
import { checkMix } from '../lib/quiz/draw';
import { keyOf } from '../lib/quiz/key';
import { findMdxReferences } from '../lib/mdx-references';
import { encodeBlob, type Reveal as RevealData } from '../lib/quiz/reveal';
import type { Question } from '../lib/quiz/types';
import { getLessonsInOrder } from './course';
import { t } from '../i18n';
import { getBanks, requireBank } from './questions';
import { citationView } from './references';

/** The reveal data of each question, by question id. */
export async function revealsOf(questions: readonly Question[]): Promise<Record<string, RevealData>> {
  const base = import.meta.env.BASE_URL;
  const out: Record<string, RevealData> = {};
  for (const q of questions) {
    const view = await citationView(q.citation, `soal "${q.id}"`);
    const feedback: Record<string, string> = {};
    if ('options' in q) for (const o of q.options) if (o.feedback) feedback[o.id] = o.feedback;
    out[q.id] = {
      key: keyOf(q),
      module: q.module,
      explanation: q.explanation,
      feedback,
      citation: { label: view.label, href: `${base}${view.path}`, kind: view.kind, badge: t(`source.badge.${view.kind}`) },
    };
  }
  return out;
}

/**
 * Every question of the modules in `mix`, the pool a pre-test or post-test draws from. Fails the build,
 * naming the setting, when a module has fewer questions than the mix asks for.
 */
export async function examPool(mix: Readonly<Record<string, number>>, setting: string): Promise<Question[]> {
  const questions = [...(await getBanks()).values()].flatMap((bank) => bank.questions);
  const problems = checkMix(questions, mix);
  if (problems.length) throw new Error(`src/site.config.ts, ${setting}:\n  - ${problems.join('\n  - ')}`);
  return questions.filter((q) => q.module in mix);
}

/** Path (after the base) of the question pool the pre-test and post-test share: "kuis/tes/soal.json". */
export const EXAM_POOL_PATH = 'kuis/tes/soal.json';

/**
 * The pool the pre-test and post-test share: every question of the modules in either mix, each once (each
 * test draws only from its own modules). Fails the build as examPool() does.
 */
export async function sharedExamPool(mixes: readonly { mix: Readonly<Record<string, number>>; setting: string }[]): Promise<Question[]> {
  const byId = new Map<string, Question>();
  for (const { mix, setting } of mixes) for (const q of await examPool(mix, setting)) byId.set(q.id, q);
  return [...byId.values()];
}

/** The questions a lesson's knowledge check `<Quiz bank count>` asks: the first `count` of its bank. */
export async function checkQuestions(bankId: string, count: number, where: string): Promise<Question[]> {
  const bank = await requireBank(bankId, where);
  if (bank.questions.length < count) throw new Error(`${where}: bank hanya berisi ${bank.questions.length} soal`);
  return bank.questions.slice(0, count);
}

/** Path (after the base) of the file holding a knowledge check's answers: "kuis/<bank>.json". */
export function checkRevealsPath(bankId: string): string {
  return `kuis/${bankId}.json`;
}

/**
 * Every knowledge check the lessons ask for, with the encoded answers each needs: the content of the
 * files at checkRevealsPath(). A bank used by two lessons with different counts serves the larger one.
 */
export async function checkRevealFiles(): Promise<{ bank: string; blob: string }[]> {
  const counts = new Map<string, number>();
  for (const lesson of await getLessonsInOrder()) {
    for (const ref of findMdxReferences(lesson.entry.body ?? '')) {
      if (ref.kind === 'bank') counts.set(ref.id, Math.max(counts.get(ref.id) ?? 0, ref.count ?? 5));
    }
  }
  const files = [];
  for (const [bank, count] of counts) {
    const questions = await checkQuestions(bank, count, `<Quiz bank="${bank}" count={${count}}>`);
    files.push({ bank, blob: encodeBlob(await revealsOf(questions)) });
  }
  return files;
}

// Server-side preparation of quizzes: what each question reveals after answering (with citation label and
// link), and the question pool of a pre-test or post-test. Server only.
import { checkMix } from '../lib/quiz/draw';
import { keyOf } from '../lib/quiz/key';
import type { Reveal } from '../lib/quiz/reveal';
import type { Question } from '../lib/quiz/types';
import { getBanks } from './questions';
import { getRegulationMap, labelOf } from './references';

/** The reveal data of each question, by question id. */
export async function revealsOf(questions: readonly Question[]): Promise<Record<string, Reveal>> {
  const regulations = await getRegulationMap();
  const base = import.meta.env.BASE_URL;
  const out: Record<string, Reveal> = {};
  for (const q of questions) {
    const regulation = regulations.get(q.citation.regulation);
    if (!regulation) throw new Error(`soal "${q.id}": regulasi "${q.citation.regulation}" tidak dikenal`);
    const feedback: Record<string, string> = {};
    if ('options' in q) for (const o of q.options) if (o.feedback) feedback[o.id] = o.feedback;
    out[q.id] = {
      key: keyOf(q),
      module: q.module,
      explanation: q.explanation,
      feedback,
      citation: {
        label: [labelOf(regulation), q.citation.article].filter(Boolean).join(' '),
        href: `${base}regulasi/#${regulation.id}`,
      },
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

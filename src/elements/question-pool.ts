// Fetches the question pool the pre-test, post-test and module practice share (/kuis/tes/soal.json,
// src/data/pages/exam.ts), cached for offline use like a knowledge check's answers: the questions' markup as
// a template to clone from, and every question's reveal (module, key, feedback).
import type { PoolFile } from '../data/pages/exam';
import { decodeBlob, type Reveal } from '../lib/quiz/reveal';

export interface QuestionPool {
  /** The questions' markup, one `[data-question]` element each, to clone. */
  questions: HTMLTemplateElement;
  /** Each question's reveal, by question id. */
  reveals: Record<string, Reveal>;
  /** The strings <netral-exam> writes (not in the test pages; see PoolFile), as sent. */
  strings: unknown;
}

/** Fetches and decodes the pool at `url`; throws on a failed request (the element shows its broken state). */
export async function fetchQuestionPool(url: string, signal: AbortSignal): Promise<QuestionPool> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const file = (await response.json()) as PoolFile;
  const questions = document.createElement('template');
  // Our own build's markup, from our own origin (the same HTML a page would otherwise carry).
  questions.innerHTML = file.html;
  return { questions, reveals: decodeBlob(file.reveals) as Record<string, Reveal>, strings: file.strings };
}

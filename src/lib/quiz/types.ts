// Plain question types used by the quiz engine, free of Astro's content types. Shared by server and browser.

import type { CitationRef } from '../citations';

/** Where an answer comes from: kind of source, its library id and, for a regulation, the article. */
export type Citation = CitationRef;

export interface Option {
  id: string;
  text: string;
  feedback?: string | undefined;
}

interface Base {
  id: string;
  /** Module id: the topic used by the pre-/post-test mix. */
  module: string;
  prompt: string;
  explanation: string;
  citation: Citation;
}

export type Question =
  | (Base & { type: 'single'; options: Option[]; answer: string })
  | (Base & { type: 'multiple'; options: Option[]; answer: string[] })
  | (Base & { type: 'truefalse'; answer: boolean })
  | (Base & { type: 'scenario'; verdict: 'melanggar' | 'tidak-melanggar'; options: Option[]; answer: string })
  | (Base & { type: 'matching'; pairs: { id: string; left: string; right: string }[] })
  | (Base & { type: 'ordering'; items: { id: string; text: string }[] });

export type QuestionType = Question['type'];

/** Points earned and available in one topic (module) of an exam. */
export interface TopicResult {
  /** Module id. */
  module: string;
  points: number;
  max: number;
}

/**
 * A finished pre-test or post-test attempt: what progress and certification read. Scores are percentages
 * of points (a question is worth 1 point; partial credit per type as the quiz engine defines).
 */
export interface ExamResult {
  kind: 'pre' | 'post';
  /** Stable id of the attempt (also the seed of its draw). */
  attemptId: string;
  /** 1-based attempt number of this kind. */
  attemptNumber: number;
  /** ISO timestamp of submission. */
  finishedAt: string;
  /** Score in percent, 0–100, rounded down to one decimal (so a fail never shows as the pass mark). */
  score: number;
  /** Score at or above the configured pass mark (post-test only; false for a pre-test). */
  passed: boolean;
  topics: TopicResult[];
  /** Hex SHA-256 of the attempt's question ids and answers: ties a certificate to one attempt. */
  digest: string;
}

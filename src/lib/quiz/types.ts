// Plain question types used by the quiz engine, free of Astro's content types. Shared by server and browser.

export interface Citation {
  /** Regulation id, e.g. "pp-94-2021". */
  regulation: string;
  /** Article, e.g. "Pasal 5 huruf n". */
  article?: string | undefined;
}

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

// Editorial checks on lesson MDX: required parts of a lesson, and revoked regulations never taught as
// current. Pure; used by the content test suite (tests/unit/content.test.ts).
import { referenceText, repeatedArticle } from './citations';
import { regulationLabel, type RegulationLike } from './regulations';

/** Words that mark a mention as history, not current law. */
const revocationMarker = /\b(dicabut|mencabut|pencabutan|diganti|digantikan|menggantikan|tidak berlaku lagi|sudah tidak berlaku)\b/i;

/** What every lesson must contain, as a list of problems (empty when complete). */
export function lessonStructureProblems(body: string): string[] {
  const problems: string[] = [];
  if (!/^## Ringkasan\s*$/m.test(body)) problems.push('tidak ada bagian "## Ringkasan"');
  if (!/<Callout\b[^>]*\btype="ingat"/.test(body)) problems.push('tidak ada <Callout type="ingat">');
  if (!/<Notes>/.test(body)) problems.push('tidak ada <Notes> untuk fasilitator');
  if (!/<Quiz\b/.test(body)) problems.push('tidak ada <Quiz> (cek pemahaman)');
  if (/^# /m.test(body)) problems.push('memakai heading "# " (judul sudah dari frontmatter)');
  return problems;
}

/** Ways a regulation is written in prose: "UU 5/2014", "UU Nomor 5 Tahun 2014", its short label. */
export function mentionPatterns(r: RegulationLike): RegExp[] {
  const kind = r.kind === 'Permen' ? 'Permen(?:\\s*PAN\\s*-?\\s*RB)?' : r.kind.replace(' ', '\\s+');
  const number = r.number.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return [
    new RegExp(`\\b${kind}\\s+(?:No(?:mor|\\.)?\\s*)?${number}\\s*(?:/|Tahun)\\s*${r.year}\\b`, 'i'),
    new RegExp(regulationLabel(r).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), 'i'),
  ];
}

export interface RevokedMention {
  regulation: string;
  line: number;
  paragraph: string;
}

/**
 * Mentions of revoked regulations (by <Ref id> or in prose) whose paragraph does not say they were
 * revoked or replaced. Paragraphs are blocks separated by blank lines.
 */
export function findUnmarkedRevokedMentions(body: string, revoked: readonly RegulationLike[]): RevokedMention[] {
  const found: RevokedMention[] = [];
  let line = 1;
  for (const paragraph of body.split(/\n\s*\n/)) {
    if (!revocationMarker.test(paragraph)) {
      for (const r of revoked) {
        const named = paragraph.includes(`id="${r.id}"`) || mentionPatterns(r).some((p) => p.test(paragraph));
        if (named) found.push({ regulation: r.id, line, paragraph: paragraph.trim().slice(0, 160) });
      }
    }
    line += paragraph.split('\n').length + 1;
  }
  return found;
}

/** Internal links written in Markdown or JSX (`](/path)` or `href="/path"`), as absolute paths. */
export function findInternalLinks(body: string): string[] {
  const links = [...body.matchAll(/\]\((\/[^)\s]*)\)|href="(\/[^"]*)"/g)].map((m) => m[1] ?? m[2] ?? '');
  return links.filter(Boolean);
}

/** The parts of a question the teaching checks read (the engine's Question fits). */
export interface CheckedQuestion {
  id: string;
  type: string;
  options?: readonly { id: string; feedback?: string | undefined }[];
  answer?: unknown;
  verdict?: 'melanggar' | 'tidak-melanggar';
  case?: string | undefined;
}

/**
 * Teaching problems inside one question: a wrong option without its own feedback (the learner who picks it
 * must learn why it is wrong), or two options sharing one feedback text.
 */
export function questionProblems(q: CheckedQuestion): string[] {
  if (!q.options) return [];
  const right = new Set(Array.isArray(q.answer) ? q.answer : [q.answer]);
  const problems: string[] = [];
  const texts = new Map<string, string>();
  for (const o of q.options) {
    if (right.has(o.id)) continue;
    if (!o.feedback) problems.push(`opsi salah "${o.id}" tanpa feedback`);
    else if (texts.has(o.feedback)) problems.push(`opsi "${o.id}" memakai feedback yang sama dengan opsi "${texts.get(o.feedback)}"`);
    else texts.set(o.feedback, o.id);
  }
  return problems;
}

/** The smallest share of scenario questions whose right verdict is "tidak melanggar". */
export const minimumAllowedShare = 1 / 3;

/**
 * A problem when fewer than a third of the scenario questions are "tidak melanggar", so guessing
 * "melanggar" would pass; undefined when balanced or when there are fewer than `minimumSample`.
 */
export function verdictBalanceProblem(questions: readonly CheckedQuestion[], minimumSample = 9): string | undefined {
  const scenarios = questions.filter((q) => q.type === 'scenario');
  const allowed = scenarios.filter((q) => q.verdict === 'tidak-melanggar').length;
  // A share means nothing over a handful (a small test fixture course); the real course has dozens.
  if (scenarios.length < minimumSample || allowed / scenarios.length >= minimumAllowedShare) return undefined;
  return `hanya ${allowed} dari ${scenarios.length} soal skenario berverdict "tidak-melanggar"; minimal sepertiga`;
}

/** Fact patterns (`case`) used by more than two questions, with the questions using each. */
export function overusedCases(questions: readonly CheckedQuestion[], limit = 2): { case: string; questions: string[] }[] {
  const byCase = new Map<string, string[]>();
  for (const q of questions) if (q.case) byCase.set(q.case, [...(byCase.get(q.case) ?? []), q.id]);
  return [...byCase].filter(([, ids]) => ids.length > limit).map(([c, ids]) => ({ case: c, questions: ids }));
}

/** A <Ref> as written in MDX, with the text just before it on its line. */
export interface RefUse {
  line: number;
  /** The `pasal` attribute. */
  pasal?: string | undefined;
  /** The children, when the tag is not self-closing. */
  text?: string | undefined;
  /** Up to 40 characters of the same line's text (tags removed) before the tag. */
  before: string;
}

/** Every <Ref> in an MDX body, with its article, children and the words before it. */
export function findRefUses(body: string): RefUse[] {
  const uses: RefUse[] = [];
  for (const m of body.matchAll(/<Ref\b([^>]*?)(?:\/>|>([\s\S]*?)<\/Ref>)/g)) {
    const attributes = m[1] ?? '';
    const lineStart = body.lastIndexOf('\n', m.index) + 1;
    uses.push({
      line: body.slice(0, m.index).split('\n').length,
      pasal: /\bpasal="([^"]*)"/.exec(attributes)?.[1],
      text: m[2],
      // Tags are removed from the whole line first, so a window never starts inside a tag's attributes.
      before: body.slice(lineStart, m.index).replace(/<[^>]*>/g, '').slice(-40),
    });
  }
  return uses;
}

/**
 * References whose article would be read twice: in the visible text of the <Ref> itself, or in the words
 * just before it and again in the reference ("Pasal 10 <Ref pasal="Pasal 10" />" shows "Pasal 10 UU
 * 20/2023 Pasal 10"). The article is shown on lessons, slides and handouts alike, so this fails the build.
 */
export function repeatedArticleProblems(body: string): string[] {
  const problems: string[] = [];
  for (const use of findRefUses(body)) {
    const visible = referenceText('[regulasi]', use.pasal, use.text?.replace(/<[^>]*>/g, ''));
    const twice = repeatedArticle(visible) ?? repeatedArticle(`${use.before} ${visible}`);
    if (twice) problems.push(`baris ${use.line}: "${twice}" tertulis dua kali ("${`${use.before} ${visible}`.trim()}")`);
  }
  return problems;
}

/** Old penalty figures that 0B of the brief says may appear only as marked history. */
const oldPenalty = /Rp\s?12(?:\.000\.000| juta)|Rp\s?600(?:\.000| ribu)|kurungan paling lama|penjara 1 (?:sampai|–|-) ?6 bulan/i;
/** Words that mark a mention as history. */
const historyMarker = /sejarah|sebelum 2 Januari 2026|angka lama|angka sebelum|tidak lagi diajarkan|jangan lagi/i;

/**
 * Paragraphs (blocks separated by blank lines, or whole strings) that give the pre-2026 penalty figures
 * of Pasal 493/494 UU 7/2017 or Pasal 188 UU 1/2015 without marking them as history.
 */
export function findCurrentOldPenalties(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .filter((p) => oldPenalty.test(p) && !historyMarker.test(p))
    .map((p) => p.trim().slice(0, 160));
}

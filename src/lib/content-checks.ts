// Editorial checks on lesson MDX: required parts of a lesson, and revoked regulations never taught as
// current. Pure; used by the content test suite (tests/unit/content.test.ts).
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

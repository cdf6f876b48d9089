// Finds the content references an MDX lesson makes through its components (<Term id>, <Ref id>,
// <Quiz bank count>, <Scenario id>), with line numbers, so a bad id can be reported by file and line
// before rendering. Pure; used by the build (src/data/) and by the content tests.

export type ReferenceKind = 'term' | 'regulation' | 'bank' | 'scenario';

export interface MdxReference {
  kind: ReferenceKind;
  id: string;
  /** 1-based line in the MDX body. */
  line: number;
  /** For <Quiz>: how many questions it asks for (default 5). */
  count?: number;
}

const patterns: { kind: ReferenceKind; tag: string; attribute: string }[] = [
  { kind: 'term', tag: 'Term', attribute: 'id' },
  { kind: 'regulation', tag: 'Ref', attribute: 'id' },
  { kind: 'bank', tag: 'Quiz', attribute: 'bank' },
  { kind: 'scenario', tag: 'Scenario', attribute: 'id' },
];

/** Every component reference in an MDX body, in order of appearance. */
export function findMdxReferences(body: string): MdxReference[] {
  const found: { index: number; ref: MdxReference }[] = [];
  for (const { kind, tag, attribute } of patterns) {
    const tagPattern = new RegExp(`<${tag}\\b([^>]*)>`, 'g');
    for (const match of body.matchAll(tagPattern)) {
      const attributes = match[1] ?? '';
      const id = new RegExp(`\\b${attribute}="([^"]*)"`).exec(attributes)?.[1];
      if (id === undefined) continue;
      const line = body.slice(0, match.index).split('\n').length;
      const ref: MdxReference = { kind, id, line };
      if (kind === 'bank') ref.count = Number(/\bcount=\{(\d+)\}/.exec(attributes)?.[1] ?? 5);
      found.push({ index: match.index, ref });
    }
  }
  return found.sort((a, b) => a.index - b.index).map((f) => f.ref);
}

// Fuzzing the editorial checks on lesson MDX: any body text, and any regulation number an author may
// type, gives a list of problems (possibly empty) and never throws, e.g. from a regex built from content.
import { describe, expect } from 'vitest';
import { findInternalLinks, findUnmarkedRevokedMentions, lessonStructureProblems, mentionPatterns } from '../../src/lib/content-checks';
import type { RegulationLike } from '../../src/lib/regulations';
import { regulationKinds } from '../../src/schemas/regulation';
import { fc, fuzz, hostileStrings, textFrom } from './fuzz';

const body = fc.oneof(
  textFrom(['## Ringkasan', '<Callout type="ingat">', '<Notes>', '<Quiz bank="b" />', '# ', '\n', '\n\n', '<Ref id="uu-5-2014" />', 'UU 5/2014', 'UU Nomor 5 Tahun 2014', 'dicabut', '](/materi/x/)', 'href="/regulasi/"', '](', ')']),
  fc.string({ unit: 'binary', maxLength: 2_000 }),
);
const regulation: fc.Arbitrary<RegulationLike> = fc.record({
  id: fc.oneof(fc.string(), fc.constantFrom(...hostileStrings)),
  kind: fc.constantFrom(...regulationKinds),
  number: fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('5', '121/PUU-XXII', '(.*)+$', '[', '\\', ...hostileStrings.filter((s) => s.length < 500))),
  year: fc.oneof(fc.integer({ min: 1945, max: 2100 }), fc.constantFrom(Number.NaN, -1, 1e21)),
});
const isList = (result: unknown) => expect(Array.isArray(result)).toBe(true);

describe('content checks', () => {
  fuzz('lessonStructureProblems()', lessonStructureProblems, { input: body, check: isList });
  fuzz('findInternalLinks()', findInternalLinks, {
    input: body,
    check: (links) => {
      for (const link of links) expect(link.startsWith('/')).toBe(true);
    },
  });
  fuzz('mentionPatterns()', mentionPatterns, {
    input: regulation,
    check: (patterns) => {
      for (const pattern of patterns) expect(pattern).toBeInstanceOf(RegExp);
    },
  });
  fuzz('findUnmarkedRevokedMentions()', ([text, revoked]: [string, RegulationLike[]]) => findUnmarkedRevokedMentions(text, revoked), {
    input: fc.tuple(body, fc.array(regulation, { maxLength: 4 })),
    check: (found, [text]) => {
      const lines = text.split('\n').length;
      for (const mention of found) expect(mention.line).toBeLessThanOrEqual(lines + 1);
    },
  });
});

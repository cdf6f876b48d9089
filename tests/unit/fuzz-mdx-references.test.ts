// Fuzzing the scan of lesson MDX for component references: any text, including half-written tags and
// hostile ids, gives a list of well-formed references (or none) and never throws.
import { describe, expect } from 'vitest';
import { findMdxReferences } from '../../src/lib/mdx-references';
import { fc, fuzz, hostileStrings, textFrom } from './fuzz';

/** A whole component tag with a random id and, sometimes, a count: what authors actually write. */
const tag = fc
  .tuple(
    fc.constantFrom('Term', 'Ref', 'Quiz', 'Scenario'),
    fc.constantFrom('id', 'bank'),
    fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom(...hostileStrings.filter((s) => s.length < 100))),
    fc.oneof(fc.constant(''), fc.nat().map((n) => ` count={${n}}`), fc.constant(` count={${'9'.repeat(400)}}`), fc.constant(' count={-1}')),
    fc.constantFrom('>', ' />', '>text</Term>'),
  )
  .map(([name, attribute, id, count, end]) => `<${name} ${attribute}="${id}"${count}${end}`);

const mdx = textFrom([tag, '<Quiz ', 'count={', '}', '"', '>', '\n', '\n\n']);

describe('findMdxReferences()', () => {
  fuzz('findMdxReferences()', findMdxReferences, {
    input: fc.oneof(mdx, fc.string({ unit: 'binary', maxLength: 2_000 })),
    check: (refs, body) => {
      const lines = body.split('\n').length;
      for (const ref of refs) {
        expect(['term', 'regulation', 'bank', 'scenario']).toContain(ref.kind);
        expect(ref.id).not.toContain('"');
        expect(ref.line).toBeGreaterThanOrEqual(1);
        expect(ref.line).toBeLessThanOrEqual(lines);
        // A count too large for any bank (even Infinity from 400 digits) is fine: <Quiz> then stops the
        // build saying the bank is too small. It must never be negative or NaN.
        if (ref.kind === 'bank') expect(ref.count).toBeGreaterThanOrEqual(0);
      }
    },
  });
});

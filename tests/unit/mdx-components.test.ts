import { describe, expect, test } from 'vitest';
import { mdxComponents } from '../../src/components/mdx';
import { deckComponents, handoutComponents } from '../../src/components/slides/components';

// astro.config.mjs compiles lessons with the MDX integration's `optimize`: every part of a lesson that is not
// a component is compiled to an HTML string. A component set that replaced a plain HTML element (`a`, `h2`)
// would then silently not apply, so none may.
describe('the component sets lessons are rendered with', () => {
  test('replace only components authors write with a capital letter, never a plain HTML element', () => {
    for (const [name, set] of Object.entries({ mdxComponents, deckComponents, handoutComponents })) {
      const plain = Object.keys(set).filter((key) => !/^[A-Z]/.test(key));
      expect(plain, name).toEqual([]);
    }
  });
});

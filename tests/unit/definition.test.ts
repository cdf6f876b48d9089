import { describe, expect, test } from 'vitest';
import { definitionTarget, isPlainClick } from '../../src/lib/definition';

describe('definitionTarget()', () => {
  test('reads a glossary link', () => {
    expect(definitionTarget('/glosarium/#apk', '/')).toEqual({ kind: 'glossary', id: 'apk' });
  });
  test('reads a regulation link under a base path', () => {
    expect(definitionTarget('/netral/regulasi/#pp-94-2021', '/netral/')).toEqual({ kind: 'regulations', id: 'pp-94-2021' });
  });
  test('reads an absolute address on the same site', () => {
    expect(definitionTarget('http://x/glosarium/#asn', '/')).toEqual({ kind: 'glossary', id: 'asn' });
  });
  test('leaves other links alone', () => {
    expect(definitionTarget('/glosarium/', '/')).toBeNull();
    expect(definitionTarget('/materi/a/#apk', '/')).toBeNull();
    expect(definitionTarget('https://elsewhere.example/glosarium/#apk', '/')).toBeNull();
    expect(definitionTarget('/glosarium/#huruf-A', '/')).toBeNull();
  });
});

describe('isPlainClick()', () => {
  const click = { button: 0, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false };
  test('a plain tap or click opens in place', () => {
    expect(isPlainClick(click)).toBe(true);
  });
  test('a click for a new tab opens the page as usual', () => {
    expect(isPlainClick({ ...click, ctrlKey: true })).toBe(false);
    expect(isPlainClick({ ...click, button: 1 })).toBe(false);
  });
});

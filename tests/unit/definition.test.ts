import { describe, expect, test } from 'vitest';
import { definitionTarget, isPlainClick } from '../../src/lib/definition';

const pages = { glossary: 'https://netral.test/glosarium/', regulations: 'https://netral.test/regulasi/' };

describe('definitionTarget()', () => {
  test('reads a glossary link', () => {
    expect(definitionTarget('https://netral.test/glosarium/#apk', pages)).toEqual({ kind: 'glossary', id: 'apk' });
  });
  test('reads a regulation link', () => {
    expect(definitionTarget('https://netral.test/regulasi/#pp-94-2021', pages)).toEqual({ kind: 'regulations', id: 'pp-94-2021' });
  });
  test('reads a link to the page file inside an LMS package', () => {
    const lms = { glossary: 'https://lms.test/pkg/glosarium/index.html', regulations: 'https://lms.test/pkg/regulasi/index.html' };
    expect(definitionTarget('https://lms.test/pkg/glosarium/index.html#asn', lms)).toEqual({ kind: 'glossary', id: 'asn' });
  });
  test('leaves other links alone', () => {
    expect(definitionTarget('https://netral.test/glosarium/', pages)).toBeNull();
    expect(definitionTarget('https://netral.test/materi/a/#apk', pages)).toBeNull();
    expect(definitionTarget('https://elsewhere.example/glosarium/#apk', pages)).toBeNull();
    expect(definitionTarget('https://netral.test/glosarium/#huruf-A', pages)).toBeNull();
    expect(definitionTarget('not a url', pages)).toBeNull();
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

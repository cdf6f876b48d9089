import { describe, expect, test } from 'vitest';
import { chunkBlocks, splitLessonHtml, textLength, type ContentSlide, type SlidePiece } from '../../src/lib/slides/split';
import { parseFragment } from 'parse5';
import { composeDeck } from '../../src/lib/slides/deck';

const content = (pieces: SlidePiece[]) => pieces.filter((p): p is ContentSlide => p.kind === 'content');

describe('splitLessonHtml()', () => {
  test('starts a slide at every h2, with the opening text on a slide of its own', () => {
    const slides = content(
      splitLessonHtml('<p>Opening.</p>\n<h2 id="satu">Satu</h2>\n<p>One.</p>\n<h2 id="dua">Dua <em>lagi</em></h2><p>Two.</p>'),
    );
    expect(slides.map((s) => s.title)).toEqual(['', 'Satu', 'Dua lagi']);
    expect(slides[0]?.bodyHtml).toBe('<p>Opening.</p>');
    expect(slides[1]?.headingHtml).toBe('<h2 id="satu">Satu</h2>');
    expect(slides[1]?.anchor).toBe('satu');
    expect(slides[2]?.bodyHtml).toBe('<p>Two.</p>');
  });

  test('has no opening slide when the lesson begins with a heading', () => {
    expect(content(splitLessonHtml('<h2>Satu</h2><p>One.</p>')).map((s) => s.title)).toEqual(['Satu']);
  });

  test('starts a new slide of the same section at a slide break, and drops the break', () => {
    const slides = content(splitLessonHtml('<h2 id="a">A</h2><p>One.</p><hr class="slide-break" data-slide-break aria-hidden="true"><p>Two.</p>'));
    expect(slides).toHaveLength(2);
    expect(slides[1]).toMatchObject({ title: 'A', headingHtml: '', bodyHtml: '<p>Two.</p>', continuation: 1 });
    expect(slides.map((s) => s.bodyHtml).join('')).not.toContain('<hr');
  });

  test('ignores an ordinary horizontal rule', () => {
    expect(content(splitLessonHtml('<h2>A</h2><p>1</p><hr><p>2</p>'))).toHaveLength(1);
  });

  test('takes speaker notes out of the slide, however they are written', () => {
    const html =
      '<h2>A</h2><p>Shown.</p>' +
      '<details class="notes" data-notes><summary>Catatan fasilitator</summary><div class="notes__body"><p>Ask the room.</p></div></details>' +
      '<aside class="callout"><p>Tip</p><div data-notes><p>Nested note.</p></div></aside>';
    const [slide] = content(splitLessonHtml(html));
    expect(slide?.notes).toEqual(['<p>Ask the room.</p>', '<p>Nested note.</p>']);
    expect(slide?.bodyHtml).not.toMatch(/Ask the room|Nested note|data-notes|Catatan fasilitator/);
    expect(slide?.bodyHtml).toContain('<p>Tip</p>');
  });

  test('keeps the notes with the section part they were written in', () => {
    const slides = content(splitLessonHtml('<h2>A</h2><p>1</p><div data-notes>n1</div><h2>B</h2><p>2</p><div data-notes>n2</div>'));
    expect(slides.map((s) => s.notes)).toEqual([['n1'], ['n2']]);
  });

  test('turns the quiz marker into a quiz slot in its place', () => {
    const pieces = splitLessonHtml('<h2>Ringkasan</h2><p>x</p><div data-slide-quiz="net-apa-itu" data-count="5" hidden></div>');
    expect(pieces.map((p) => p.kind)).toEqual(['content', 'quiz']);
    expect(pieces[1]).toEqual({ kind: 'quiz', bank: 'net-apa-itu', count: 5 });
  });

  test('continues a long section on further slides that repeat its title and notes', () => {
    const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>${String(i).repeat(300)}</p>`).join('');
    const slides = content(splitLessonHtml(`<h2 id="a">A</h2>${paragraphs}<div data-notes>n</div>`));
    expect(slides.length).toBeGreaterThan(1);
    expect(slides.map((s) => s.continuation)).toEqual(slides.map((_, i) => i));
    expect(slides.every((s) => s.title === 'A' && s.notes[0] === 'n')).toBe(true);
    expect(slides.slice(1).every((s) => s.headingHtml === '')).toBe(true);
    expect(slides.map((s) => s.bodyHtml).join('').match(/<p>/g)).toHaveLength(6);
  });

  test('splits a long list into lists that keep counting', () => {
    const items = Array.from({ length: 12 }, (_, i) => `<li>${'item '.repeat(20)}${i}</li>`).join('');
    const slides = content(splitLessonHtml(`<h2>A</h2><ol>${items}</ol>`));
    expect(slides.length).toBeGreaterThan(1);
    expect(slides[0]?.bodyHtml.startsWith('<ol>')).toBe(true);
    const second = slides[1]?.bodyHtml ?? '';
    const before = (slides[0]?.bodyHtml.match(/<li>/g) ?? []).length;
    expect(second).toContain(`<ol start="${before + 1}">`);
    expect(slides.map((s) => s.bodyHtml).join('').match(/<li>/g)).toHaveLength(12);
  });

  test('splits a long table and repeats its header row', () => {
    const rows = Array.from({ length: 10 }, (_, i) => `<tr><td>${'cell '.repeat(20)}</td><td>${i}</td></tr>`).join('');
    const slides = content(splitLessonHtml(`<h2>A</h2><table><thead><tr><th>Hal</th><th>No</th></tr></thead><tbody>${rows}</tbody></table>`));
    expect(slides.length).toBeGreaterThan(1);
    for (const slide of slides) expect(slide.bodyHtml).toContain('<thead><tr><th>Hal</th><th>No</th></tr></thead>');
    expect(slides.map((s) => s.bodyHtml).join('').match(/<td>\d<\/td>/g)).toHaveLength(10);
  });

  test('keeps markup and escaping intact', () => {
    const html = '<h2>A</h2><p title="a &gt; b">x &amp; y <a class="ref" href="/regulasi/#pp-94-2021">PP 94/2021</a></p><img src="/x.svg" alt="">';
    expect(content(splitLessonHtml(html))[0]?.bodyHtml).toBe(
      '<p title="a &gt; b">x &amp; y <a class="ref" href="/regulasi/#pp-94-2021">PP 94/2021</a></p>\n<img src="/x.svg" alt="">',
    );
  });
});

describe('chunkBlocks()', () => {
  const blocks = (html: string) => parseFragment(html).childNodes;

  test('keeps a short section on one slide', () => {
    expect(chunkBlocks(blocks('<p>a</p><p>b</p>'), 650)).toHaveLength(1);
  });

  test('does not leave a sub-heading alone at the bottom of a slide', () => {
    const chunks = chunkBlocks(blocks(`<p>${'x'.repeat(400)}</p><h3>Sub</h3><p>${'y'.repeat(300)}</p>`), 650);
    expect(chunks).toHaveLength(2);
    expect(chunks[1]?.[0]?.nodeName).toBe('h3');
  });

  test('does not end a slide with a lead-in sentence: it moves on with what it introduces', () => {
    const chunks = chunkBlocks(blocks(`<p>${'x'.repeat(400)}</p><p>Ada tiga kanal yang dapat Anda pakai:</p><ul><li>${'y'.repeat(300)}</li></ul>`), 650);
    expect(chunks.map((c) => c.map((n) => n.nodeName))).toEqual([['p'], ['p', 'ul']]);
  });

  test('keeps a lead-in and what it introduces together when the slide holds nothing else', () => {
    const table = `<table><tbody>${`<tr><td>${'y'.repeat(90)}</td></tr>`.repeat(3)}</tbody></table>`;
    const chunks = chunkBlocks(blocks(`<p>Ada tiga <strong>kanal</strong>:</p>${table}<p>${'z'.repeat(100)}</p>`), 650);
    expect(chunks.map((c) => c.map((n) => n.nodeName))).toEqual([['p', 'table'], ['p']]);
  });

  test('a heading and a lead-in after it move on together', () => {
    const chunks = chunkBlocks(blocks(`<p>${'x'.repeat(400)}</p><h3>Sub</h3><p>Langkahnya:</p><ol><li>${'y'.repeat(300)}</li></ol>`), 650);
    expect(chunks.map((c) => c.map((n) => n.nodeName))).toEqual([['p'], ['h3', 'p', 'ol']]);
  });

  test('gives a component script no room on the slide and never a slide of its own', () => {
    const chunks = chunkBlocks(blocks(`<p>${'x'.repeat(600)}</p><script type="module">${'code;'.repeat(400)}</script>`), 650);
    expect(chunks).toHaveLength(1);
    expect(chunks[0]?.map((n) => n.nodeName)).toEqual(['p', 'script']);
  });

  test('puts a block bigger than a slide on a slide of its own rather than dropping it', () => {
    const chunks = chunkBlocks(blocks(`<p>a</p><p>${'x'.repeat(2000)}</p><p>b</p>`), 650);
    expect(chunks.map((c) => c.length)).toEqual([1, 1, 1]);
  });
});

describe('textLength()', () => {
  const text = (node: Parameters<typeof textLength>[0]): string =>
    node.nodeName === '#text' ? (node as { value: string }).value : 'childNodes' in node ? node.childNodes.map(text).join('') : '';

  test('counts the text as the reader sees it: white space runs as one space, none at the ends', () => {
    const samples = [
      '<p>  Satu   dua\n\ttiga  </p>',
      '<ul>\n  <li>A <strong>b</strong>c</li>\n  <li> d\u00a0\u2003e </li>\n</ul>',
      '<p><em> </em>x<!-- a comment --> <span> y </span></p>',
      '<p>\u3000</p>',
      '<table><tr><td>1</td><td> 2 </td></tr></table>',
      '<div></div>',
    ];
    for (const html of samples) {
      const node = parseFragment(html).childNodes[0]!;
      expect(textLength(node), html).toBe(text(node).replace(/\s+/g, ' ').trim().length);
    }
    expect(textLength(parseFragment('<p>  Satu   dua </p>').childNodes[0]!)).toBe('Satu dua'.length);
  });
});

describe('composeDeck()', () => {
  const labels = {
    opening: 'Pembuka',
    objectives: 'Tujuan pembelajaran',
    quiz: 'Cek pemahaman',
    recap: 'Rangkuman modul',
    sources: 'Sumber',
    questionOf: (n: number, total: number) => `Soal ${n} dari ${total}`,
  };
  const question = (id: string) => ({ id, module: 'm', type: 'truefalse' as const, prompt: 'P', answer: true, explanation: 'E', citation: { kind: 'regulation' as const, source: 'r' } });
  const pieces = splitLessonHtml('<p>Hook</p><h2 id="a">A</h2><p>a</p><div data-slide-quiz="b1" data-count="2"></div>');

  test('opens with a title and the objectives, and closes with the sources', () => {
    const slides = composeDeck({ lessonTitle: 'Judul', pieces, banks: new Map([['b1', [question('q1'), question('q2'), question('q3')]]]), withRecap: false, labels });
    expect(slides.map((s) => s.title)).toEqual(['Judul', 'Tujuan pembelajaran', 'Pembuka', 'A', 'Cek pemahaman', 'Soal 1 dari 2', 'Soal 2 dari 2', 'Sumber']);
    expect(slides.map((s) => s.kind)).toEqual(['title', 'objectives', 'content', 'content', 'quiz-intro', 'question', 'question', 'closing']);
  });

  test('marks the opening text and asks only as many questions as the quiz does', () => {
    const slides = composeDeck({ lessonTitle: 'Judul', pieces, banks: new Map([['b1', [question('q1'), question('q2'), question('q3')]]]), withRecap: false, labels });
    expect(slides.filter((s) => s.kind === 'content').map((s) => s.kind === 'content' && s.opening)).toEqual([true, false]);
    expect(slides.flatMap((s) => (s.kind === 'question' ? [s.question.id] : []))).toEqual(['q1', 'q2']);
  });

  test("adds the module recap after a module's last lesson", () => {
    const slides = composeDeck({ lessonTitle: 'Judul', pieces, banks: new Map([['b1', [question('q1'), question('q2')]]]), withRecap: true, labels });
    expect(slides.at(-2)?.kind).toBe('recap');
  });

  test('fails clearly when a quiz names a bank it was not given', () => {
    expect(() => composeDeck({ lessonTitle: 'Judul', pieces, banks: new Map(), withRecap: false, labels })).toThrow(/bank soal "b1"/);
  });
});

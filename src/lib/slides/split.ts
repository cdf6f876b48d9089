// Splits a lesson's rendered HTML into slides: a new slide at every top-level <h2> and at every
// <SlideBreak /> (<hr data-slide-break>); speaker notes (<Notes>, any element with data-notes) are taken
// out of the slide and kept apart; a quiz marker (<div data-slide-quiz>) becomes a slot for question
// slides. A section too long for one slide continues on the next ("lanjutan"), split between blocks,
// long lists and tables split between items and rows. Pure (parse5, no DOM); runs at build time.
import { parseFragment, serializeOuter, type DefaultTreeAdapterTypes as T } from 'parse5';

type Node = T.ChildNode;
type Element = T.Element;

/** A slide made from lesson content. */
export interface ContentSlide {
  kind: 'content';
  /** Plain text of the section's heading; '' for the lesson's opening before the first heading. */
  title: string;
  /** The heading's id (its anchor in the lesson), '' when there is none. */
  anchor: string;
  /** Outer HTML of the <h2> on the first part of a section, '' on continuation parts and the opening. */
  headingHtml: string;
  /** HTML of the slide's body, without its heading and notes. */
  bodyHtml: string;
  /** Inner HTML of each speaker note of the section part; every continuation slide repeats them. */
  notes: string[];
  /** 0 for the first slide of a section part, 1, 2… for the continuation slides of a long one. */
  continuation: number;
}

/** Where the lesson's knowledge check stands: the deck renders question slides here. */
export interface QuizSlot {
  kind: 'quiz';
  bank: string;
  count: number;
}

export type SlidePiece = ContentSlide | QuizSlot;

export interface SplitOptions {
  /** How much text fits on one slide, in weighted characters (see blockWeight). */
  budget?: number;
}

/** The default amount of weighted text per slide: about 12 lines of body text at slide size. */
export const DEFAULT_BUDGET = 850;

/** Splits a lesson's rendered HTML into content slides and quiz slots, in reading order. */
export function splitLessonHtml(html: string, options: SplitOptions = {}): SlidePiece[] {
  const budget = options.budget ?? DEFAULT_BUDGET;
  const pieces: SlidePiece[] = [];
  let section: { heading: Element | null; blocks: Node[]; notes: string[]; part: number } = { heading: null, blocks: [], notes: [], part: 0 };

  const flush = (nextPartOfSameSection: boolean) => {
    const { heading, blocks, notes, part } = section;
    const title = heading ? textOf(heading).trim() : '';
    // A heading alone still makes a slide; an empty part after a break or a quiz does not.
    if ((heading && part === 0) || blocks.length || notes.length) {
      const chunks = chunkBlocks(blocks, budget);
      chunks.forEach((chunk, i) => {
        pieces.push({
          kind: 'content',
          title,
          anchor: heading ? (attr(heading, 'id') ?? '') : '',
          headingHtml: heading && part === 0 && i === 0 ? serializeOuter(heading) : '',
          bodyHtml: chunk.map((node) => serializeOuter(node)).join('\n'),
          notes,
          continuation: part + i,
        });
      });
      section = { heading: nextPartOfSameSection ? heading : null, blocks: [], notes: [], part: nextPartOfSameSection ? part + chunks.length : 0 };
    } else if (!nextPartOfSameSection) section = { heading: null, blocks: [], notes: [], part: 0 };
  };

  for (const node of parseFragment(html).childNodes) {
    if (!isElement(node)) {
      if (node.nodeName === '#text' && (node as T.TextNode).value.trim()) section.blocks.push(node);
      continue;
    }
    if (node.tagName === 'h2') {
      flush(false);
      section.heading = node;
      continue;
    }
    if (node.tagName === 'hr' && hasAttr(node, 'data-slide-break')) {
      flush(true);
      continue;
    }
    if (hasAttr(node, 'data-slide-quiz')) {
      flush(true);
      const count = Number(attr(node, 'data-count'));
      pieces.push({ kind: 'quiz', bank: attr(node, 'data-slide-quiz') ?? '', count: Number.isInteger(count) && count > 0 ? count : 5 });
      continue;
    }
    if (hasAttr(node, 'data-notes')) {
      section.notes.push(notesHtml(node));
      continue;
    }
    // Notes nested inside another block (e.g. a callout) are taken out too: they never reach the audience.
    for (const nested of findAll(node, (el) => hasAttr(el, 'data-notes'))) {
      section.notes.push(notesHtml(nested));
      remove(nested);
    }
    section.blocks.push(node);
  }
  flush(false);
  return pieces;
}

/** The weight of a block: its text length plus room for its layout (gaps, list markers, table rows). */
export function blockWeight(node: Node): number {
  if (!isElement(node)) return textOf(node).trim().length;
  // A component's script or style takes no room on the slide.
  if (INVISIBLE.has(node.tagName)) return 0;
  const text = textLength(node);
  switch (node.tagName) {
    case 'ul':
    case 'ol':
      return 30 + text + 35 * children(node).filter((c) => c.tagName === 'li').length;
    case 'table':
      // Narrow columns wrap more often than running text.
      return 60 + Math.round(text * 1.4) + 70 * rowsOf(node).length;
    case 'h3':
    case 'h4':
      return 90 + text;
    case 'aside':
    case 'section':
    case 'details':
      return 140 + text;
    case 'figure':
    case 'img':
    case 'svg':
      return 400 + text;
    default:
      return 40 + text;
  }
}

const INVISIBLE = new Set(['script', 'style', 'link', 'template', 'meta']);

/**
 * Groups blocks into slides of at most `budget` weight. A block that introduces the next one (a sub-heading, or
 * a lead-in sentence ending in a colon: "Ada tiga kanal yang dapat Anda pakai:") never ends a slide: it moves on
 * to the next slide with what it introduces, or, when the slide holds nothing else, the next block joins it
 * there (the deck's text fit shrinks a slide that runs over).
 */
export function chunkBlocks(blocks: Node[], budget: number): Node[][] {
  const pieces = blocks.flatMap((block) => splitOversized(block, budget));
  const chunks: Node[][] = [[]];
  let weight = 0;
  for (const block of pieces) {
    const w = blockWeight(block);
    let current = chunks[chunks.length - 1]!;
    if (current.length && w > 0 && weight + w > budget) {
      let keep = current.length;
      while (keep > 0 && introduces(current[keep - 1]!)) keep -= 1;
      if (keep > 0) {
        const next = current.splice(keep);
        chunks.push(next);
        current = next;
        weight = next.reduce((sum, n) => sum + blockWeight(n), 0);
      }
    }
    current.push(block);
    weight += w;
  }
  return chunks;
}

/** Whether a block introduces the one after it: a sub-heading, or a paragraph whose text ends in a colon. */
function introduces(node: Node): boolean {
  if (!isElement(node)) return false;
  if (/^h[3-6]$/.test(node.tagName)) return true;
  return node.tagName === 'p' && /:\s*$/.test(textOf(node));
}

/** A list or table heavier than a slide, cut into several lists or tables (a table keeps its header). */
function splitOversized(block: Node, budget: number): Node[] {
  if (!isElement(block) || blockWeight(block) <= budget) return [block];
  if (block.tagName === 'ul' || block.tagName === 'ol') {
    const items = children(block).filter((c) => c.tagName === 'li');
    if (items.length < 2) return [block];
    const groups = packByWeight(items, budget - 30, (li) => textLength(li) + 35);
    let start = Number(attr(block, 'start') ?? 1);
    return groups.map((group) => {
      const copy = shallowCopy(block);
      if (block.tagName === 'ol' && start !== 1) setAttr(copy, 'start', String(start));
      start += group.length;
      adopt(copy, group);
      return copy;
    });
  }
  if (block.tagName === 'table') {
    const body = children(block).find((c) => c.tagName === 'tbody');
    const rows = body ? children(body).filter((c) => c.tagName === 'tr') : [];
    if (!body || rows.length < 2) return [block];
    const head = children(block).find((c) => c.tagName === 'thead');
    const headWeight = head ? blockWeight(head) : 0;
    const groups = packByWeight(rows, budget - 60 - headWeight, (tr) => Math.round(textLength(tr) * 1.4) + 70);
    return groups.map((group) => {
      const table = shallowCopy(block);
      for (const child of children(block)) {
        if (child === body) {
          const copy = shallowCopy(body);
          adopt(copy, group);
          adopt(table, [copy]);
        } else adopt(table, [deepCopy(child)]);
      }
      return table;
    });
  }
  return [block];
}

function packByWeight<N>(items: N[], budget: number, weigh: (item: N) => number): N[][] {
  const groups: N[][] = [[]];
  let weight = 0;
  for (const item of items) {
    const w = weigh(item);
    if (groups[groups.length - 1]!.length && weight + w > budget) {
      groups.push([]);
      weight = 0;
    }
    groups[groups.length - 1]!.push(item);
    weight += w;
  }
  return groups;
}

/** The notes' own content: a <details data-notes> loses its <summary>, a wrapper div is unwrapped. */
function notesHtml(notes: Element): string {
  let nodes = notes.childNodes.filter((n) => !(isElement(n) && n.tagName === 'summary'));
  const elements = nodes.filter(isElement);
  const wrapper = elements.length === 1 && /\bnotes__body\b/.test(attr(elements[0]!, 'class') ?? '') ? elements[0]! : null;
  if (wrapper) nodes = wrapper.childNodes;
  return nodes.map((n) => serializeOuter(n)).join('').trim();
}

function rowsOf(table: Element): Element[] {
  return findAll(table, (el) => el.tagName === 'tr');
}

function isElement(node: Node | T.ParentNode): node is Element {
  return 'tagName' in node;
}

function children(node: Element): Element[] {
  return node.childNodes.filter(isElement);
}

function attr(node: Element, name: string): string | undefined {
  return node.attrs.find((a) => a.name === name)?.value;
}

function hasAttr(node: Element, name: string): boolean {
  return node.attrs.some((a) => a.name === name);
}

function setAttr(node: Element, name: string, value: string): void {
  const existing = node.attrs.find((a) => a.name === name);
  if (existing) existing.value = value;
  else node.attrs.push({ name, value });
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as T.TextNode).value;
  if (!isElement(node)) return '';
  return node.childNodes.map(textOf).join('');
}

// A block is weighed more than once (whether to cut it, then where); its text never changes once weighed.
const lengths = new WeakMap<Node, number>();

/** The length of a node's text with each run of white space as one space and none at either end. */
export function textLength(node: Node): number {
  let length = lengths.get(node);
  if (length === undefined) {
    // Counted without building the text: the characters that are not white space, plus one for each run of
    // white space between two of them (what textOf(node).replace(/\s+/g, ' ').trim().length counts).
    const count = { chars: 0, pendingSpace: false };
    countText(node, count);
    length = count.chars;
    lengths.set(node, length);
  }
  return length;
}

function countText(node: Node, count: { chars: number; pendingSpace: boolean }): void {
  if (node.nodeName === '#text') {
    const value = (node as T.TextNode).value;
    for (let i = 0; i < value.length; i++) {
      if (isSpace(value.charCodeAt(i))) {
        count.pendingSpace = true;
      } else {
        if (count.pendingSpace && count.chars > 0) count.chars += 1;
        count.pendingSpace = false;
        count.chars += 1;
      }
    }
    return;
  }
  if (isElement(node)) for (const child of node.childNodes) countText(child, count);
}

/** Whether a UTF-16 code unit is white space as a regular expression's \s means it. */
function isSpace(code: number): boolean {
  return (
    (code >= 9 && code <= 13) || code === 32 || code === 160 || code === 5760 || (code >= 8192 && code <= 8202) ||
    code === 8232 || code === 8233 || code === 8239 || code === 8287 || code === 12288 || code === 65279
  );
}

function findAll(root: Element, match: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  for (const child of children(root)) {
    if (match(child)) found.push(child);
    else found.push(...findAll(child, match));
  }
  return found;
}

function remove(node: Element): void {
  const parent = node.parentNode;
  if (parent) parent.childNodes = parent.childNodes.filter((c) => c !== node);
}

function shallowCopy(node: Element): Element {
  return { ...node, attrs: node.attrs.map((a) => ({ ...a })), childNodes: [], parentNode: null };
}

function deepCopy(node: Element): Element {
  const copy = shallowCopy(node);
  adopt(
    copy,
    node.childNodes.map((child) => (isElement(child) ? deepCopy(child) : ({ ...child, parentNode: null } as Node))),
  );
  return copy;
}

function adopt(parent: Element, nodes: Node[]): void {
  for (const node of nodes) {
    (node as { parentNode: T.ParentNode | null }).parentNode = parent;
    parent.childNodes.push(node);
  }
}

// The body of a definition popover (<netral-definition>): a glossary entry's paragraphs or a regulation's
// status and rule summary. Loaded on the first tapped term, with the entries.
import type { ReferenceEntry } from '../data/search';
import { h } from './kit';

/** The nodes showing `entry`; `rulesLabel` introduces a regulation's list of rules. */
export function definitionBody(entry: ReferenceEntry, kind: 'glossary' | 'regulations', rulesLabel: string): Node[] {
  const parts: Node[] = [];
  if (entry.status) parts.push(h('p', {}, [h('span', { class: `badge badge--${entry.status.code}`, text: entry.status.label })]));
  if (kind === 'regulations') {
    parts.push(h('p', { class: 'definition__label', text: rulesLabel }));
    parts.push(h('ul', {}, entry.summary.map((rule) => h('li', { text: rule }))));
  } else parts.push(...entry.summary.map((text) => h('p', { text })));
  return parts;
}

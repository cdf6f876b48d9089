// What a page needs to mark answers and explain them, kept out of the visible HTML: answer keys,
// explanations, option feedback and citations, as one base64-encoded JSON blob. This only deters casual
// reading (view-source, search indexing); anyone can decode it. Shared by server and browser.
import type { Key } from './key';
import { createRng } from './random';

/** Everything revealed after answering one question. */
export interface Reveal {
  key: Key;
  /** Module id (topic). */
  module: string;
  explanation: string;
  /** Feedback per option id, where the author wrote one. */
  feedback: Record<string, string>;
  /**
   * The cited source, ready to show: label ("PP 94/2021 Pasal 5 huruf n"), link to the library, its kind
   * and the badge naming that kind ("Panduan/pernyataan resmi"), so guidance is never read as law.
   */
  citation: { label: string; href: string; kind?: string; badge?: string };
}

/** Encodes a value as base64 of its UTF-8 JSON. */
export function encodeBlob(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Decodes encodeBlob's output; throws on anything else. */
export function decodeBlob(text: string): unknown {
  const binary = atob(text.trim());
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

/**
 * The value a matching question's select uses for the right-hand side of pair `pairId`: opaque, so the
 * page does not show which right side belongs to which left side.
 */
export function matchToken(questionId: string, pairId: string): string {
  return `m${Math.floor(createRng(`match:${questionId}:${pairId}`)() * 2 ** 32).toString(36)}`;
}

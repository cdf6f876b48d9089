// Addresses of trainer mode: decks, presenter views, handouts, and absolute addresses for QR codes.
// Pure: the base path and site address are passed in.
import { lessonSlug } from '../paths';

/** Handout editions: for participants, or for the trainer with answer keys and notes. */
export const editions = ['peserta', 'fasilitator'] as const;
export type Edition = (typeof editions)[number];

/** Deck of a lesson, relative to the base: "presentasi/netralitas-asn/apa-itu-netralitas/". */
export function deckPath(moduleId: string, lessonId: string): string {
  return `presentasi/${moduleId}/${lessonSlug(lessonId)}/`;
}

/** Presenter view of a lesson's deck (a mode of the deck page), relative to the base. */
export function presenterPath(moduleId: string, lessonId: string): string {
  return `${deckPath(moduleId, lessonId)}?penyaji`;
}

/** Handout of a lesson, or of a whole module when `lessonId` is left out, relative to the base. */
export function handoutPath(edition: Edition, moduleId: string, lessonId?: string): string {
  return `handout/${edition}/${moduleId}/${lessonId ? `${lessonSlug(lessonId)}/` : ''}`;
}

/** Absolute address of a page: site address + base path + page path, e.g. for a QR code. */
export function absoluteUrl(siteUrl: string, basePath: string, path: string): string {
  const base = `/${basePath.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  return new URL(base + path.replace(/^\/+/, ''), siteUrl).href;
}

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

/** The address flag ("?fasilitator") that shows a handout in the trainer's edition; without it, the participants'. */
export const TRAINER_EDITION_FLAG = 'fasilitator';

/**
 * Handout of a lesson, or of a whole module when `lessonId` is left out, relative to the base. Each is one
 * page; the edition is a mode of it, as the presenter view is of a deck: "handout/berakhlak/x/?fasilitator".
 */
export function handoutPath(edition: Edition, moduleId: string, lessonId?: string): string {
  return `handout/${moduleId}/${lessonId ? `${lessonSlug(lessonId)}/` : ''}${withEdition('', edition)}`;
}

/** The session handout for a plan's address parameters (see session.ts), relative to the base. */
export function sessionHandoutPath(edition: Edition, plan: URLSearchParams): string {
  return `handout/sesi/${withEdition(plan.toString(), edition)}`;
}

/** The edition an address's query string asks for. */
export function editionOf(search: string): Edition {
  return new URLSearchParams(search).has(TRAINER_EDITION_FLAG) ? 'fasilitator' : 'peserta';
}

/** A query string in `edition`: the flag added or taken away, every other parameter kept ("" when none is left). */
export function withEdition(search: string, edition: Edition): string {
  const params = new URLSearchParams(search);
  params.delete(TRAINER_EDITION_FLAG);
  const rest = params.toString();
  const query = [...(edition === 'fasilitator' ? [TRAINER_EDITION_FLAG] : []), ...(rest ? [rest] : [])].join('&');
  return query ? `?${query}` : '';
}

/** Absolute address of a page: site address + base path + page path, e.g. for a QR code. */
export function absoluteUrl(siteUrl: string, basePath: string, path: string): string {
  const base = `/${basePath.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  return new URL(base + path.replace(/^\/+/, ''), siteUrl).href;
}

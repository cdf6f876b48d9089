// What a certificate shows, as display strings: shared by the signed certificate (verification page) and
// the self-study record. Pure; runs on the server and in the browser.
import { formatDateId } from '../format';
import { formatNip } from '../nip';
import { certificateNumber } from './number';
import type { CompletionRequest } from './request';

/** One row of the per-topic table. */
export interface TopicView {
  title: string;
  /** Percent of the topic's points, e.g. "75". */
  percent: string;
  /** Points, e.g. "3/4" or "2,5/4". */
  points: string;
}

/** Every variable text on a certificate. Static texts (agency, course, JP, signatory) come from the page. */
export interface CertificateView {
  number: string;
  name: string;
  nip: string;
  position: string;
  /** Agency and unit, e.g. "Dinas Pendidikan, Pemerintah Kota Contoh". */
  agency: string;
  /** Score in Indonesian notation, e.g. "86,7". */
  score: string;
  passMark: string;
  /** Completion date in Indonesian, e.g. "23 November 2026". */
  date: string;
  courseVersion: string;
  topics: TopicView[];
}

/** A number with a decimal comma and at most one decimal: 86.7 → "86,7", 90 → "90". */
export function formatNumberId(value: number, decimals = 1): string {
  const factor = 10 ** decimals;
  return String(Math.round(value * factor) / factor).replace('.', ',');
}

/** The display strings of a request; module ids are shown by title when `moduleTitles` knows them. */
export function certificateView(request: CompletionRequest, moduleTitles: Readonly<Record<string, string>> = {}): CertificateView {
  const { identity } = request;
  return {
    number: certificateNumber(request),
    name: identity.name,
    nip: formatNip(identity.nip),
    position: identity.position,
    agency: identity.unit ? `${identity.unit}, ${identity.agency}` : identity.agency,
    score: formatNumberId(request.score),
    passMark: formatNumberId(request.passMark),
    date: formatDateId(new Date(`${request.date}T00:00:00Z`)),
    courseVersion: request.courseVersion,
    topics: request.topics.map((topic) => ({
      title: Object.hasOwn(moduleTitles, topic.module) ? moduleTitles[topic.module]! : topic.module,
      percent: formatNumberId((topic.points / topic.max) * 100, 0),
      points: `${formatNumberId(topic.points, 2)}/${formatNumberId(topic.max, 2)}`,
    })),
  };
}

// What a certificate shows, as display strings: shared by the signed certificate (verification page) and
// the self-study record. Pure; runs on the server and in the browser.
import { formatDate, formatNumber } from '../format';
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


/** The display strings of a request; module ids are shown by title when `moduleTitles` knows them. */
export function certificateView(request: CompletionRequest, moduleTitles: Readonly<Record<string, string>> = {}): CertificateView {
  const { identity } = request;
  return {
    number: certificateNumber(request),
    name: identity.name,
    nip: formatNip(identity.nip),
    position: identity.position,
    agency: identity.unit ? `${identity.unit}, ${identity.agency}` : identity.agency,
    score: formatNumber(request.score),
    passMark: formatNumber(request.passMark),
    date: formatDate(new Date(`${request.date}T00:00:00Z`)),
    courseVersion: request.courseVersion,
    topics: request.topics.map((topic) => ({
      title: Object.hasOwn(moduleTitles, topic.module) ? moduleTitles[topic.module]! : topic.module,
      percent: formatNumber((topic.points / topic.max) * 100, 0),
      points: `${formatNumber(topic.points, 2)}/${formatNumber(topic.max, 2)}`,
    })),
  };
}

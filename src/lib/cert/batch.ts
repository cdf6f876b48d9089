// Checking and signing a class at once, and the CSV a trainer downloads. Runs under plain Node
// (scripts/certify.mjs) and in the browser (the trainer page); no DOM, no file system. Refusal reasons are
// codes (src/lib/problem.ts, `sign.reason.*` in src/i18n): the caller turns them into words.
import { validateIdentity } from '../identity';
import { formatNip } from '../nip';
import { problem, type Problem } from '../problem';
import { signRequest } from './certificate';
import type { Signer } from './keys';
import { certificateNumber } from './number';
import { parseRequestCode, type CompletionRequest } from './request';
import { versionDate, type PublishedVersion } from './versions';
import { formatNumber } from '../format';

/** A request code and where it came from (a file name, or "" for pasted text). */
export interface BatchInput {
  code: string;
  source: string;
}

/** The result of one request in a batch. */
export type BatchRow =
  | { status: 'signed'; requestCode: string; source: string; request: CompletionRequest; number: string; code: string; link: string }
  | { status: 'rejected'; requestCode: string; source: string; request?: CompletionRequest; number?: string; reason: Problem };

export interface BatchOptions {
  /** The site's pass mark: a request below it, or claiming a lower one, is refused. */
  passMark: number;
  /** Course versions this site has published: a request must name one and show its topics. */
  versions: readonly PublishedVersion[];
  /** Builds the verification link of a certificate code. */
  link: (code: string) => string;
  /** "Today" for the date and NIP birth-date checks; defaults to now. */
  today?: Date;
}

// Points are kept in hundredths per topic; the score is rounded down to tenths from unrounded points.
const slack = 1e-6;

/** Whether the score is what the per-topic points give (within the rounding a request allows). */
export function scoreMatchesTopics(request: Pick<CompletionRequest, 'score' | 'topics'>): boolean {
  const points = request.topics.reduce((sum, topic) => sum + topic.points, 0);
  const max = request.topics.reduce((sum, topic) => sum + topic.max, 0);
  if (max <= 0) return false;
  const rounding = 0.005 * request.topics.length;
  const low = Math.floor(((points - rounding) / max) * 1000 + slack) / 10;
  const high = Math.floor(((points + rounding) / max) * 1000 + slack) / 10;
  return request.score >= low - slack && request.score <= high + slack;
}

/** The local calendar date of `date`, "YYYY-MM-DD". */
const isoDay = (date: Date) => new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);

/** Why a request may not be signed, or undefined when it may. Checks run in the order a trainer reads them. */
export function refusal(request: CompletionRequest, options: Pick<BatchOptions, 'passMark' | 'today' | 'versions'>): Problem | undefined {
  const today = options.today ?? new Date();
  const identity = validateIdentity(request.identity, today);
  if (!identity.ok) return problem('sign.reason.identity', {}, Object.values(identity.errors));
  if (request.passMark < options.passMark) return problem('sign.reason.passMark', { request: request.passMark, site: options.passMark });
  if (request.score < request.passMark)
    return problem('sign.reason.failed', { score: formatNumber(request.score), passMark: request.passMark });

  const published = options.versions.find((entry) => entry.version === request.courseVersion);
  if (!published) return problem('sign.reason.version', { version: request.courseVersion });
  // A learner's local date may be a day ahead of the trainer's (time zones from WIB to WIT and beyond).
  const tomorrow = isoDay(new Date(today.getTime() + 86_400_000));
  if (request.date > tomorrow) return problem('sign.reason.dateFuture', { date: request.date });
  const start = versionDate(request.courseVersion);
  if (start && request.date < start) return problem('sign.reason.dateBeforeCourse', { date: request.date, start });

  if (request.topics.length === 0) return problem('sign.reason.topicsNone');
  const seen = new Set<string>();
  for (const topic of request.topics) {
    if (seen.has(topic.module)) return problem('sign.reason.topicRepeated', { module: topic.module });
    seen.add(topic.module);
    if (!Object.hasOwn(published.mix, topic.module)) return problem('sign.reason.topicUnknown', { module: topic.module });
    const expected = published.mix[topic.module]!;
    if (topic.max !== expected) return problem('sign.reason.topicMax', { module: topic.module, max: formatNumber(topic.max, 2), expected });
  }
  const missing = Object.keys(published.mix).filter((module) => !seen.has(module));
  if (missing.length) return problem('sign.reason.topicMissing', { modules: missing.join(', ') });
  if (!scoreMatchesTopics(request)) {
    const points = request.topics.reduce((sum, topic) => sum + topic.points, 0);
    const max = request.topics.reduce((sum, topic) => sum + topic.max, 0);
    return problem('sign.reason.scoreSum', { score: formatNumber(request.score), points: formatNumber(points, 2), max: formatNumber(max, 2) });
  }
  return undefined;
}

/** The requests of a batch checked, without signing: what the trainer reviews before signing. */
export type CheckedRow =
  | { status: 'ready'; requestCode: string; source: string; request: CompletionRequest; number: string }
  | { status: 'rejected'; requestCode: string; source: string; request?: CompletionRequest; number?: string; reason: Problem };

/**
 * Checks every request (broken code, invalid identity, below the pass mark, unknown course version,
 * impossible date, topics that are not the course's, points that do not add up to the score, duplicate).
 * Never throws for bad input.
 */
export function checkBatch(inputs: readonly BatchInput[], options: Omit<BatchOptions, 'link'>): CheckedRow[] {
  const rows: CheckedRow[] = [];
  const seen = new Set<string>();
  for (const { code: requestCode, source } of inputs) {
    const parsed = parseRequestCode(requestCode);
    if (!parsed.ok) {
      rows.push({ status: 'rejected', requestCode, source, reason: problem(`sign.reason.${parsed.reason}`) });
      continue;
    }
    const { request } = parsed;
    const number = certificateNumber(request);
    const reason = refusal(request, options);
    if (reason) rows.push({ status: 'rejected', requestCode, source, request, number, reason });
    else if (seen.has(number)) rows.push({ status: 'rejected', requestCode, source, request, number, reason: problem('sign.reason.duplicate') });
    else {
      seen.add(number);
      rows.push({ status: 'ready', requestCode, source, request, number });
    }
  }
  return rows;
}

/** Signs every request that passes `checkBatch`, in order, and says why each other one was refused. */
export async function signBatch(inputs: readonly BatchInput[], signer: Pick<Signer, 'keyId' | 'sign'>, options: BatchOptions): Promise<BatchRow[]> {
  const rows: BatchRow[] = [];
  for (const row of checkBatch(inputs, options)) {
    if (row.status === 'rejected') rows.push(row);
    else {
      const code = await signRequest(row.request, signer);
      rows.push({ ...row, status: 'signed', code, link: options.link(code) });
    }
  }
  return rows;
}

// A cell starting with = + - @ (or a tab/CR) is run as a formula by spreadsheet programs: prefix it with '.
function cell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as CSV (RFC 4180, CRLF, UTF-8 with BOM so spreadsheet programs read the accents). */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return `\uFEFF${[header.map(cell).join(','), ...rows.map((row) => row.map(cell).join(','))].join('\r\n')}\r\n`;
}

/** Column names of the results CSV. */
export const csvColumns = [
  'status', 'nomor', 'nama', 'nip', 'instansi', 'unit_kerja', 'jabatan', 'nilai', 'tanggal',
  'keterangan', 'berkas', 'tautan', 'kode_sertifikat', 'kode_permintaan',
] as const;

/** The results as CSV; `explain` turns a refusal reason into words. */
export function batchCsv(rows: readonly BatchRow[], explain: (reason: Problem) => string): string {
  return toCsv(
    csvColumns,
    rows.map((row) => {
      const request = row.request;
      const identity = request?.identity;
      return [
        row.status === 'signed' ? 'ditandatangani' : 'ditolak',
        row.number ?? '',
        identity?.name ?? '',
        // Grouped with spaces, so spreadsheet programs keep all 18 digits instead of rounding a number.
        identity ? formatNip(identity.nip) : '',
        identity?.agency ?? '',
        identity?.unit ?? '',
        identity?.position ?? '',
        request ? formatNumber(request.score) : '',
        request?.date ?? '',
        row.status === 'rejected' ? explain(row.reason) : '',
        row.source,
        row.status === 'signed' ? row.link : '',
        row.status === 'signed' ? row.code : '',
        row.requestCode,
      ];
    }),
  );
}

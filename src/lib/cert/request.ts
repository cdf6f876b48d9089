// The completion request: what a learner's device hands to a trainer, and what a trainer signs.
// Pure; runs on the server, in the browser and under plain Node (scripts/certify.mjs).
//
// Request code, format version 1: "NR1." + base64url(payload). Payload bytes, in order:
//   u8      pass mark in percent at the time of the attempt (1–100)
//   varint  post-test score in tenths of a percent (0–1000)
//   varint  completion date, days since 1970-01-01 (the learner's local calendar date)
//   16 B    first 128 bits of the attempt digest (ExamResult.digest)
//   string  course version
//   string  name, then 8 B NIP (18 digits as a big-endian integer), then strings agency, unit, position
//   varint  topic count, then per topic: string module id, varint points and varint max in hundredths
// Strings are a varint byte length + NFC UTF-8. The layout is canonical: decode(encode(x)) === x, and
// any byte string the decoder accepts re-encodes to the same bytes.
import type { ExamResult } from '../quiz/types';
import type { Identity } from '../identity';
import { identityLimits } from '../identity';
import { ByteReader, ByteWriter, FormatError } from './bytes';
import { fromBase64url, toBase64url } from './base64url';
import { attemptFactsJson, type AttemptFacts } from './attempt-facts';
import { certificateNumber } from './number';

/** Text prefix of a version-1 completion request code. */
export const requestPrefix = 'NR1.';

/** Bytes of the attempt digest kept in a request (128 bits: enough to tie it to one attempt). */
export const digestBytes = 16;

/** Topic result in a request: points and maximum of one module, as in ExamResult.topics. */
export interface RequestTopic {
  /** Module id, e.g. "netralitas-asn". */
  module: string;
  points: number;
  max: number;
}

/** A completion request: identity, post-test result, date, course version and attempt digest. */
export interface CompletionRequest {
  identity: Identity;
  /** Post-test score in percent, one decimal. */
  score: number;
  /** Pass mark in percent that applied to the attempt. */
  passMark: number;
  topics: RequestTopic[];
  /** Completion date, "YYYY-MM-DD" (the learner's local calendar date). */
  date: string;
  /** Course version the post-test was drawn from, e.g. "2026.11". */
  courseVersion: string;
  /** First 128 bits of the attempt digest, 32 lowercase hex characters. */
  digest: string;
}

// Twelve topics fit the printed one-page table; the course has six modules.
const limits = { courseVersion: 32, module: 48, topics: 12, stringBytes: 4 * 120 } as const;
const dayMs = 86_400_000;
// Control, format (bidi overrides, zero-width) and separator characters have no place in printed fields.
const hidden = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

function checkText(value: string, maxChars: number, optional = false): void {
  if (value === '' && optional) return;
  if (value === '') throw new FormatError('empty text');
  if (value !== value.normalize('NFC') || value !== value.trim() || /\s{2}/u.test(value)) throw new FormatError('text not clean');
  if (hidden.test(value)) throw new FormatError('hidden characters');
  if ([...value].length > maxChars) throw new FormatError('text too long');
}

function hexToBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

const bytesToHex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

function dateToDays(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new FormatError('date not YYYY-MM-DD');
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (new Date(ms).toISOString().slice(0, 10) !== date) throw new FormatError('not a real date');
  return ms / dayMs;
}

// Whether `value` has at most log10(scale) decimals, allowing for binary floating point (0.29 * 100).
const isMultiple = (value: number, scale: number) => Math.abs(value * scale - Math.round(value * scale)) < 1e-6;

const daysToDate = (days: number) => new Date(days * dayMs).toISOString().slice(0, 10);

/** Throws FormatError unless the request can be encoded canonically (every field in range and clean). */
export function checkRequest(request: CompletionRequest): void {
  const { identity } = request;
  checkText(identity.name, identityLimits.name);
  if (!/^\d{18}$/.test(identity.nip)) throw new FormatError('NIP not 18 digits');
  checkText(identity.agency, identityLimits.agency);
  checkText(identity.unit, identityLimits.unit, true);
  checkText(identity.position, identityLimits.position);
  checkText(request.courseVersion, limits.courseVersion);
  if (!Number.isInteger(request.passMark) || request.passMark < 1 || request.passMark > 100) throw new FormatError('pass mark');
  if (!Number.isFinite(request.score) || request.score < 0 || request.score > 100 || !isMultiple(request.score, 10))
    throw new FormatError('score');
  if (!/^[0-9a-f]{32}$/.test(request.digest)) throw new FormatError('digest');
  dateToDays(request.date);
  if (request.date < '2000-01-01' || request.date > '2099-12-31') throw new FormatError('date out of range');
  if (request.topics.length > limits.topics) throw new FormatError('too many topics');
  for (const topic of request.topics) {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(topic.module) || topic.module.length > limits.module) throw new FormatError('module id');
    for (const value of [topic.points, topic.max]) {
      if (!Number.isFinite(value) || value < 0 || value > 10_000 || !isMultiple(value, 100)) throw new FormatError('topic points');
    }
    if (topic.max === 0 || topic.points > topic.max) throw new FormatError('topic points above max');
  }
}

/** The canonical payload bytes of a request. Throws FormatError for a request that `checkRequest` rejects. */
export function encodeRequest(request: CompletionRequest): Uint8Array {
  checkRequest(request);
  const { identity } = request;
  const writer = new ByteWriter()
    .u8(request.passMark)
    .varint(Math.round(request.score * 10))
    .varint(dateToDays(request.date))
    .raw(hexToBytes(request.digest))
    .string(request.courseVersion)
    .string(identity.name);
  const nip = BigInt(identity.nip);
  for (let shift = 56n; shift >= 0n; shift -= 8n) writer.u8(Number((nip >> shift) & 0xffn));
  writer.string(identity.agency).string(identity.unit).string(identity.position).varint(request.topics.length);
  for (const topic of request.topics)
    writer.string(topic.module).varint(Math.round(topic.points * 100)).varint(Math.round(topic.max * 100));
  return writer.bytes();
}

/** Reads a request from a reader positioned at its payload; throws FormatError on non-canonical bytes. */
export function readRequest(reader: ByteReader): CompletionRequest {
  const passMark = reader.u8();
  const score = reader.varint() / 10;
  const date = daysToDate(reader.varint());
  const digest = bytesToHex(reader.raw(digestBytes));
  const courseVersion = reader.string(limits.courseVersion * 4);
  const name = reader.string(limits.stringBytes);
  let nipValue = 0n;
  for (const byte of reader.raw(8)) nipValue = (nipValue << 8n) | BigInt(byte);
  if (nipValue >= 10n ** 18n) throw new FormatError('NIP out of range');
  const nip = nipValue.toString().padStart(18, '0');
  const agency = reader.string(limits.stringBytes);
  const unit = reader.string(limits.stringBytes);
  const position = reader.string(limits.stringBytes);
  const count = reader.varint();
  if (count > limits.topics) throw new FormatError('too many topics');
  const topics: RequestTopic[] = [];
  for (let i = 0; i < count; i++) {
    const module = reader.string(limits.module);
    topics.push({ module, points: reader.varint() / 100, max: reader.varint() / 100 });
  }
  const request: CompletionRequest = {
    identity: { name, nip, agency, unit, position },
    score,
    passMark,
    topics,
    date,
    courseVersion,
    digest,
  };
  checkRequest(request);
  return request;
}

/** Decodes canonical payload bytes; throws FormatError on anything `encodeRequest` would not produce. */
export function decodeRequest(bytes: Uint8Array): CompletionRequest {
  const reader = new ByteReader(bytes);
  const request = readRequest(reader);
  reader.end();
  return request;
}

/** The text code of a request ("NR1." + base64url), for a file, a QR code or copy and paste. */
export function encodeRequestCode(request: CompletionRequest): string {
  return requestPrefix + toBase64url(encodeRequest(request));
}

export type RequestCodeResult =
  | { ok: true; request: CompletionRequest; code: string }
  | { ok: false; reason: 'malformed' | 'unsupported' };

/** Parses a request code. Never throws; a code from a newer format version is "unsupported". */
export function parseRequestCode(input: unknown): RequestCodeResult {
  if (typeof input !== 'string' || input.length > 8192) return { ok: false, reason: 'malformed' };
  const code = input.trim();
  if (!code.startsWith(requestPrefix)) return { ok: false, reason: /^NR\d+\./.test(code) ? 'unsupported' : 'malformed' };
  const bytes = fromBase64url(code.slice(requestPrefix.length));
  if (!bytes) return { ok: false, reason: 'malformed' };
  try {
    return { ok: true, request: decodeRequest(bytes), code };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}

/** The learner's local calendar date of an ISO timestamp, "YYYY-MM-DD" (what a certificate prints). */
export function localDate(iso: string): string {
  const date = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Builds the completion request for a passed post-test. The identity must already be validated. */
export function requestFromExam(
  identity: Identity,
  exam: ExamResult,
  options: { passMark: number; courseVersion: string; date?: string },
): CompletionRequest {
  return {
    identity,
    score: Math.round(exam.score * 10) / 10,
    passMark: options.passMark,
    // Partial credit can leave thirds; a request keeps hundredths of a point.
    topics: exam.topics.map(({ module, points, max }) => ({ module, points: Math.round(points * 100) / 100, max: Math.round(max * 100) / 100 })),
    date: options.date ?? localDate(exam.finishedAt),
    courseVersion: options.courseVersion,
    digest: exam.digest.toLowerCase().slice(0, digestBytes * 2),
  };
}

/**
 * The request as a file a learner hands to a trainer: JSON whose `code` is what counts (the trainer page
 * and `npm run certify` read only codes) plus readable copies of the main fields for the trainer's eyes.
 */
export function requestFile(request: CompletionRequest, attempt?: AttemptFacts): { fileName: string; text: string } {
  const number = certificateNumber(request);
  const content = {
    format: 'netral-permintaan-sertifikat',
    version: 1,
    nomor: number,
    nama: request.identity.name,
    nip: request.identity.nip,
    nilai: request.score,
    tanggal: request.date,
    code: encodeRequestCode(request),
    // Not signed: what the device recorded of the attempt, for the trainer to look at (./attempt-facts.ts).
    ...(attempt && { percobaan: attemptFactsJson(attempt) }),
  };
  return { fileName: `permintaan-sertifikat-${request.identity.nip}-${number}.json`, text: `${JSON.stringify(content, null, 2)}\n` };
}

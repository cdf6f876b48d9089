// Class records for a trainer: the class roster (CSV of name, NIP, unit), the status of each learner's
// completion request and certificate, and the HR CSV. Pure (CSV parsing with papaparse); runs in the
// browser (/pelatih/kelas/) and under plain Node (tests). Problems are codes (`class.*` in src/i18n).
import Papa from 'papaparse';
import { cleanText } from '../identity';
import { formatNip, validateNip } from '../nip';
import { problem, type Problem } from '../problem';
import type { CheckedRow } from './batch';
import type { Certificate } from './certificate';
import { toCsv } from './batch';

/** One learner of the class, as the roster lists them. */
export interface RosterEntry {
  name: string;
  /** 18 digits, no spaces. */
  nip: string;
  unit: string;
}

/** The roster read from CSV: its learners and, per unusable line, why. */
export interface Roster {
  entries: RosterEntry[];
  problems: { line: number; problem: Problem }[];
}

const headerNames = {
  name: ['nama', 'name', 'nama lengkap', 'nama_lengkap'],
  nip: ['nip', 'ni pppk', 'nip/ni pppk'],
  unit: ['unit', 'unit kerja', 'unit_kerja', 'satuan kerja', 'unit kerja/instansi'],
};

/**
 * Reads a roster CSV (comma, semicolon or tab separated, as spreadsheet programs save it): with a header
 * row naming nama/NIP/unit columns in any order, or without one as name, NIP, unit. A line with an invalid
 * NIP, no name, or a NIP already listed is left out and reported.
 */
export function parseRoster(text: string, today: Date = new Date()): Roster {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const rows = parsed.data.map((row) => row.map((cell) => cleanText(String(cell ?? ''))));
  const header = rows[0]?.map((cell) => cell.toLowerCase()) ?? [];
  const find = (names: string[]) => header.findIndex((cell) => names.includes(cell));
  let columns = { name: find(headerNames.name), nip: find(headerNames.nip), unit: find(headerNames.unit) };
  const hasHeader = columns.name >= 0 && columns.nip >= 0;
  if (!hasHeader) columns = { name: 0, nip: 1, unit: 2 };
  const entries: RosterEntry[] = [];
  const problems: Roster['problems'] = [];
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    if (hasHeader && index === 0) return;
    const line = index + 1;
    const name = row[columns.name] ?? '';
    const nip = validateNip(row[columns.nip] ?? '', today);
    if (!name) problems.push({ line, problem: problem('class.roster.noName') });
    else if (!nip.ok) problems.push({ line, problem: problem('class.roster.nip', { name }, [nip.problem]) });
    else if (seen.has(nip.nip)) problems.push({ line, problem: problem('class.roster.duplicate', { name, nip: formatNip(nip.nip) }) });
    else {
      seen.add(nip.nip);
      entries.push({ name, nip: nip.nip, unit: columns.unit >= 0 ? (row[columns.unit] ?? '') : '' });
    }
  });
  return { entries, problems };
}

/** Where one learner of the roster stands. */
export type LearnerStatus =
  | { status: 'signed'; entry: RosterEntry; certificate: Certificate }
  | { status: 'refused'; entry: RosterEntry; row: Extract<CheckedRow, { status: 'rejected' }> }
  | { status: 'submitted'; entry: RosterEntry; row: Extract<CheckedRow, { status: 'ready' }> }
  | { status: 'missing'; entry: RosterEntry };

/** The class: each roster entry's status, and requests or certificates of people not on the roster. */
export interface ClassRecord {
  learners: LearnerStatus[];
  strangers: { name: string; nip: string; source: string }[];
}

/**
 * Matches checked requests and valid certificates to the roster by NIP. A learner with a valid certificate
 * is "signed"; else one whose request passed the checks is "submitted" (waiting for a signature); else one
 * whose request was refused is "refused" (with the reason); else "missing". Unreadable codes carry no NIP
 * and match no one.
 */
export function classRecord(roster: readonly RosterEntry[], requests: readonly CheckedRow[], certificates: readonly Certificate[]): ClassRecord {
  const onRoster = new Set(roster.map((entry) => entry.nip));
  const learners = roster.map((entry): LearnerStatus => {
    const certificate = certificates.find((item) => item.request.identity.nip === entry.nip);
    if (certificate) return { status: 'signed', entry, certificate };
    const mine = requests.filter((row) => row.request?.identity.nip === entry.nip);
    const ready = mine.find((row) => row.status === 'ready');
    if (ready?.status === 'ready') return { status: 'submitted', entry, row: ready };
    const refused = mine.find((row) => row.status === 'rejected');
    if (refused?.status === 'rejected') return { status: 'refused', entry, row: refused };
    return { status: 'missing', entry };
  });
  const strangers = new Map<string, ClassRecord['strangers'][number]>();
  for (const row of requests)
    if (row.request && !onRoster.has(row.request.identity.nip))
      strangers.set(row.request.identity.nip, { name: row.request.identity.name, nip: row.request.identity.nip, source: row.source });
  for (const item of certificates)
    if (!onRoster.has(item.request.identity.nip))
      strangers.set(item.request.identity.nip, { name: item.request.identity.name, nip: item.request.identity.nip, source: '' });
  return { learners, strangers: [...strangers.values()] };
}

/** Column names of the HR CSV. */
export const hrColumns = ['nip', 'nama', 'pelatihan', 'jp', 'tanggal', 'nomor_sertifikat', 'nilai'] as const;

/**
 * The class's certificates in a layout an HR system imports: one row per certificate, the NIP as 18 plain
 * digits (spreadsheet programs must open it as text, through their import dialog), the date as YYYY-MM-DD
 * and the score with a decimal point.
 */
export function hrCsv(certificates: readonly Certificate[], course: { title: string; jp: number }): string {
  return toCsv(
    hrColumns,
    certificates.map((item) => [
      item.request.identity.nip,
      item.request.identity.name,
      course.title,
      course.jp,
      item.request.date,
      item.number,
      // An HR system reads a decimal point, not the Indonesian comma: one decimal, as printed.
      String(Math.round(item.request.score * 10) / 10),
    ]),
  );
}

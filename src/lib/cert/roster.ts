// Class records for a trainer: the status of each learner of the class roster (reading the roster CSV is
// in ./roster-csv.ts) by their completion request and certificate, and the HR CSV. Pure; runs in the
// browser (/pelatih/kelas/) and under plain Node (tests).
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

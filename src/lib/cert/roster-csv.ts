// Reading a class roster (CSV of name, NIP, unit) with papaparse. Pure; runs in the browser and under
// plain Node (tests). Apart from ./roster.ts so /pelatih/kelas/ loads papaparse only when a trainer loads
// a roster, not on every visit (a kept roster is already parsed). Problems are codes (`class.*` in src/i18n).
import Papa from 'papaparse';
import { cleanText } from '../identity';
import { formatNip, validateNip } from '../nip';
import { problem, type Problem } from '../problem';
import type { RosterEntry } from './roster';

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


// Signing a class at once, and the CSV a trainer downloads. Runs under plain Node (scripts/certify.mjs)
// and in the browser (the trainer page); no DOM, no file system.
import { t } from '../../i18n';
import { validateIdentity } from '../identity';
import { formatNip } from '../nip';
import { signRequest } from './certificate';
import type { Signer } from './keys';
import { certificateNumber } from './number';
import { parseRequestCode, type CompletionRequest } from './request';
import { formatNumberId } from './view';

/** The result of one request in a batch. */
export type BatchRow =
  | { status: 'signed'; requestCode: string; request: CompletionRequest; number: string; code: string; link: string }
  | { status: 'rejected'; requestCode: string; request?: CompletionRequest; reason: string };

export interface BatchOptions {
  /** The site's pass mark: a request below it, or claiming a lower one, is refused. */
  passMark: number;
  /** Builds the verification link of a certificate code. */
  link: (code: string) => string;
  /** "Today" for the NIP's birth-date check; defaults to now. */
  today?: Date;
}

/** Why a request may not be signed, or undefined when it may. */
export function refusal(request: CompletionRequest, options: Pick<BatchOptions, 'passMark' | 'today'>): string | undefined {
  const identity = validateIdentity(request.identity, options.today);
  if (!identity.ok) return t('sign.reason.identity', { detail: Object.values(identity.errors).join(' ') });
  if (request.passMark < options.passMark)
    return t('sign.reason.passMark', { request: request.passMark, site: options.passMark });
  if (request.score < request.passMark) return t('sign.reason.failed', { score: request.score, passMark: request.passMark });
  return undefined;
}

/**
 * Signs every request code that can be signed, in order, and says why each other one was refused (broken
 * code, invalid identity, below the pass mark, duplicate). Never throws for bad input.
 */
export async function signBatch(codes: readonly string[], signer: Pick<Signer, 'keyId' | 'privateKey'>, options: BatchOptions): Promise<BatchRow[]> {
  const rows: BatchRow[] = [];
  const seen = new Set<string>();
  for (const requestCode of codes) {
    const parsed = parseRequestCode(requestCode);
    if (!parsed.ok) {
      rows.push({ status: 'rejected', requestCode, reason: t(`sign.reason.${parsed.reason}`) });
      continue;
    }
    const { request } = parsed;
    const reason = refusal(request, options);
    const number = certificateNumber(request);
    if (reason) rows.push({ status: 'rejected', requestCode, request, reason });
    else if (seen.has(number)) rows.push({ status: 'rejected', requestCode, request, reason: t('sign.reason.duplicate') });
    else {
      seen.add(number);
      const code = await signRequest(request, signer);
      rows.push({ status: 'signed', requestCode, request, number, code, link: options.link(code) });
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

/** Column names of the results CSV. */
export const csvColumns = [
  'status', 'nomor', 'nama', 'nip', 'instansi', 'unit_kerja', 'jabatan', 'nilai', 'tanggal',
  'keterangan', 'tautan', 'kode_sertifikat', 'kode_permintaan',
] as const;

/** The results as CSV (RFC 4180, CRLF, UTF-8 with BOM so spreadsheet programs read the accents). */
export function batchCsv(rows: readonly BatchRow[]): string {
  const lines = rows.map((row) => {
    const request = row.request;
    const identity = request?.identity;
    return [
      row.status === 'signed' ? 'ditandatangani' : 'ditolak',
      request ? certificateNumber(request) : '',
      identity?.name ?? '',
      // Grouped with spaces, so spreadsheet programs keep all 18 digits instead of rounding a number.
      identity ? formatNip(identity.nip) : '',
      identity?.agency ?? '',
      identity?.unit ?? '',
      identity?.position ?? '',
      request ? formatNumberId(request.score) : '',
      request?.date ?? '',
      row.status === 'rejected' ? row.reason : '',
      row.status === 'signed' ? row.link : '',
      row.status === 'signed' ? row.code : '',
      row.requestCode,
    ]
      .map(cell)
      .join(',');
  });
  return `\uFEFF${[csvColumns.join(','), ...lines].join('\r\n')}\r\n`;
}

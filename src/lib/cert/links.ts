// Verification links and finding codes in pasted text. Pure; runs on the server, in the browser and under
// plain Node.
import { parseCertificateCode } from './certificate';
import { parseRequestCode } from './request';

/** Path of the verification page relative to the base path. */
export const verifyPath = 'verifikasi/';

/**
 * The link that opens a certificate on the verification page: siteUrl + basePath + "verifikasi/#" + code.
 * The code goes in the fragment, which browsers never send to the server, so the learner's name and NIP
 * stay out of server logs. Without a siteUrl the link is relative to the site root.
 */
export function verificationLink(code: string, site: { siteUrl?: string | undefined; basePath: string }): string {
  const origin = site.siteUrl ? site.siteUrl.replace(/\/+$/, '') : '';
  const base = site.basePath.endsWith('/') ? site.basePath : `${site.basePath}/`;
  return `${origin}${base}${verifyPath}#${code}`;
}

const codePattern = /N[CR]\d+\.[A-Za-z0-9_-]+/g;
// A further piece of a code broken across lines or by spaces: a run of base64url characters standing alone
// (not the start of the next code, "NR1.").
const piece = /^\s+([A-Za-z0-9_-]+)(?![A-Za-z0-9_.-])/;
const maxPieces = 64;

/**
 * Every code in `text`, in order, once. A code broken by line breaks or spaces (as e-mail and chat programs
 * wrap long words) is put back together: the pieces after it are joined as long as that makes a code
 * `accepts` (the strict decoders never accept a wrong join by chance).
 */
function findCodes(text: string, prefix: RegExp, accepts: (code: string) => boolean): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(codePattern)) {
    let code = match[0];
    if (!prefix.test(code)) continue;
    if (!accepts(code)) {
      let rest = text.slice(match.index + code.length);
      let candidate = code;
      for (let i = 0; i < maxPieces; i++) {
        const next = piece.exec(rest);
        if (!next) break;
        candidate += next[1];
        rest = rest.slice(next[0].length);
        if (accepts(candidate)) {
          code = candidate;
          break;
        }
      }
    }
    found.push(code);
  }
  return [...new Set(found)];
}

const decoded = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    // Not percent-encoded (or badly so): look in the text as it is.
    return text;
  }
};

/**
 * The code in what someone pasted or opened: a bare code, a verification link (…#CODE, ?kode=CODE,
 * #kode=CODE), text around a code, or a code broken across lines. Returns the trimmed input when no code
 * is found, so the caller can report it as unreadable.
 */
export function findCode(text: string): string {
  const input = decoded(text);
  const accepts = (code: string) => (code.startsWith('NR') ? parseRequestCode(code).ok : parseCertificateCode(code).ok);
  return findCodes(input, /^N[CR]/, accepts)[0] ?? text.trim();
}

/** Every completion request code in a text (a CSV of a class, request files, pasted lines), in order, once. */
export function findRequestCodes(text: string): string[] {
  return findCodes(text, /^NR/, (code) => parseRequestCode(code).ok);
}

/** Every certificate code in a text (e.g. the results CSV of a class), in order, once. */
export function findCertificateCodes(text: string): string[] {
  return findCodes(text, /^NC/, (code) => parseCertificateCode(code).ok);
}

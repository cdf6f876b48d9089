// Verification links and finding codes in pasted text. Pure; runs on the server, in the browser and under
// plain Node.

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

const codePattern = /N[CR]\d+\.[A-Za-z0-9_-]+/;

/**
 * The code in what someone pasted or opened: a bare code, a verification link (…#CODE, ?kode=CODE,
 * #kode=CODE) or text around a code. Returns the trimmed input when no code is found, so the caller can
 * report it as unreadable.
 */
export function findCode(text: string): string {
  let decoded = text;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    // Not percent-encoded (or badly so): look in the text as it is.
  }
  return codePattern.exec(decoded)?.[0] ?? text.trim();
}

/** Every completion request code in a text (a CSV of a class, request files, pasted lines), in order, once. */
export function findRequestCodes(text: string): string[] {
  return [...new Set(text.match(/NR\d+\.[A-Za-z0-9_-]+/g) ?? [])];
}

/** Every certificate code in a text (e.g. the results CSV of a class), in order, once. */
export function findCertificateCodes(text: string): string[] {
  return [...new Set(text.match(/NC\d+\.[A-Za-z0-9_-]+/g) ?? [])];
}

// Why a certificate code is not valid, as a code (src/lib/problem.ts) that the verification page and
// `npm run certify --verify` both turn into the same words (`verify.reason.*` in src/i18n). Pure; runs
// on the server, in the browser and under plain Node.
import { formatDate } from '../format';
import { problem, type Problem } from '../problem';
import type { InvalidReason, Verification } from './certificate';

/** The dictionary key of each reason a certificate is not valid. */
export const invalidReasonKeys: Record<InvalidReason, string> = {
  empty: 'verify.reason.empty',
  malformed: 'verify.reason.malformed',
  unsupported: 'verify.reason.unsupported',
  unsigned: 'verify.reason.unsigned',
  'unknown-key': 'verify.reason.unknownKey',
  altered: 'verify.reason.altered',
  revoked: 'verify.reason.revoked',
};

/** Why a verification failed, with the key id or the revocation's date and reason; `site` is the site's title. */
export function invalidReason(result: Extract<Verification, { status: 'invalid' }>, site: string): Problem {
  const key = invalidReasonKeys[result.reason];
  if (result.reason === 'unknown-key') return problem(key, { keyId: result.keyId, site });
  if (result.reason === 'revoked')
    return problem(key, { date: formatDate(new Date(`${result.revocation.date}T00:00:00Z`)), reason: result.revocation.reason, site });
  return problem(key, { site });
}

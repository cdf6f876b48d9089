// Why a certificate code is not valid, in the words the verification page and `npm run certify --verify`
// both use. Pure; runs in the build and under plain Node.
import { t } from '../../i18n';
import type { InvalidReason } from './certificate';

/** One Indonesian sentence per reason a certificate is not valid; `site` is the site's title. */
export function invalidReasonMessages(site: string): Record<InvalidReason, string> {
  return {
    empty: t('verify.reason.empty'),
    malformed: t('verify.reason.malformed', { site }),
    unsupported: t('verify.reason.unsupported', { site }),
    unsigned: t('verify.reason.unsigned'),
    'unknown-key': t('verify.reason.unknownKey'),
    altered: t('verify.reason.altered'),
    revoked: t('verify.reason.revoked'),
  };
}

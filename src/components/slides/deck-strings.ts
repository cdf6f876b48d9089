// UI strings <netral-deck> receives through data-strings, in both the audience and the presenter window.
import { t } from '../../i18n';

/** Strings for <netral-deck>. */
export const deckStrings = {
  blackOn: t('slides.blackOn'),
  jumpHint: t('slides.jumpHint'),
  popupBlocked: t('slides.popupBlocked'),
  tallyCount: t('slides.tallyCount'),
  tallyInvalid: t('slides.tallyInvalid'),
  tallyTotal: t('slides.tallyTotal'),
};

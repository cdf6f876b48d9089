// Measuring that a page fits a phone: nothing scrolls sideways and nothing is cut off. Used by the
// learner-* specs at 320 and 390 px.
import { expect, type Page } from '@playwright/test';

/** What sticks out: the page's sideways scroll, elements past the viewport, boxes that scroll sideways. */
export interface Overflow {
  /** How far the page itself scrolls sideways, in px. */
  page: number;
  /** Visible elements reaching past the right edge of the viewport (first three). */
  wide: string[];
  /** Elements whose content is wider than their box and scrolls or is clipped (first three). */
  clipped: string[];
}

/**
 * Measures `scope` (default: the whole body). Elements in hidden parts, closed dialogs and popovers are
 * skipped; `allowScroll` names containers that scroll sideways on purpose (the header's navigation strip).
 */
export async function measureOverflow(page: Page, scope = 'body', allowScroll = '.site-nav'): Promise<Overflow> {
  return page.evaluate(
    ([selector, allowed]) => {
      const root = document.querySelector(selector) ?? document.body;
      const width = document.documentElement.clientWidth;
      const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}`;
      const visible = (el: Element) => el.closest('[hidden], dialog:not([open]), [popover]:not(:popover-open)') === null && el.getClientRects().length > 0;
      const all = [root, ...root.querySelectorAll('*')].filter(visible);
      const wide = all.filter((el) => el.getBoundingClientRect().right > width + 1 && !el.closest(allowed)).slice(0, 3).map(name);
      const clipped = all
        .filter((el) => {
          const style = getComputedStyle(el);
          // A 1 px box is a visually hidden text for screen readers, clipped on purpose.
          return el.clientWidth > 1 && el.scrollWidth > el.clientWidth + 1 && ['auto', 'scroll', 'hidden', 'clip'].includes(style.overflowX) && !el.matches(allowed);
        })
        .slice(0, 3)
        .map((el) => `${name(el)} ${el.scrollWidth}>${el.clientWidth}`);
      return { page: document.documentElement.scrollWidth - width, wide, clipped };
    },
    [scope, allowScroll] as const,
  );
}

/** Expects `scope` to fit the viewport: no sideways scroll, nothing past the edge, nothing clipped. */
export async function expectFits(page: Page, scope?: string): Promise<void> {
  expect(await measureOverflow(page, scope)).toEqual({ page: 0, wide: [], clipped: [] });
}

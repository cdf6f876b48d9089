// Fitting a crowded slide to its 16:9 frame: its text scale (--fit) shrinks step by step until the body
// fits, down to MIN_FIT; past that the body scrolls (data-overflowing). Browser only; used by <netral-deck>.

/** Smallest text scale a crowded slide is shrunk to: at 1080p body text stays above ~28 px. */
export const MIN_FIT = 0.65;

/** A revealed question may shrink a little more: its answer text still stays above 24 px at 1080p. */
export const MIN_FIT_REVEALED = 0.62;

/** Shrinks the text of the slide in `frame` until it fits; returns whether it still overflows. */
export function fitFrame(frame: HTMLElement): boolean {
  const slide = frame.querySelector<HTMLElement>('.slide');
  const body = slide?.querySelector<HTMLElement>('.slide__body');
  if (!slide || !body) return false;
  let fit = 1;
  const min = slide.hasAttribute('data-revealed') ? MIN_FIT_REVEALED : MIN_FIT;
  slide.style.setProperty('--fit', '1');
  slide.removeAttribute('data-overflowing');
  while (body.scrollHeight > body.clientHeight + 1 && fit > min) {
    fit = Math.max(min, Math.round((fit - 0.05) * 100) / 100);
    slide.style.setProperty('--fit', String(fit));
  }
  const overflowing = body.scrollHeight > body.clientHeight + 1;
  slide.toggleAttribute('data-overflowing', overflowing);
  return overflowing;
}

/**
 * Fits every frame of `deck`, measuring the hidden ones in place without showing them (a printed deck
 * shows them all). The deck's CSS shows hidden frames invisibly while it has data-measuring.
 */
export function fitAll(deck: HTMLElement, frames: readonly HTMLElement[]): void {
  deck.setAttribute('data-measuring', '');
  for (const frame of frames) fitFrame(frame);
  deck.removeAttribute('data-measuring');
}

/** Resolves once web fonts are in (text measured before would be measured in the fallback font). */
export function fontsReady(): Promise<void> {
  return document.fonts ? document.fonts.ready.then(() => undefined) : Promise.resolve();
}

// How the certificate request leaves the phone ("Kirim ke pelatih"): the Web Share API with the request file
// where the browser can share files, otherwise the fallback (copy the code, show the agency's contact).
// Pure: the browser's navigator is passed in, so tests hand fakes. Runs in the browser and in unit tests.

/** The parts of `navigator` the decision reads (both missing over plain HTTP and in many desktop browsers). */
export interface ShareCapable {
  share?: ((data: ShareData) => Promise<void>) | undefined;
  canShare?: ((data: ShareData) => boolean) | undefined;
}

/** Whether to share the file through the system share sheet, or to fall back to copying the code. */
export function shareMethod(nav: ShareCapable, file: File): 'files' | 'fallback' {
  if (typeof nav.share !== 'function' || typeof nav.canShare !== 'function') return 'fallback';
  try {
    return nav.canShare({ files: [file] }) ? 'files' : 'fallback';
  } catch {
    return 'fallback';
  }
}

/**
 * What a rejected navigator.share() means: the learner closed the share sheet ("cancelled": say so, the
 * request is still here), or the browser refused (anything else: fall back to the code and the contact).
 */
export function shareFailure(error: unknown): 'cancelled' | 'fallback' {
  return error instanceof Error && error.name === 'AbortError' ? 'cancelled' : 'fallback';
}

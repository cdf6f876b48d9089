// Browser adapter: what the SCORM launch page (<netral-lms>, src/elements/netral-lms.ts) offers the course
// pages it hosts in its inner frame. Course pages call lmsHost(): null on the standalone site.

/** What the launch page shares with the pages in its frame. */
export interface LmsHost {
  /** The session's learner-data storage: the LMS keeps it, nothing goes to localStorage. */
  storage: import('../lib/storage').StorageLike;
  /** The learner as the LMS names them. */
  learner: { id: string; name: string };
}

declare global {
  interface Window {
    /** Set by the launch page once the LMS session has started. */
    netralLms?: LmsHost;
  }
}

/**
 * The launch page's offer when this page runs inside the LMS, else null: looked for up the frames above this
 * page, then above the window that opened it (a presenter view opened from a deck in the course frame), so no
 * page of the package ever falls back to the browser's storage inside an LMS.
 */
export function lmsHost(): LmsHost | null {
  return hostAbove(window) ?? hostAbove(openerOf(window));
}

function openerOf(win: Window): Window | null {
  try {
    return (win.opener as Window | null) ?? null;
  } catch {
    return null;
  }
}

function hostAbove(start: Window | null): LmsHost | null {
  let win = start;
  for (let depth = 0; win && depth < 10; depth++) {
    try {
      if (win.netralLms) return win.netralLms;
    } catch {
      // A window of another origin (the LMS itself) is never the host; keep climbing.
    }
    if (win.parent === win) return null;
    win = win.parent;
  }
  return null;
}

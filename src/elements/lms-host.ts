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

/** The launch page's offer when this page runs inside the LMS, else null. */
export function lmsHost(): LmsHost | null {
  try {
    if (window.parent === window) return null;
    return window.parent.netralLms ?? null;
  } catch {
    // A parent from another origin (the LMS itself, with no launch page between) is not a host.
    return null;
  }
}

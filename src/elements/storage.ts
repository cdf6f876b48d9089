// Browser adapter of the learner-data store (src/lib/storage/): one store per page over localStorage,
// fed with other tabs' `storage` events. Every element that reads or writes learner data calls getStore().
import { markAnswersShown as markShown } from '../lib/quiz/shown';
import { createStore, type StorageLike, type Store, type WriteOutcome } from '../lib/storage';
import { lmsHost } from './lms-host';

let store: Store | undefined;

// Reaching localStorage can itself throw (disabled cookies, sandboxed frames, some private modes).
function openLocalStorage(): StorageLike | null {
  try {
    const storage = window.localStorage;
    storage.getItem('netral:probe');
    return storage;
  } catch {
    return null;
  }
}

/** The page's store (created on first use). */
export function getStore(): Store {
  if (store) return store;
  // Inside the LMS the launch page's session holds the learner's records (the LMS is their record), never
  // localStorage: the next learner on a shared computer starts empty.
  const lms = lmsHost();
  if (lms) {
    store = createStore(lms.storage);
    return store;
  }
  const backend = openLocalStorage();
  const created = createStore(backend);
  if (backend) {
    window.addEventListener('storage', (event) => {
      if (event.storageArea === backend) created.externalChange(event.key);
    });
    // Where the Web Locks API exists (secure contexts only), each write is checked once more under a lock
    // per record, so tabs take turns; without it, the store's own re-read and merge still keep every write.
    const locks = navigator.locks as LockManager | undefined;
    if (locks) {
      created.subscribe((event) => {
        if (event.type !== 'change' || event.source !== 'local') return;
        locks.request(`netral:${event.record}`, () => created.reconcile(event.record)).catch(() => undefined);
      });
    }
  }
  store = created;
  return created;
}


/**
 * Notes that the learner has been shown the answers to the questions `ids` (a review, a knowledge check's
 * feedback, practice): the post-test then draws other questions first (src/lib/quiz/shown.ts).
 */
export function markAnswersShown(ids: Iterable<string>): WriteOutcome | 'kept' {
  return markShown(getStore(), ids, new Date());
}

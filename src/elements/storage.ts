// Browser adapter of the learner-data store (src/lib/storage/): one store per page over localStorage,
// fed with other tabs' `storage` events. Every element that reads or writes learner data calls getStore().
import { createStore, type StorageLike, type Store } from '../lib/storage';
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
  }
  store = created;
  return created;
}

/** A new random id (attempt ids, seeds). */
export function randomId(): string {
  return crypto.randomUUID();
}

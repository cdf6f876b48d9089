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
  // Pages served over plain HTTP (not a secure context) have no crypto.randomUUID(), but getRandomValues().
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // RFC 9562 version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // and variant, so ids look as before
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// The one store for all learner data (quiz attempts, knowledge checks, progress, identity...). Pure: the
// browser's localStorage is passed in (src/elements/storage.ts does that), so tests hand in fakes and
// storages that throw.
//
// Stored shape: one key per record, "netral:<name>" → {"v": version, "data": ...} (see record.ts). Each
// write replaces one key with one setItem call, so a record is never half-written. Faults never throw to
// the caller and never silently lose data; each one raises a Notice the page shows:
// - corrupt (bad JSON, fails validation, migration fails): the raw text is copied to
//   "netral:backup:<name>:<timestamp>", the key is cleared and the record starts empty. If the copy cannot be
//   made, the raw text is left where it is and the record becomes read-only (kept in memory).
// - newer (written by a newer version of the site): left untouched; the record is read-only (in memory).
// - quota (setItem throws QuotaExceededError): the value is kept in memory for this page; later writes retry.
// - disabled (no storage, or access throws): everything lives in memory for this page only.
// Another tab's write arrives as a `storage` event; call externalChange(key) and subscribers are told.
import { KEY_PREFIX, decodeStored, encodeStored, type RecordDef } from './record';

/** The part of the Web Storage API the store uses. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type NoticeCode = 'disabled' | 'corrupt' | 'newer' | 'quota';

/** A storage fault the learner should be told about. */
export interface Notice {
  code: NoticeCode;
  /** Record name, for record-level faults. */
  record?: string;
  /** Where the raw copy of a corrupt record was kept. */
  backupKey?: string;
}

export type StoreEvent =
  /** A record changed: written in this page ('local') or in another tab ('other-tab'). */
  | { type: 'change'; record: string; source: 'local' | 'other-tab' }
  /** The list of notices changed. */
  | { type: 'notices' };

/** What a write achieved: reached storage, or kept only in this page's memory. */
export type WriteOutcome = 'saved' | 'memory';

export interface Store {
  /** 'local' while records reach storage; 'memory' when storage is disabled. */
  readonly mode: 'local' | 'memory';
  /** The record's current value, validated (an empty value when nothing usable is stored). */
  read<T>(def: RecordDef<T>): T;
  /** Validates and stores a whole record. */
  write<T>(def: RecordDef<T>, value: T): WriteOutcome;
  /** Reads, applies `change`, writes; returns the new value. */
  update<T>(def: RecordDef<T>, change: (current: T) => T): T;
  /** Deletes a record (e.g. a reset the learner confirmed). */
  remove<T>(def: RecordDef<T>): WriteOutcome;
  /** Whether the record can be written to storage (false when newer, unrecoverable or storage disabled). */
  isWritable<T>(def: RecordDef<T>): boolean;
  /** Current notices, oldest first. */
  notices(): readonly Notice[];
  /** Calls `listener` on every change and notice; returns the unsubscribe function. */
  subscribe(listener: (event: StoreEvent) => void): () => void;
  /** Tells the store another tab changed `key` (null: storage was cleared). */
  externalChange(key: string | null): void;
}

export interface StoreOptions {
  /** Clock for backup key timestamps (tests pass a fixed one). */
  now?: () => number;
}

interface Slot {
  value: unknown;
  /** Held in memory only: newer version or a corrupt copy that could not be backed up. */
  readOnly: boolean;
  /** Written in this page but not (yet) saved to storage. */
  unsaved: boolean;
}

/** Whether an exception from setItem means the storage is full. */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** Creates the store over `backend`; null means storage is unavailable (memory only, with a notice). */
export function createStore(backend: StorageLike | null, options: StoreOptions = {}): Store {
  const now = options.now ?? Date.now;
  let storage = backend;
  const slots = new Map<string, Slot>();
  const listeners = new Set<(event: StoreEvent) => void>();
  let notices: Notice[] = [];

  const emit = (event: StoreEvent) => {
    for (const listener of listeners) {
      try {
        listener(event);
      } catch (error) {
        // A failing listener must not break the store or other listeners.
        console.error(error);
      }
    }
  };
  const addNotice = (notice: Notice) => {
    if (notices.some((n) => n.code === notice.code && n.record === notice.record)) return;
    notices = [...notices, notice];
    emit({ type: 'notices' });
  };
  const dropNotice = (code: NoticeCode, record?: string) => {
    const kept = notices.filter((n) => !(n.code === code && (record === undefined || n.record === record)));
    if (kept.length === notices.length) return;
    notices = kept;
    emit({ type: 'notices' });
  };
  // Storage that throws on access (disabled by policy, private mode, removed) turns the store to memory.
  const disable = () => {
    storage = null;
    addNotice({ code: 'disabled' });
  };
  if (!storage) addNotice({ code: 'disabled' });

  function load<T>(def: RecordDef<T>): Slot {
    const cached = slots.get(def.key);
    if (cached) return cached;
    let slot: Slot = { value: def.empty(), readOnly: false, unsaved: false };
    if (storage) {
      let text: string | null = null;
      try {
        text = storage.getItem(def.key);
      } catch {
        disable();
      }
      const decoded = decodeStored(def, text);
      if (decoded.status === 'ok' || decoded.status === 'empty') slot = { ...slot, value: decoded.value };
      else if (decoded.status === 'newer') {
        slot.readOnly = true;
        addNotice({ code: 'newer', record: def.name });
      } else if (text !== null) slot = quarantine(def, text, slot);
    }
    slots.set(def.key, slot);
    return slot;
  }

  // Keeps a corrupt record's raw text under a backup key, then clears it so the record starts clean.
  function quarantine<T>(def: RecordDef<T>, text: string, slot: Slot): Slot {
    const backupKey = `${KEY_PREFIX}backup:${def.name}:${now()}`;
    try {
      storage?.setItem(backupKey, text);
      storage?.removeItem(def.key);
      addNotice({ code: 'corrupt', record: def.name, backupKey });
      return slot;
    } catch {
      // No room for the copy: leave the original where it is and never overwrite it.
      addNotice({ code: 'corrupt', record: def.name });
      return { ...slot, readOnly: true };
    }
  }

  function persist(key: string, text: string | null): boolean {
    if (!storage) return false;
    try {
      if (text === null) storage.removeItem(key);
      else storage.setItem(key, text);
      dropNotice('quota');
      return true;
    } catch (error) {
      if (isQuotaError(error)) addNotice({ code: 'quota' });
      else disable();
      return false;
    }
  }

  const store: Store = {
    get mode() {
      return storage ? 'local' : 'memory';
    },
    read<T>(def: RecordDef<T>): T {
      return load(def).value as T;
    },
    write<T>(def: RecordDef<T>, value: T): WriteOutcome {
      // Validate before storing: a programming error must not put bad data on the learner's device.
      const valid = def.parse(value);
      const slot = load(def);
      const saved = !slot.readOnly && persist(def.key, encodeStored(def, valid));
      slots.set(def.key, { value: valid, readOnly: slot.readOnly, unsaved: !saved });
      emit({ type: 'change', record: def.name, source: 'local' });
      return saved ? 'saved' : 'memory';
    },
    update<T>(def: RecordDef<T>, change: (current: T) => T): T {
      const next = change(store.read(def));
      store.write(def, next);
      return store.read(def);
    },
    remove<T>(def: RecordDef<T>): WriteOutcome {
      const slot = load(def);
      const saved = !slot.readOnly && persist(def.key, null);
      slots.set(def.key, { value: def.empty(), readOnly: slot.readOnly, unsaved: !saved });
      emit({ type: 'change', record: def.name, source: 'local' });
      return saved ? 'saved' : 'memory';
    },
    isWritable<T>(def: RecordDef<T>): boolean {
      return storage !== null && !load(def).readOnly;
    },
    notices: () => notices,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    externalChange(key: string | null): void {
      if (key !== null && !key.startsWith(KEY_PREFIX)) return;
      if (key?.startsWith(`${KEY_PREFIX}backup:`)) return;
      const keys = key === null ? [...slots.keys()] : [key];
      for (const k of keys) {
        const slot = slots.get(k);
        // This page's unsaved value would be lost by reloading; keep it (this tab wins until it can save).
        if (slot?.unsaved) continue;
        slots.delete(k);
        const name = k.slice(KEY_PREFIX.length);
        if (slot?.readOnly) dropNotice('newer', name);
        emit({ type: 'change', record: name, source: 'other-tab' });
      }
    },
  };
  return store;
}

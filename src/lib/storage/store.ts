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
//
// Several tabs: every write re-reads the stored text first; when another tab has written the record since
// this page read it, the two are merged per entry (merge.ts: each lesson, attempt, answer on its own), so
// neither change is lost (a record holding counts or sealed wholes merges by its own rule, RecordDef.merge).
// Tabs can still write at the very same moment, each over its own stale copy (a tab
// does not see another's write until the browser delivers it, Web Locks or not). So every stored envelope
// also names its revision and the revision it was built on ("rev", "parent"); a tab that receives a write
// built on a revision older than the one it knows merges that write's changes into what it knows and writes
// the result. Tabs converge on a value holding every tab's changes. Where navigator.locks exists (secure
// contexts only), the browser adapter (src/elements/storage.ts) re-checks each write under a lock per record.
import { jsonEqual } from './merge';
import { KEY_PREFIX, decodeStored, encodeStored, storedRevision, type RecordDef } from './record';

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

/**
 * Whether the learner's data is being saved, for the page to say what is true:
 * - 'saved': every write so far reached storage;
 * - 'failing': storage exists but some data could not be saved (full, or newer/corrupt data kept read-only);
 * - 'memory': there is no storage at all; nothing outlives the page.
 */
export type SaveState = 'saved' | 'failing' | 'memory';

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
  /** Whether data is being saved now (see SaveState). */
  saveState(): SaveState;
  /**
   * Reads the record (by name) from storage again and takes in what another tab wrote, merging and writing
   * back when that write was built on an older revision than this page knows. externalChange() does this
   * for other tabs' writes; the browser adapter also calls it under a Web Lock after each write.
   */
  reconcile(name: string): void;
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
  def: RecordDef<unknown>;
  value: unknown;
  /** The value as this page last read it from storage or saved it there (the base of a merge). */
  base: unknown;
  /** The stored text `base` came from (null: nothing stored). */
  baseText: string | null;
  /** The revision of `baseText` (undefined: none, e.g. written before revisions existed). */
  rev: string | undefined;
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
  // Recent revisions this page has seen, by key: the base to merge a write built on one of them.
  const seen = new Map<string, Map<string, unknown>>();
  const remember = (key: string, rev: string | undefined, value: unknown) => {
    if (!rev) return;
    const revisions = seen.get(key) ?? new Map<string, unknown>();
    revisions.set(rev, value);
    if (revisions.size > 50) revisions.delete(revisions.keys().next().value as string);
    seen.set(key, revisions);
  };
  // Revisions this page wrote for a change made here (not merges): see takeIn().
  const own = new Set<string>();
  const newRevision = () => `${now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
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
    let slot: Slot = { def: def as RecordDef<unknown>, value: def.empty(), base: def.empty(), baseText: null, rev: undefined, readOnly: false, unsaved: false };
    if (storage) {
      const text = readText(def.key);
      const decoded = decodeStored(def, text);
      if (decoded.status === 'ok' || decoded.status === 'empty') {
        const { rev } = storedRevision(text);
        slot = { ...slot, value: decoded.value, base: decoded.value, baseText: text, rev };
        remember(def.key, rev, decoded.value);
      }
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

  function readText(key: string): string | null {
    if (!storage) return null;
    try {
      return storage.getItem(key);
    } catch {
      disable();
      return null;
    }
  }

  /**
   * `value` merged with what another tab stored since this page read the record: the value to write, or
   * undefined when the stored record is from a newer version of the site (then nothing may be written).
   */
  function withOtherTabs<T>(def: RecordDef<T>, slot: Slot, value: T, storedText: string | null): T | undefined {
    if (storedText === slot.baseText) return value;
    const theirs = decodeStored(def, storedText);
    if (theirs.status === 'newer') return undefined;
    // Unreadable data from elsewhere is not merged into; this page's valid value replaces it.
    if (theirs.status === 'corrupt') return value;
    try {
      return def.parse(def.merge(slot.base as T, theirs.value, value));
    } catch {
      // A merge the record's rules reject (it should not happen): the newer write wins, as before merging.
      return value;
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
      let next: T = valid;
      let saved = false;
      let readOnly = slot.readOnly;
      let { base, baseText, rev } = slot;
      if (!readOnly && storage) {
        const stored = readText(def.key);
        const merged = withOtherTabs(def, slot, valid, stored);
        if (merged === undefined) {
          readOnly = true;
          addNotice({ code: 'newer', record: def.name });
        } else {
          next = merged;
          const revision = { rev: newRevision(), parent: storedRevision(stored).rev ?? slot.rev };
          const text = encodeStored(def, merged, revision);
          saved = persist(def.key, text);
          if (saved) {
            own.add(revision.rev);
            [base, baseText, rev] = [merged, text, revision.rev];
            remember(def.key, revision.rev, merged);
          }
        }
      }
      slots.set(def.key, { def: slot.def, value: next, base, baseText, rev, readOnly, unsaved: !saved });
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
      // A removal is not merged: the learner asked for the record to go (a reset, an import).
      slots.set(def.key, saved ? { def: slot.def, value: def.empty(), base: def.empty(), baseText: null, rev: undefined, readOnly: false, unsaved: false } : { ...slot, value: def.empty(), unsaved: true });
      emit({ type: 'change', record: def.name, source: 'local' });
      return saved ? 'saved' : 'memory';
    },
    isWritable<T>(def: RecordDef<T>): boolean {
      return storage !== null && !load(def).readOnly;
    },
    saveState(): SaveState {
      if (!storage) return 'memory';
      if (notices.some((n) => n.code === 'quota' || n.code === 'newer' || (n.code === 'corrupt' && !n.backupKey))) return 'failing';
      return [...slots.values()].some((slot) => slot.unsaved) ? 'failing' : 'saved';
    },
    reconcile(name: string): void {
      const key = KEY_PREFIX + name;
      const slot = slots.get(key);
      if (!slot || slot.unsaved || slot.readOnly || !storage) return;
      if (takeIn(slot, readText(key)) !== 'same') emit({ type: 'change', record: name, source: 'other-tab' });
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
        const name = k.slice(KEY_PREFIX.length);
        if (slot && !slot.readOnly && storage) {
          const outcome = takeIn(slot, readText(k));
          if (outcome === 'same') continue;
          if (outcome !== 'reload') {
            emit({ type: 'change', record: name, source: 'other-tab' });
            continue;
          }
        }
        slots.delete(k);
        if (slot?.readOnly) dropNotice('newer', name);
        emit({ type: 'change', record: name, source: 'other-tab' });
      }
    },
  };

  /**
   * Takes in the stored text of a loaded record after another tab wrote it: 'same' (nothing new), 'adopted'
   * (built on what this page knew, or removed: taken as is), 'merged' (built on an older revision: this
   * page's knowledge merged in and written back) or 'reload' (unreadable or newer: read afresh).
   */
  function takeIn(slot: Slot, text: string | null): 'same' | 'adopted' | 'merged' | 'reload' {
    const { def } = slot;
    if (text === slot.baseText) return 'same';
    const decoded = decodeStored(def, text);
    if (decoded.status !== 'ok' && decoded.status !== 'empty') return 'reload';
    const { rev, parent } = storedRevision(text);
    if (text === null || !rev || !slot.rev || parent === slot.rev || rev === slot.rev) {
      Object.assign(slot, { value: decoded.value, base: decoded.value, baseText: text, rev });
      remember(def.key, rev, decoded.value);
      return 'adopted';
    }
    // Built on a revision older than this page's (or one it never saw): apply that write's changes to what
    // this page knows. Where both changed the same entry, the incoming write wins (it is the later one).
    remember(def.key, rev, decoded.value);
    const base = parent === undefined ? def.empty() : seen.get(def.key)?.get(parent);
    // The base is all that both sides share only when this page's value is its own change and both were
    // built directly on the same revision (or both on nothing stored). Otherwise it may miss changes both
    // already hold (two tabs that merged the same write), so a record's rule must not add counts up.
    const shared = base !== undefined && slot.rev !== undefined && own.has(slot.rev) && storedRevision(slot.baseText).parent === parent;
    let merged: unknown;
    try {
      merged = def.parse(def.merge(base, slot.base, decoded.value, shared));
    } catch {
      merged = decoded.value;
    }
    if (jsonEqual(merged, decoded.value)) {
      Object.assign(slot, { value: decoded.value, base: decoded.value, baseText: text, rev });
      return 'adopted';
    }
    const revision = { rev: newRevision(), parent: rev };
    const mergedText = encodeStored(def, merged, revision);
    if (!persist(def.key, mergedText)) {
      Object.assign(slot, { value: merged, unsaved: true });
      return 'merged';
    }
    Object.assign(slot, { value: merged, base: merged, baseText: mergedText, rev: revision.rev });
    remember(def.key, revision.rev, merged);
    return 'merged';
  }
  return store;
}

// Learner data storage: versioned records in one store. See store.ts for the stored shape and faults.
export { KEY_PREFIX, decodeEnvelope, decodeStored, defineRecord, encodeStored } from './record';
export type { Decoded, RecordDef, RecordSpec } from './record';
export { mergeById, mergeEntries, mergeJson, type EntryRule } from './merge';
export { createStore, isQuotaError } from './store';
export type { Notice, NoticeCode, StorageLike, Store, StoreEvent, StoreOptions, WriteOutcome } from './store';

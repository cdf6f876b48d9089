// The learner's identity as kept on their device, in the learner-data store. Pure; runs on the server
// (tests) and in the browser. Nothing here leaves the device: the identity is only printed on the
// self-study record and put into the completion request the learner chooses to hand to a trainer.
//
// "netral:identity", version 1: {"v": 1, "data": Identity | null}
//   Identity = { name, nip, agency, unit, position } (src/lib/identity.ts), each field already cleaned
//   (trimmed, single spaces, NFC) and valid by validateIdentity(). `null` or no key: no identity yet.
// Version 1 is the first shape, so there is nothing to migrate yet; a future version adds a step to
// `migrations` (see src/lib/storage/record.ts). A stored identity that no longer validates (edited by
// hand, or a rule got stricter) counts as corrupt: the store keeps the raw text under a backup key and
// the form starts empty, so the learner retypes it rather than printing something invalid.
// Two tabs editing it merge field by field (mergeIdentity): one correcting the name, another the unit, keep both.
import { defineRecord } from '../storage';
import { mergeIdentity, validateIdentity, type Identity } from '../identity';

const fields = ['name', 'nip', 'agency', 'unit', 'position'] as const;

/** Validates a stored identity (version 1); throws on anything but null or a valid, clean identity. */
export function parseStoredIdentity(raw: unknown): Identity | null {
  if (raw === null) return null;
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new Error('identity is not an object');
  const record = raw as Record<string, unknown>;
  const extra = Object.keys(record).filter((key) => !(fields as readonly string[]).includes(key));
  if (extra.length) throw new Error(`unknown identity fields: ${extra.join(', ')}`);
  if (!fields.every((field) => typeof record[field] === 'string')) throw new Error('identity field is not text');
  const result = validateIdentity(record);
  if (!result.ok) throw new Error(`invalid identity: ${Object.keys(result.errors).join(', ')}`);
  return result.identity;
}

/** The learner's identity, stored only on this device; two tabs' changes merge field by field (mergeIdentity). */
export const identityRecord = defineRecord<Identity | null>({
  name: 'identity',
  version: 1,
  parse: parseStoredIdentity,
  empty: () => null,
  merge: (base, theirs, mine) => mergeIdentity(base, theirs, mine),
});

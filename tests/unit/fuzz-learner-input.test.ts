// Fuzzing everything that reads what a learner types, pastes, imports or has in storage: NIP, identity,
// certificate and request codes, import files, stored records, deck and timer state. Each parser promises
// "never throws" (or names the error it throws), and reading storage never writes to it.
import { describe, expect } from 'vitest';
import { FormatError } from '../../src/lib/cert/bytes';
import { parseCertificateCode } from '../../src/lib/cert/certificate';
import { decodeRequest, parseRequestCode } from '../../src/lib/cert/request';
import { validateIdentity } from '../../src/lib/identity';
import { learnerRecords } from '../../src/lib/learner-records';
import { validateNip } from '../../src/lib/nip';
import { parsePrecacheInfo } from '../../src/lib/offline/precache';
import { parseImportFile } from '../../src/lib/progress-file';
import { readLearnerState } from '../../src/lib/progress';
import { parseCount } from '../../src/lib/slides/tally';
import { parseTimer } from '../../src/lib/slides/timer';
import { createStore, decodeStored, KEY_PREFIX } from '../../src/lib/storage';
import { anyInput, fc, fuzz, hostileStrings, jsonText, mutationOf, spyStorage, textFrom } from './fuzz';

const text = fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom(...hostileStrings), fc.json());
const codeLike = textFrom(['NTRL-', 'NTR1', '-', '.', '?kode=', 'https://netral.example.go.id/verifikasi/?kode=', '0', 'A', '_', '=']);
const statuses = ['ok', 'empty', 'corrupt', 'newer'];

describe('learner input', () => {
  fuzz('validateNip()', (input) => validateNip(input));
  fuzz('validateNip() on digit strings', (input: string) => validateNip(input), { input: fc.stringMatching(/^[0-9 .-]{0,24}$/) });
  fuzz('validateIdentity()', (input) => validateIdentity(input));
  fuzz('parseCertificateCode()', parseCertificateCode, { input: fc.oneof(anyInput, codeLike) });
  fuzz('parseRequestCode()', parseRequestCode, { input: fc.oneof(anyInput, codeLike) });
  fuzz('decodeRequest()', decodeRequest, { input: fc.uint8Array({ maxLength: 400 }), rejects: (error) => error instanceof FormatError });
  fuzz('parseImportFile()', (input) => parseImportFile(input, learnerRecords), { input: fc.oneof(anyInput, text) });
  fuzz('parseTimer()', parseTimer);
  fuzz('parseCount()', parseCount, { input: text, check: (n) => expect(n === null || (Number.isInteger(n) && n >= 0)).toBe(true) });
  fuzz('parsePrecacheInfo()', parsePrecacheInfo);

  for (const record of learnerRecords) {
    const valid = { v: record.version, data: record.empty() };
    const stored = fc.oneof(text, mutationOf(valid).map(jsonText));
    fuzz(`decodeStored(${record.name})`, (raw: string) => decodeStored(record, raw), {
      input: stored,
      check: (decoded) => expect(statuses).toContain(decoded.status),
    });
  }

  // The store's documented rule for bad stored data: copy the raw text to "netral:backup:…", clear the key,
  // start empty. So reading may write only that: no other key, and no stored text lost.
  fuzz('readLearnerState() on hostile storage only moves bad data to a backup', (values: string[]) => {
    const initial = Object.fromEntries(learnerRecords.map((r, i) => [`${KEY_PREFIX}${r.name}`, values[i] ?? '']));
    const storage = spyStorage(initial);
    readLearnerState(createStore(storage));
    return { initial, storage };
  }, {
    input: fc.array(fc.oneof(text, ...learnerRecords.map((r) => mutationOf({ v: r.version, data: r.empty() }).map(jsonText))), { minLength: 3, maxLength: 3 }),
    check: ({ initial, storage }) => {
      const backups = [...storage.data].filter(([key]) => key.startsWith(`${KEY_PREFIX}backup:`)).map(([, value]) => value);
      for (const write of storage.writes) {
        const [action, key = ''] = write.split(' ');
        if (action === 'set') expect(key.startsWith(`${KEY_PREFIX}backup:`)).toBe(true);
        else expect(action === 'remove' && backups.includes(initial[key] ?? '\0')).toBe(true);
      }
    },
  });
});

// Every record of learner data that belongs to the learner and moves with them: exported, imported and
// reset together on the "Progres Saya" page. Shared by server and browser. A feature that adds a record
// (see README, "Learner data") adds it here too; backups of corrupt data are not records and never listed.
import { progressRecord } from './progress';
import { attemptsRecord, checksRecord } from './quiz/records';
import type { RecordDef } from './storage';

/** The learner's records, in the order they are written on import. */
export const learnerRecords: readonly RecordDef<unknown>[] = [checksRecord, attemptsRecord, progressRecord];

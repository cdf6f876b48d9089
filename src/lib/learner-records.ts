// Every record of learner data that belongs to the learner and moves with them: exported, imported and
// reset together on the "Progres Saya" page. Shared by server and browser. A feature that adds a record
// (see README, "Learner data") adds it here too; backups of corrupt data are not records and never listed.
import { examTermsRecord } from './cert/exam-terms';
import { identityRecord } from './cert/identity-record';
import { dilemmasRecord } from './dilemmas';
import { practiceRecord } from './practice';
import { openedRecord, progressRecord } from './progress';
import { attemptsRecord, checksRecord } from './quiz/records';
import { answersShownRecord } from './quiz/shown';
import type { RecordDef } from './storage';

/**
 * The learner's records, in the order they are written on import. The exam terms travel with the attempts
 * they belong to; the identity (name, NIP) goes with them too, and a reset on a shared device removes it.
 * The answers shown travel too, so the post-test on the other device still prefers unseen questions.
 */
export const learnerRecords: readonly RecordDef<unknown>[] = [
  checksRecord,
  attemptsRecord,
  answersShownRecord,
  practiceRecord,
  progressRecord,
  openedRecord,
  dilemmasRecord,
  examTermsRecord,
  identityRecord,
];

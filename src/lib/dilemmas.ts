// The endings of branching dilemmas (<Scenario>) the learner has found, kept so a lesson shows them again
// and "Progres Saya" lists them. Pure; runs on the server (tests) and in the browser.
//
// "netral:dilemmas", version 1: { scenarios: { [scenarioId]: { [endingNodeId]: ISO time first found } } }
//   One entry per ending, so two tabs finding endings at once merge entry by entry (storage/merge.ts).
//   Version 1 is the first shape, so there is nothing to migrate yet (see src/lib/storage/record.ts).
import * as v from 'valibot';
import { defineRecord } from './storage';
import { dictionarySchema, idSchema as id, isoTimeSchema as isoTime } from './storage/schema';

export interface DilemmasData {
  /** Endings found per scenario id: ending node id → when it was first found. */
  scenarios: Record<string, Record<string, string>>;
}

const dilemmasSchema = v.strictObject({
  scenarios: v.pipe(
    dictionarySchema(id, dictionarySchema(id, isoTime)),
    v.check((scenarios) => Object.keys(scenarios).length <= 500, 'too many scenarios'),
    v.check((scenarios) => Object.values(scenarios).every((endings) => Object.keys(endings).length <= 100), 'too many endings'),
  ),
});

/** Validates the stored dilemma endings (version 1); throws on anything else. */
export function parseDilemmas(raw: unknown): DilemmasData {
  return v.parse(dilemmasSchema, raw) as DilemmasData;
}

/** Dilemma endings the learner has found. */
export const dilemmasRecord = defineRecord<DilemmasData>({
  name: 'dilemmas',
  version: 1,
  parse: parseDilemmas,
  empty: () => ({ scenarios: {} }),
});

/** The record with `ending` of `scenario` found at `now` (the first time is kept). */
export function markEndingFound(data: DilemmasData, scenario: string, ending: string, now: Date): DilemmasData {
  const found = data.scenarios[scenario] ?? {};
  if (Object.hasOwn(found, ending)) return data;
  return { scenarios: { ...data.scenarios, [scenario]: { ...found, [ending]: now.toISOString() } } };
}

/** The endings of `scenario` found so far, among the scenario's current `endings` (ids no longer in it are left out). */
export function endingsFound(data: DilemmasData, scenario: string, endings: readonly string[]): string[] {
  const found = data.scenarios[scenario] ?? {};
  return endings.filter((ending) => Object.hasOwn(found, ending));
}

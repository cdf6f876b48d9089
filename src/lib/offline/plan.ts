// What goes into the offline copy, decided from the list of built files. Pure (no DOM, no Node APIs);
// src/integrations/offline.ts reads dist/ and hands the lists in.
//
// Three parts:
// - the learner core, precached by the service worker on the first visit: every page a learner reads
//   (lessons, modules, knowledge checks, tests, glossary, search and its index…) and what those pages load;
// - trainer material, one group per module, saved only when a trainer asks for it (TrainerOfflineSave):
//   decks, presenter views, handouts and other pages under the trainer folders, and the files only
//   those pages load;
// - files left out on purpose, each for a stated reason (host configuration, Pagefind UIs we do not use…).
// A file that fits none of them, or a core page that loads a file outside the core, is an error: the
// build fails instead of leaving a learner with a copy that is silently incomplete.

/** Top-level folders of trainer material. A file under one belongs to the module named in its path. */
export const TRAINER_FOLDERS = ['presentasi', 'handout', 'pelatih'] as const;

/** Folder of the per-module trainer lists the build writes (read online, when a trainer saves a module). */
export const TRAINER_LIST_FOLDER = 'offline';

/** The trainer group of material that belongs to no single module (deck index, signing page…). */
export const COMMON_GROUP = '_';

/** A core file larger than this fails the build: the service worker would have to skip it. */
export const MAX_CORE_FILE_BYTES = 5 * 1024 * 1024;

/** The list of one module's trainer material, as `offline/trainer-<module>.json`. */
export function trainerListFile(group: string): string {
  return `${TRAINER_LIST_FOLDER}/trainer-${group === COMMON_GROUP ? 'umum' : group}.json`;
}

/** Why a file is left out of the offline copy, or undefined when it is not. Paths are relative to dist/. */
export function leftOutReason(path: string, searchLanguages: ReadonlySet<string>): string | undefined {
  if (path === 'sw.js' || path === 'precache.json') return 'the service worker and its list';
  if (path.startsWith(`${TRAINER_LIST_FOLDER}/`)) return 'trainer lists, read online when a trainer saves a module';
  if (path.endsWith('.map')) return 'source maps';
  if (path === '_headers' || path === '_redirects') return 'host configuration, never served';
  if (/^pagefind\/(pagefind-(ui|modular-ui|component-ui)\.(js|css)|pagefind-highlight\.js)$/.test(path)) {
    return "Pagefind's ready-made UIs (<netral-search> uses the search API only)";
  }
  if (path === 'pagefind/pagefind-worker.js') return "Pagefind's web worker (<netral-search> runs the search with noWorker)";
  if (path.startsWith('pagefind/playground/')) return "Pagefind's playground";
  // /verifikasi/ fetches it from the network before answering (src/pages/pencabutan.json.ts): a cached copy
  // would hide a revocation from a device; offline, the page uses the list built into it.
  if (path === 'pencabutan.json') return 'the revocation list, always read from the network';
  const wasm = /^pagefind\/wasm\.([a-z-]+)\.pagefind$/.exec(path);
  if (wasm && !searchLanguages.has(wasm[1] ?? '')) return 'search engine for a language no page is in';
  return undefined;
}

/**
 * The trainer group of a path under a trainer folder: the first path segment that is a module id, or
 * COMMON_GROUP; undefined when the path is not trainer material.
 */
export function trainerGroupOf(path: string, moduleIds: ReadonlySet<string>): string | undefined {
  const [top, ...rest] = path.split('/');
  if (!(TRAINER_FOLDERS as readonly string[]).includes(top ?? '')) return undefined;
  return rest.find((segment) => moduleIds.has(segment)) ?? COMMON_GROUP;
}

/** A built file: its path relative to dist/ and its size in bytes. */
export interface BuiltFile {
  path: string;
  bytes: number;
}

/** The inputs of the plan. */
export interface PlanInput {
  /** Every file of the build. */
  files: readonly BuiltFile[];
  /** Module ids (the folders of materi/). */
  moduleIds: ReadonlySet<string>;
  /** Languages of the search index (pagefind-entry.json). */
  searchLanguages: ReadonlySet<string>;
  /** For each HTML page, the files it loads (stylesheets, scripts and what they import), as dist/ paths. */
  loads: ReadonlyMap<string, readonly string[]>;
}

/** The offline copy. */
export interface OfflinePlan {
  /** Precached for every learner. */
  core: string[];
  /** Trainer material per module id (COMMON_GROUP for material of no single module). */
  trainer: Map<string, string[]>;
  /** Files left out on purpose, with the reason. */
  leftOut: Map<string, string>;
  /** What would make the copy incomplete; the build fails when this is not empty. */
  problems: string[];
}

/** Splits the build into the learner core, trainer material per module and files left out on purpose. */
export function planOfflineCopy({ files, moduleIds, searchLanguages, loads }: PlanInput): OfflinePlan {
  const sizes = new Map(files.map((file) => [file.path, file.bytes]));
  const leftOut = new Map<string, string>();
  const trainerPages = new Map<string, string>();
  const corePages: string[] = [];
  const rest: string[] = [];
  for (const { path } of files) {
    const reason = leftOutReason(path, searchLanguages);
    if (reason) {
      leftOut.set(path, reason);
      continue;
    }
    const group = trainerGroupOf(path, moduleIds);
    if (group !== undefined) trainerPages.set(path, group);
    else if (path.endsWith('.html')) corePages.push(path);
    else rest.push(path);
  }
  // Files the core pages load are core; a file loaded only by trainer pages goes with their module(s).
  const loadedByCore = new Set(corePages.flatMap((page) => loads.get(page) ?? []));
  const loadedByTrainer = new Map<string, Set<string>>();
  for (const [path, group] of trainerPages) {
    for (const file of loads.get(path) ?? []) {
      if (loadedByCore.has(file) || trainerPages.has(file)) continue;
      const groups = loadedByTrainer.get(file) ?? new Set<string>();
      groups.add(group);
      loadedByTrainer.set(file, groups);
    }
  }
  const trainer = new Map<string, string[]>();
  const addTrainer = (group: string, path: string) => trainer.set(group, [...(trainer.get(group) ?? []), path]);
  for (const [path, group] of trainerPages) addTrainer(group, path);
  const core = [...corePages];
  for (const path of rest) {
    const groups = loadedByTrainer.get(path);
    if (groups) for (const group of groups) addTrainer(group, path);
    else core.push(path);
  }

  const problems: string[] = [];
  const inCore = new Set(core);
  for (const page of corePages) {
    for (const file of loads.get(page) ?? []) {
      if (inCore.has(file)) continue;
      const why = leftOut.get(file) ?? (trainerPages.has(file) ? 'it is trainer material' : 'it is not in the build');
      problems.push(`${page} loads ${file}, which would be left out of the offline copy (${why}).`);
    }
  }
  for (const [page] of trainerPages) {
    for (const file of loads.get(page) ?? []) {
      const why = leftOut.get(file);
      if (why) problems.push(`${page} loads ${file}, which would be left out of the offline copy (${why}).`);
    }
  }
  for (const path of core) {
    const bytes = sizes.get(path) ?? 0;
    if (bytes > MAX_CORE_FILE_BYTES) {
      problems.push(`${path} is ${(bytes / 1024 / 1024).toFixed(1)} MB; a file over ${MAX_CORE_FILE_BYTES / 1024 / 1024} MB would be left out of the offline copy.`);
    }
  }
  for (const list of trainer.values()) list.sort();
  return { core: core.sort(), trainer, leftOut, problems };
}

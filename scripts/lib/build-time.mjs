// @ts-check
// How long `astro build` takes in a project folder: the wall time of the command, and the CPU time (user +
// system) of it and of every process it starts (Pagefind's binary included), which varies far less with the
// machine's load than the wall time does. Several projects are built in turn, run after run, so a change in
// load during the measurement reaches each of them alike. Node only; used by the bench.
//
// A process's CPU time reaches its parent only when the parent waits for it; Pagefind's binary is killed
// at the end of a build and may be left for init to collect, its CPU time then lost. So where Python is at
// hand the build runs under a small wrapper that makes itself the "child subreaper" (Linux prctl), collects
// every descendant and reports their CPU time; elsewhere the bench's own /proc/self/stat counters are used.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';

/**
 * Clock ticks per second of /proc's CPU times (sysconf(_SC_CLK_TCK), 100 on Linux's usual builds).
 * @type {number | undefined}
 */
let ticksPerSecond;

/**
 * CPU time (ms) of the finished child processes this process has waited for, from /proc/self/stat
 * (cutime + cstime); undefined where there is no /proc.
 * @returns {number | undefined}
 */
function childrenCpuMs() {
  let stat;
  try {
    stat = readFileSync('/proc/self/stat', 'utf8');
  } catch {
    return undefined;
  }
  if (ticksPerSecond === undefined) {
    const getconf = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
    ticksPerSecond = Number(getconf.stdout.trim()) || 100;
  }
  // Fields after the command name (in parentheses, which may hold spaces): state is the first, cutime the 14th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[13]) + Number(fields[14])) * 1000) / ticksPerSecond;
}

// Runs argv[1:] as a child, adopting every orphaned descendant; writes {"wallMs", "cpuMs", "status"} to fd 3.
const REAPER = `
import ctypes, json, os, resource, sys, time
ctypes.CDLL(None).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
start = time.monotonic()
pid = os.fork()
if pid == 0:
    os.close(3)
    os.execvp(sys.argv[1], sys.argv[1:])
_, status = os.waitpid(pid, 0)
wall = time.monotonic() - start
while True:
    try:
        os.wait()
    except ChildProcessError:
        break
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
os.write(3, json.dumps({"wallMs": wall * 1000, "cpuMs": (usage.ru_utime + usage.ru_stime) * 1000, "status": os.waitstatus_to_exitcode(status)}).encode())
`;

/** @type {boolean | undefined} */
let reaperWorks;

/**
 * One build's figures.
 * @typedef {object} BuildRun
 * @property {number} wallMs
 * @property {number | undefined} cpuMs user + system, the build and the processes it waited for
 * @property {number} load the 1-minute load average when the build started
 */

/**
 * Builds with `astro build` in `cwd` once.
 * @param {string} cwd
 * @param {Record<string, string>} [env]
 * @returns {BuildRun}
 */
export function buildOnce(cwd, env = {}) {
  const load = loadavg()[0] ?? 0;
  const options = /** @type {const} */ ({ cwd, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 256 * 1024 * 1024 });
  const command = [process.execPath, 'node_modules/astro/bin/astro.mjs', 'build'];
  if (process.platform === 'linux' && reaperWorks !== false) {
    const result = spawnSync('python3', ['-c', REAPER, ...command], { ...options, stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
    const report = result.output?.[3];
    if (report) {
      reaperWorks = true;
      const { wallMs, cpuMs, status } = JSON.parse(String(report));
      if (status !== 0) throw new Error(`astro build failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
      return { wallMs, cpuMs, load };
    }
    if (reaperWorks) throw new Error(`astro build failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
    reaperWorks = false;
  }
  const cpuBefore = childrenCpuMs();
  const start = performance.now();
  const result = spawnSync(command[0] ?? '', command.slice(1), options);
  const wallMs = performance.now() - start;
  const cpuAfter = childrenCpuMs();
  if (result.status !== 0) throw new Error(`astro build failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
  return { wallMs, cpuMs: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore, load };
}

/** The middle value (the upper one of an even count). */
export const median = (/** @type {number[]} */ values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * A project's builds and their medians.
 * @typedef {object} BuildTimes
 * @property {BuildRun[]} runs
 * @property {number} wallMs median wall time
 * @property {number | undefined} cpuMs median CPU time
 */

/**
 * Builds each project `runs` times, taking them in turn (A, B, A, B…), and returns each one's runs and
 * medians, keyed like `projects`.
 * @template {string} K
 * @param {Record<K, { cwd: string, env?: Record<string, string> }>} projects
 * @param {number} runs
 * @param {(name: K, run: number, result: BuildRun) => void} [progress]
 * @returns {Record<K, BuildTimes>}
 */
export function timeBuilds(projects, runs, progress) {
  const names = /** @type {K[]} */ (Object.keys(projects));
  /** @type {Record<string, BuildRun[]>} */
  const found = {};
  for (let run = 0; run < runs; run++) {
    for (const name of names) {
      const project = projects[name];
      const result = buildOnce(project.cwd, project.env);
      (found[name] ??= []).push(result);
      progress?.(name, run, result);
    }
  }
  /** @type {Record<string, BuildTimes>} */
  const times = {};
  for (const name of names) {
    const list = found[name] ?? [];
    const cpu = list.map((r) => r.cpuMs);
    times[name] = {
      runs: list,
      wallMs: median(list.map((r) => r.wallMs)),
      cpuMs: cpu.every((ms) => ms !== undefined) ? median(/** @type {number[]} */ (cpu)) : undefined,
    };
  }
  return /** @type {Record<K, BuildTimes>} */ (times);
}

/**
 * Runs each policy of a comparison in a child process of its own (./child.ts), at most `processes`
 * at once, and hands back their results in the policies' order when all have finished.
 *
 * Why processes: a run is one long chain of SQLite statements on one thread, so two policies only
 * use two cores from two processes, each with its own database file. Each child is pinned to a core
 * of its own where Linux's `taskset` is present, for the reason `src/cli/one-core.ts` gives.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { allowedCpus, ONE_CORE_MARK } from '../cli/one-core';
import type { DemandOptions, RunJob, RunResult, WeeksProgress } from './run-one';

/** What the parent sends a child: the demand to build and the one policy to run on it. */
export interface ChildTask {
  demand: DemandOptions;
  job: RunJob;
}

/** What a child sends back. */
export type ChildMessage =
  | { kind: 'progress'; weeksDone: number; weeksTotal: number }
  | { kind: 'done'; result: RunResult }
  | { kind: 'failed'; message: string };

const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));

export async function runInChildren(
  demand: DemandOptions,
  jobs: readonly RunJob[],
  { processes, onProgress }: { processes: number; onProgress?: (policy: string) => WeeksProgress },
): Promise<RunResult[]> {
  const cpus = canPin() ? allowedCpus() : [];
  const results: RunResult[] = [];
  let next = 0;
  let failed = false;
  const running = new Set<ChildProcess>();
  const slot = async (core: number | null): Promise<void> => {
    while (next < jobs.length && !failed) {
      const index = next++;
      const job = jobs[index]!;
      results[index] = await runChild(
        { demand, job },
        { core, running, progress: onProgress?.(job.policy.name) },
      );
    }
  };
  const slots = Math.max(1, Math.min(processes, jobs.length));
  try {
    await Promise.all(
      Array.from({ length: slots }, (_, i) => slot(cpus.length > 1 ? cpus[i % cpus.length]! : null)),
    );
  } catch (err) {
    failed = true;
    // One policy failed: the comparison cannot be made, so the others stop too.
    for (const child of running) child.kill();
    throw err;
  }
  return results;
}

function runChild(
  task: ChildTask,
  { core, running, progress }: { core: number | null; running: Set<ChildProcess>; progress?: WeeksProgress },
): Promise<RunResult> {
  const node = [process.execPath, ...loaderArgs(), CHILD];
  const [command, ...args] = core === null ? node : ['taskset', '-c', String(core), ...node];
  const child = spawn(command!, args, {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    serialization: 'advanced',
    env: { ...process.env, ...(core === null ? {} : { [ONE_CORE_MARK]: String(core) }) },
  });
  running.add(child);
  return new Promise<RunResult>((resolve, reject) => {
    let result: RunResult | undefined;
    let failure = `the run of "${task.job.policy.name}" stopped before it finished`;
    child.on('message', (message: ChildMessage) => {
      if (message.kind === 'progress') progress?.(message.weeksDone, message.weeksTotal);
      else if (message.kind === 'done') result = message.result;
      else failure = `the run of "${task.job.policy.name}" failed: ${message.message}`;
    });
    child.on('error', reject);
    child.on('exit', () => {
      running.delete(child);
      if (result) resolve(result);
      else reject(new Error(failure));
    });
    child.send(task);
  });
}

/** True where `taskset` can pin a child (Linux, with util-linux installed). */
function canPin(): boolean {
  return process.platform === 'linux' && !spawnSync('taskset', ['-p', String(process.pid)]).error;
}

/**
 * How a child runs TypeScript: with the loader this process runs under (tsx puts its own in
 * execArgv), or tsx's when this process got its TypeScript some other way (vitest).
 */
function loaderArgs(): string[] {
  return process.execArgv.some((arg) => arg.includes('tsx')) ? process.execArgv : ['--import', 'tsx'];
}

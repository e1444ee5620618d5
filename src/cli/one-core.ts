import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

/** Set in a process that runs pinned to one core (its value is the core). */
export const ONE_CORE_MARK = 'HCFL_ONE_CORE';

/**
 * Runs this command again pinned to one core (Linux `taskset`) and returns its exit code, or null
 * when it should just go on here: not Linux, no taskset, one core only, or already pinned.
 *
 * Why: a simulation is one long chain of SQLite queries, each handed to the driver's worker thread
 * and back. When that thread and the main thread sit on different cores, every hand-over wakes an
 * idle core, which costs more than the query itself on a small virtual machine; on one core the
 * same run takes about a third less time (docs/BENCHMARKS.md "Simulation").
 */
export function rerunOnOneCore(): number | null {
  if (process.platform !== 'linux' || process.env[ONE_CORE_MARK]) return null;
  const cpus = allowedCpus();
  if (cpus.length < 2) return null;
  const cpu = Math.max(...cpus);
  const result = spawnSync(
    'taskset',
    ['-c', String(cpu), process.execPath, ...process.execArgv, ...process.argv.slice(1)],
    {
      stdio: 'inherit',
      env: { ...process.env, [ONE_CORE_MARK]: String(cpu) },
    },
  );
  // No taskset: run here. A child stopped by a signal failed; running it again unpinned would not help.
  if (result.error) return null;
  return result.status ?? 1;
}

/** The cores this process may run on (Linux; empty elsewhere). */
export function allowedCpus(): number[] {
  if (process.platform !== 'linux') return [];
  const status = fs.readFileSync('/proc/self/status', 'utf8');
  const list = /^Cpus_allowed_list:\s*(\S+)/m.exec(status)?.[1];
  if (!list) return [];
  return list.split(',').flatMap((part) => {
    const [from, to] = part.split('-').map(Number);
    return to === undefined ? [from!] : Array.from({ length: to - from! + 1 }, (_, i) => from! + i);
  });
}

import { fork } from 'node:child_process';
import path from 'node:path';
import type autocannon from 'autocannon';
import type { LoadPlan } from './autocannon-child';

/** Runs one autocannon load in a child process (bench/lib/autocannon-child.ts) and returns its result. */
export const load = (plan: LoadPlan) =>
  new Promise<autocannon.Result>((resolve, reject) => {
    const child = fork(path.join(import.meta.dirname, 'autocannon-child.ts'), [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('message', (m) => resolve(m as autocannon.Result));
    child.once('error', reject);
    child.send(plan);
  });

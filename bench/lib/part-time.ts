/**
 * One row of a benchmark's "where the time goes" table (bench/coverage-parts.ts,
 * bench/performance-page-parts.ts): a part run once to warm up, then `rounds` times, printed as its
 * median CPU time of this process (node-sqlite3's worker threads included), of the PostgreSQL
 * connection's server process (0 on SQLite; ./one-connection.ts) and median wall time.
 */
import { performance } from 'node:perf_hooks';
import { nodeCpuMs } from './one-connection';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export const PART_TIME_HEADER =
  '| Part | Node CPU, median | PostgreSQL CPU, median | wall, median |\n| --- | ---: | ---: | ---: |';

export async function printPartTime(
  name: string,
  timing: { rounds: number; serverCpuMs: () => Promise<number> },
  run: () => Promise<unknown>,
) {
  await run();
  const cpu: number[] = [];
  const server: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < timing.rounds; i += 1) {
    const [c0, s0, w0] = [nodeCpuMs(), await timing.serverCpuMs(), performance.now()];
    await run();
    wall.push(performance.now() - w0);
    cpu.push(nodeCpuMs() - c0);
    server.push((await timing.serverCpuMs()) - s0);
  }
  const ms = (xs: number[]) => `${median(xs).toFixed(0)} ms`;
  console.log(`| ${name} | ${ms(cpu)} | ${ms(server)} | ${ms(wall)} |`);
}

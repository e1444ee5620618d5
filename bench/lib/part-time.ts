/**
 * One row of a benchmark's "where the time goes" table (bench/coverage-parts.ts,
 * bench/performance-page-parts.ts): a part run once to warm up, then `rounds` times, printed as its
 * median CPU time of this process (node-sqlite3's worker threads included) and median wall time.
 */
import { performance } from 'node:perf_hooks';
import { nodeCpuMs } from './one-connection';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function printPartTime(name: string, rounds: number, run: () => Promise<unknown>) {
  await run();
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const [c0, w0] = [nodeCpuMs(), performance.now()];
    await run();
    cpu.push(nodeCpuMs() - c0);
    wall.push(performance.now() - w0);
  }
  console.log(`| ${name} | ${median(cpu).toFixed(0)} ms | ${median(wall).toFixed(0)} ms |`);
}

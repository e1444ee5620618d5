/**
 * `--compare` of four policies (docs/BENCHMARKS.md "Simulation: the compare of four policies"): the
 * same four example policies on the same demand, one after another in this process and then each in
 * a child process of its own (as `npm run simulate -- --compare` runs them), against the target of
 * 60 seconds; both must print the same table.
 *
 *   npx tsx bench/simulation-compare.ts [--weeks 52] [--seed 1]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { main } from '../src/simulation/cli';

const TARGET_MS = 60_000;
const POLICIES = ['service-defaults', 'longer-windows', 'rural-rates', 'specialists-first'].map((name) =>
  path.join('src/simulation/examples', `${name}.json`),
);

const { values } = parseArgs({
  options: { weeks: { type: 'string', default: '52' }, seed: { type: 'string', default: '1' } },
});
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'hcfl-bench-compare-'));

async function timed(processes: number): Promise<{ ms: number; table: string }> {
  const lines: string[] = [];
  const io = { log: (l: string) => lines.push(l), error: () => {} };
  const dir = path.join(out, String(processes));
  const argv = [
    '--weeks',
    values.weeks,
    '--seed',
    values.seed,
    '--out',
    dir,
    '--quiet',
    '--compare',
    ...POLICIES,
  ];
  const t0 = performance.now();
  if ((await main(argv, io, { processes })) !== 0) throw new Error(lines.join('\n'));
  const ms = performance.now() - t0;
  const table = lines.slice(lines.findIndex((l) => l.startsWith('Same demand'))).join('\n');
  return { ms, table: table.replaceAll(path.relative(process.cwd(), dir), 'OUT') };
}

try {
  const parallel = os.availableParallelism();
  const inTurn = await timed(1);
  const atOnce = await timed(parallel);
  console.log(
    `Compare of ${POLICIES.length} policies, ${values.weeks} weeks, seed ${values.seed}; Node ${process.version}, ` +
      `${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}.`,
  );
  console.log(`| Policies run | time |\n| --- | ---: |`);
  console.log(`| One after another, in one process | ${(inTurn.ms / 1000).toFixed(1)} s |`);
  console.log(`| ${parallel} at once, a process each | ${(atOnce.ms / 1000).toFixed(1)} s |`);
  console.log(`Same table both ways: ${inTurn.table === atOnce.table ? 'yes' : 'NO'}.`);
  console.log(
    `Target: four policies compared in under 60 s — ${atOnce.ms < TARGET_MS ? 'met' : 'NOT MET'} (${(atOnce.ms / 1000).toFixed(1)} s).`,
  );
  if (inTurn.table !== atOnce.table || atOnce.ms >= TARGET_MS) process.exitCode = 1;
} finally {
  fs.rmSync(out, { recursive: true, force: true });
}

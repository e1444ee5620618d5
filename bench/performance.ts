/**
 * Benchmark: every provider's KPIs and quality score for a year of county-scale history.
 *
 *   npx tsx bench/performance.ts
 *
 * Builds the history itself (deterministic seed) on a temporary SQLite database, then times the
 * nightly score computation (KPIs per provider and zone, scores, snapshots stored) and the KPI
 * report per provider and county-wide. Prints a Markdown table for BENCHMARKS.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { SYSTEM_ACTOR } from '../src/auth/roles';
import { loadConfig } from '../src/config';
import { connect } from '../src/db/connect';
import { migrateLatest } from '../src/db/migrations';
import { kpiReport } from '../src/performance/queries';
import { runScoreComputation } from '../src/performance/score-run';
import { buildCountyHistory } from './county-history';

const RUNS = 5;
const SEED = 20211101;
const START = Date.parse('2025-01-01T00:00:00Z');
const END = Date.parse('2026-01-01T00:00:00Z');
const AS_OF = Date.parse('2026-01-01T02:30:00Z');

async function time<T>(label: string, runs: number, work: (i: number) => Promise<T>) {
  await work(-1); // warm-up: statement caches, page cache
  const ms: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    last = await work(i);
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { label, median: ms[Math.floor(ms.length / 2)]!, min: ms[0]!, max: ms[ms.length - 1]!, last: last! };
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hcfl-bench-performance-'));
  const db = connect({ client: 'sqlite3', file: path.join(dir, 'bench.sqlite') });
  try {
    await migrateLatest(db);
    const t0 = performance.now();
    const size = await buildCountyHistory(db, { seed: SEED, packages: 5_000, start: START, end: END });
    const buildMs = performance.now() - t0;
    const config = loadConfig({ NODE_ENV: 'test' });
    const settings = config.performance;
    const deps = { db, config };

    const results = [
      await time('Score run: KPIs per provider × zone, scores, snapshots stored', RUNS, (i) =>
        runScoreComputation(deps, SYSTEM_ACTOR, AS_OF + (i + 2) * 1_000, 'on-demand'),
      ),
      await time('KPI report per provider, the year', RUNS, () =>
        kpiReport(db, settings, { from: '2025-01-01', to: '2025-12-31', groupBy: ['provider'], filter: {} }, AS_OF),
      ),
      await time('KPI report per zone × band, the year', RUNS, () =>
        kpiReport(db, settings, { from: '2025-01-01', to: '2025-12-31', groupBy: ['zone', 'band'], filter: {} }, AS_OF),
      ),
      await time('KPI report county-wide, the year', RUNS, () =>
        kpiReport(db, settings, { from: '2025-01-01', to: '2025-12-31', groupBy: [], filter: {} }, AS_OF),
      ),
    ];
    const snapshots = (results[0]!.last as { snapshots: number }).snapshots;
    const county = (results[3]!.last as { groups: { kpis: { offers: { received: number } } }[] }).groups[0]!.kpis;

    console.log(`History (seed ${SEED}, built in ${(buildMs / 1000).toFixed(1)} s): ${size.providers} providers, ${size.roles} zone roles, ` +
      `${size.packages} packages, ${size.episodes} episodes, ${size.rounds} rounds, ${size.offers} offers, ${size.evidence} evidence rows; ` +
      `${snapshots} snapshots per run; ${county.offers.received} offers in the KPI year.`);
    console.log(`Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, SQLite (file), ${RUNS} runs after a warm-up.\n`);
    console.log('| Operation | median | min | max |');
    console.log('| --- | ---: | ---: | ---: |');
    for (const r of results) console.log(`| ${r.label} | ${r.median.toFixed(0)} ms | ${r.min.toFixed(0)} ms | ${r.max.toFixed(0)} ms |`);
    const budget = results[0]!.median;
    console.log(`\nBudget: under 2,000 ms for the score run — ${budget < 2_000 ? 'met' : 'NOT MET'} (${budget.toFixed(0)} ms).`);
    if (budget >= 2_000) process.exitCode = 1;
  } finally {
    await db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();

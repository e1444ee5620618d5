/**
 * Benchmark: every provider's KPIs and quality score for a year of county-scale history, and how
 * the cost grows with the volume of history.
 *
 *   npx tsx bench/performance.ts [--scales 1,10,100] [--runs 5]
 *
 * Builds the history itself (deterministic seed) on a temporary SQLite database, then times the
 * nightly score computation (KPIs per provider and zone, scores, snapshots stored) and the KPI
 * report per provider and county-wide. Each scale k is a fresh database holding k copies of the
 * year's packages, episodes, rounds and offers (bench/lib/grow-history.ts, bench/reports.ts's
 * method): the same 49 providers broker a county k times the size. Prints Markdown tables.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { SYSTEM_ACTOR } from '../src/auth/roles';
import { loadConfig, type Config } from '../src/config';
import { connect } from '../src/db/connect';
import { migrateLatest } from '../src/db/migrations';
import type { KpiDimension } from '../src/performance/kpis/kpis';
import { rebuildKpiAggregates } from '../src/performance/kpis/aggregates/rebuild';
import { computeKpis, kpisFromEvents, type KpiQuery } from '../src/performance/kpis/queries';
import { periodOfDates, trailingPeriod, type Period } from '../src/calendar/periods';
import { runScoreComputation } from '../src/performance/scores/run';
import { buildCountyHistory } from './county-history';
import { clockAfterWatermark } from './lib/after-watermark';
import { scaledDatabase } from './lib/grow-history';

const { values } = parseArgs({
  options: {
    scales: { type: 'string', default: '1,10,100' },
    runs: { type: 'string', default: '5' },
    // Keep the template and the scaled files in this folder, and reuse them on the next run.
    keep: { type: 'string' },
    'build-only': { type: 'boolean', default: false },
    // Time only the aggregates (at 100× one read of the events takes minutes on a loaded machine).
    'skip-before': { type: 'boolean', default: false },
  },
});
const SCALES = values.scales
  .split(',')
  .map(Number)
  .sort((a, b) => a - b);
const RUNS = Number(values.runs);
const KEEP = values.keep;
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

/** The year of county history, built once on the template database that each scale copies. */
async function buildTemplate(template: string) {
  const build = connect({ client: 'sqlite3', file: template });
  await migrateLatest(build);
  const t0 = performance.now();
  const size = await buildCountyHistory(build, { seed: SEED, packages: 5_000, start: START, end: END });
  const buildMs = performance.now() - t0;
  await build.raw('pragma wal_checkpoint(truncate)');
  await build.destroy();
  console.log(
    `History (seed ${SEED}, built in ${(buildMs / 1000).toFixed(1)} s): ${size.providers} providers, ${size.roles} zone roles, ` +
      `${size.packages} packages, ${size.episodes} episodes, ${size.rounds} rounds, ${size.offers} offers, ${size.evidence} evidence rows.`,
  );
  console.log(
    `Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, SQLite (file), load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}.`,
  );
  return size;
}

/**
 * The KPI calls on a database `scale` times the year, each before (read from the period's events,
 * `kpisFromEvents`, as main did) and after (the daily aggregates, `computeKpis`), interleaved in one
 * process; the score run whole (after); the aggregates' rebuild once. Prints their table.
 */
async function measureScale(
  bench: { dir: string; template: string; config: Config; packages: number },
  scale: number,
) {
  // Fewer timed runs where one run takes many seconds: 5 (or --runs) at 1×, 3 at 10×, 2 at 100×.
  const runs = scale >= 100 ? Math.min(RUNS, 3) : scale >= 10 ? Math.min(RUNS, 3) : RUNS;
  const g0 = performance.now();
  const file = path.join(bench.dir, `scale-${scale}.sqlite`);
  const db = await scaledOrKept(bench.template, file, scale);
  const growMs = performance.now() - g0;
  const { config } = bench;
  // A kept file already folded is folded on from where it was (the rebuild is timed when it is built).
  const { foldedTo, next } = await clockAfterWatermark(db, AS_OF + scale * 1_000_000);
  const folded = foldedTo > 0;
  const r0 = performance.now();
  const rebuilt = folded
    ? null
    : await rebuildKpiAggregates({ db, config, actor: SYSTEM_ACTOR, now: next() });
  const rebuildMs = performance.now() - r0;
  const year = (groupBy: KpiDimension[]) => (now: number) =>
    queryOf(config, periodOfDates('2025-01-01', '2025-12-31', now), groupBy);
  const calls: [string, (now: number) => KpiQuery][] = [
    [
      "Score run's KPIs: provider × zone, trailing 365 days",
      (now) => queryOf(config, trailingPeriod(now, config.performance.scorePeriodDays), ['provider', 'zone']),
    ],
    ['KPI report per provider, the year', year(['provider'])],
    ['KPI report per zone × band, the year', year(['zone', 'band'])],
    ['KPI report county-wide, the year', year([])],
  ];
  const targets = config.performance.pickUpTargetDays;
  const rows: string[] = [];
  let county = 0;
  for (const [label, query] of calls) {
    const pair = await timePair(runs, {
      before: () => kpisFromEvents(db, query(next()), targets),
      after: () => computeKpis(db, query(next()), targets),
    });
    county = pair.after.last.groups.reduce((sum, g) => sum + g.kpis.offers.received, 0);
    rows.push(
      Number.isNaN(pair.before.median) // --skip-before
        ? `| ${label} | not timed | ${ms(pair.after.median)} | |`
        : `| ${label} | ${ms(pair.before.median)} | ${ms(pair.after.median)} | ${(pair.before.median / pair.after.median).toFixed(1)}× |`,
    );
  }
  const score = await time('score run', runs, () =>
    runScoreComputation({ db, config, actor: SYSTEM_ACTOR, now: next() }, 'on-demand'),
  );
  rows.push(
    `| Score run whole (KPIs, evidence, visits, scores, snapshots stored) | | ${ms(score.median)} | |`,
  );
  if (rebuilt) {
    rows.push(
      `| Rebuild of the aggregates from every event (${rebuilt.days} days, once) | | ${ms(rebuildMs)} | |`,
    );
  }
  const stored = Number((await db('kpi_day_counts').count({ n: '*' }))[0]!.n);
  const buckets = Number((await db('kpi_day_buckets').count({ n: '*' }))[0]!.n);
  console.log(
    `\n${scale}× (built in ${(growMs / 1000).toFixed(1)} s; ${(bench.packages * scale).toLocaleString('en-GB')} packages, ` +
      `${county.toLocaleString('en-GB')} offers in the KPI year; ${stored.toLocaleString('en-GB')} daily count rows, ` +
      `${buckets.toLocaleString('en-GB')} histogram rows; medians of ${runs} after a warm-up, before and after interleaved):\n`,
  );
  console.log('| Operation | before (events) | after (aggregates) | ratio |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const row of rows) console.log(row);
  await db.destroy();
  if (!KEEP) removeDatabase(file);
  return rows;
}

const ms = (x: number) => `${x.toFixed(0)} ms`;

function queryOf(config: Config, period: Period, groupBy: KpiDimension[]): KpiQuery {
  return {
    period,
    groupBy,
    quickResponseFraction: config.performance.quickResponseFraction,
    handBackNoticeDays: config.allocation.handBack.noticeDays,
  };
}

/** Times two ways of doing the same work, alternating, after one warm-up of each. */
async function timePair<T>(runs: number, work: { before: () => Promise<T>; after: () => Promise<T> }) {
  const samples = { before: [] as number[], after: [] as number[] };
  const last: { before?: T; after?: T } = {};
  const ways = values['skip-before'] ? (['after'] as const) : (['before', 'after'] as const);
  for (const way of ways) await work[way]();
  for (let i = 0; i < runs; i += 1) {
    for (const way of i % 2 === 0 ? ways : [...ways].reverse()) {
      const t0 = performance.now();
      last[way] = await work[way]();
      samples[way].push(performance.now() - t0);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  return {
    before: { median: median(samples.before), last: last.before! },
    after: { median: median(samples.after), last: last.after! },
  };
}

async function main() {
  const dir = KEEP ?? fs.mkdtempSync(path.join(os.tmpdir(), 'hcfl-bench-performance-'));
  fs.mkdirSync(dir, { recursive: true });
  const template = path.join(dir, 'template.sqlite');
  try {
    const size = fs.existsSync(template) ? await templateSize(template) : await buildTemplate(template);
    if (values['build-only']) {
      for (const scale of SCALES)
        await (await scaledOrKept(template, path.join(dir, `scale-${scale}.sqlite`), scale)).destroy();
      return;
    }
    const bench = { dir, template, config: loadConfig({ NODE_ENV: 'test' }), packages: size.packages };
    for (const scale of SCALES) await measureScale(bench, scale);
  } finally {
    if (!KEEP) fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A kept scaled file is reopened (and migrated, for tables added since it was built); else it is built. */
async function scaledOrKept(template: string, file: string, scale: number) {
  if (!KEEP || !fs.existsSync(file)) return scaledDatabase(template, file, scale);
  const db = connect({ client: 'sqlite3', file });
  await migrateLatest(db);
  return db;
}

async function templateSize(template: string) {
  const db = connect({ client: 'sqlite3', file: template });
  const count = async (table: string) => Number((await db(table).count({ n: '*' }))[0]!.n);
  const packages = await count('packages');
  await db.destroy();
  return { packages };
}

function removeDatabase(file: string) {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
}

await main();

/**
 * bench/performance.ts on PostgreSQL: the nightly score run and the KPI reports for the year, timed
 * on an existing database of k copies of the benchmark year (bench/lib/grow-history-pg.ts, as
 * `bench/pages.ts --keep` or `--build` here leaves it). Each operation runs `--runs` times after one
 * warm-up; prints the median, min and max. The score run stores its snapshots, as the nightly job does.
 *
 *   DATABASE_URL=postgres://…/postgres npx tsx bench/performance-pg.ts --build 10 --template T.sqlite
 *   DATABASE_URL=postgres://…/hcfl_bench_pages_100 npx tsx bench/performance-pg.ts --runs 1
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Knex } from 'knex';
import { SYSTEM_ACTOR } from '../src/auth/roles';
import { loadConfig } from '../src/config';
import { connect } from '../src/db/connect';
import type { KpiDimension } from '../src/performance/kpis/kpis';
import { kpiReport } from '../src/performance/kpis/report';
import { runScoreComputation } from '../src/performance/scores/run';
import { createZoneFacts } from '../src/zones/facts';
import { clockAfterWatermark } from './lib/after-watermark';
import { scaledPostgresDatabase } from './lib/grow-history-pg';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '2' },
    /** Build a fresh database `hcfl_bench_performance_<k>` of k copies of `--template` first. */
    build: { type: 'string' },
    template: { type: 'string' },
  },
});
const AS_OF = Date.parse('2026-01-01T02:30:00Z');

async function database(): Promise<Knex> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is needed');
  if (!values.build) return connect({ client: 'pg', url, poolMax: 4 });
  if (!values.template) throw new Error('--build needs --template (bench/reports.ts --template)');
  const name = `hcfl_bench_performance_${values.build}`;
  const t0 = performance.now();
  const built = await scaledPostgresDatabase(values.template, { url, name }, Number(values.build));
  console.log(`${name} built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return built.db;
}

async function time(label: string, work: (i: number) => Promise<unknown>) {
  await work(-1);
  const ms: number[] = [];
  for (let i = 0; i < Number(values.runs); i += 1) {
    const t0 = performance.now();
    await work(i);
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  const f = (x: number) => `${x.toFixed(0)} ms`;
  console.log(`| ${label} | ${f(ms[Math.floor(ms.length / 2)]!)} | ${f(ms[0]!)} | ${f(ms.at(-1)!)} |`);
}

const db = await database();
try {
  const config = loadConfig({ NODE_ENV: 'test' });
  const deps = { db, config, zoneFacts: createZoneFacts() };
  const packages = Number((await db('packages').count({ n: '*' }).first())?.n ?? 0);
  console.log(`${packages.toLocaleString('en-GB')} packages; ${values.runs} runs after a warm-up`);
  console.log('| Operation | median | min | max |\n| --- | ---: | ---: | ---: |');
  const { next } = await clockAfterWatermark(db, AS_OF);
  const year = (groupBy: KpiDimension[]) => () =>
    kpiReport(deps, config, { from: '2025-01-01', to: '2025-12-31', groupBy, filter: {} }, next());
  await time('Score run: KPIs per provider × zone, scores, snapshots stored', () =>
    runScoreComputation({ ...deps, actor: SYSTEM_ACTOR, now: next() }, 'on-demand'),
  );
  await time('KPI report per provider, the year', year(['provider']));
  await time('KPI report per zone × band, the year', year(['zone', 'band']));
  await time('KPI report county-wide, the year', year([]));
} finally {
  await db.destroy();
}

/**
 * Benchmark: the visit KPIs (docs/visits.md "KPIs", "Aggregate") on a county-year of call-monitoring
 * records and k times it — the nightly score run's read (`visitPunctuality` over the 365-day score
 * window) and `GET /performance/visits`-style reads — before (counted from the visit rows, as main
 * did: `visitCountsFromRows`) and after (the daily aggregate: `visitCounts`), by CPU time of this
 * process (node-sqlite3's worker threads included; on PostgreSQL its backends' too), since the
 * machine is shared.
 *
 *   npx tsx bench/visit-kpis.ts [--scales 1,10] [--runs 5] [--keep DIR] [--pg postgres://…]
 *
 * The year: bench/county-history.ts (5,000 packages, 49 providers, 14 zones), and for every episode
 * in care, visits from its care start to its hand-back or the year's end: as many a day as its
 * weekly hours make at about 40 minutes a visit (1–4), 3% missed, 12% late, 8% short, a tenth of
 * packages with two carers; each day's visits recorded the next morning. At k× each package and its
 * visits are copied k times (bench/lib/grow-history.ts), the same providers and zones. With --pg, the
 * same on PostgreSQL instead: a database `i22_visits_bench_<k>x` on that server, built from the SQLite
 * template (bench/lib/grow-history-pg.ts, then the visits by `generate_series`). Prints a Markdown table.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Knex } from 'knex';
import { SYSTEM_ACTOR } from '../src/auth/roles';
import { addDays, londonDate, londonMidnight } from '../src/calendar/dates';
import { periodOfDates, trailingPeriod, type Period } from '../src/calendar/periods';
import { connect } from '../src/db/connect';
import { migrateLatest } from '../src/db/migrations';
import { foldVisitAggregates } from '../src/visits/aggregates/fold';
import { rebuildVisitAggregates } from '../src/visits/aggregates/rebuild';
import { visitCounts, visitCountsFromRows, type VisitQuery } from '../src/visits/kpis';
import { buildCountyHistory } from './county-history';
import { scaledDatabase } from './lib/grow-history';
import { scaledPostgresDatabase } from './lib/grow-history-pg';
import { addVisits, scaleVisits, scaleVisitsPg } from './lib/county-visits';

const { values } = parseArgs({
  options: {
    scales: { type: 'string', default: '1,10' },
    runs: { type: 'string', default: '5' },
    keep: { type: 'string' },
    pg: { type: 'string' },
  },
});
const SCALES = values.scales.split(',').map(Number);
const RUNS = Number(values.runs);
const SEED = 20211101;
const START = Date.parse('2025-01-01T00:00:00Z');
const END = Date.parse('2026-01-01T00:00:00Z');
/** The score run's and the reports' instant: the morning after the year, its visits all recorded. */
const AS_OF = Date.parse('2026-01-01T09:30:00Z');
const MINUTE = 60_000;
const settings = { lateMinutes: 15, shortShare: 0.75 };

async function buildTemplate(file: string) {
  const db = connect({ client: 'sqlite3', file });
  try {
    await migrateLatest(db);
    const t0 = performance.now();
    await buildCountyHistory(db, { seed: SEED, packages: 5_000, start: START, end: END });
    const visits = await addVisits(db, { seed: SEED, end: END });
    await db.raw('pragma wal_checkpoint(truncate)');
    console.log(
      `Template built in ${((performance.now() - t0) / 1000).toFixed(0)} s: ${visits.toLocaleString('en-GB')} visits.`,
    );
  } finally {
    await db.destroy();
  }
}

async function scaledPg(url: string, template: string, k: number): Promise<Knex> {
  const { db } = await scaledPostgresDatabase(template, { url, name: `i22_visits_bench_${k}x` }, k);
  await scaleVisitsPg(db, template, k);
  return db;
}

async function scaled(dir: string, template: string, k: number): Promise<Knex> {
  const file = path.join(dir, `visits-${k}.sqlite`);
  if (fs.existsSync(file)) {
    const db = connect({ client: 'sqlite3', file });
    await migrateLatest(db);
    return db;
  }
  const db = await scaledDatabase(template, file, k);
  await scaleVisits(db, template, k);
  await db.raw('analyze');
  return db;
}

interface Sample {
  cpu: number;
  wall: number;
}

/**
 * CPU ms spent so far by the PostgreSQL backends serving this database (the server runs on this
 * machine: /proc/<pid>/stat, user + system, in clock ticks of 10 ms); 0 on SQLite, whose work runs
 * in this process's threads and is in process.cpuUsage already. Parallel workers, if the planner
 * used any, are not counted: the "before" figures on PostgreSQL are a lower bound.
 */
async function serverCpuMs(db: Knex): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  if (!values.pg) return out;
  const { rows } = (await db.raw(
    `select pid from pg_stat_activity where datname = current_database() and backend_type = 'client backend'`,
  )) as { rows: { pid: number }[] };
  for (const { pid } of rows) {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      out.set(pid, (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {
      // The backend ended meanwhile.
    }
  }
  return out;
}

async function measured(db: Knex, work: () => Promise<unknown>): Promise<Sample> {
  const server0 = await serverCpuMs(db);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await work();
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  let server = 0;
  for (const [pid, ms] of await serverCpuMs(db)) server += ms - (server0.get(pid) ?? 0);
  return { cpu: (cpu.user + cpu.system) / 1000 + server, wall };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${Math.round(x)} ms`);

/** The reads timed: the score run's and three of the report's. */
function readsAt(asOf: number, providerId: number): { label: string; query: VisitQuery }[] {
  const today = londonDate(asOf);
  const year: Period = periodOfDates(addDays(today, -364), today, asOf);
  return [
    {
      label: 'Score run: `visitPunctuality` (365-day window, provider × zone)',
      query: { period: trailingPeriod(asOf, 365), groupBy: ['provider', 'zone'], filter: {}, settings },
    },
    {
      label: '`GET /performance/visits` (year to today, by provider)',
      query: { period: year, groupBy: ['provider'], filter: {}, settings },
    },
    {
      label: '… by provider, zone and band',
      query: { period: year, groupBy: ['provider', 'zone', 'band'], filter: {}, settings },
    },
    {
      label: "… a provider's own (its filter, by zone)",
      query: { period: year, groupBy: ['zone'], filter: { providerId }, settings },
    },
  ];
}

async function measureScale(db: Knex, k: number) {
  const visits = Number((await db('visits').count('* as n').first())!.n);
  const providerId = Number(
    (await db('visits').groupBy('provider_id').orderByRaw('count(*) desc').first('provider_id'))!.provider_id,
  );
  // A previous run's uploads (below) recorded the year's last day after AS_OF: as the template again.
  await db('visits')
    .where('recorded_at', '>', AS_OF)
    .update({ recorded_at: Date.parse('2026-01-01T07:00:00Z') });
  const rebuild = await measured(db, () =>
    rebuildVisitAggregates({ db, actor: SYSTEM_ACTOR, now: AS_OF, settings }),
  );
  const stored = Number((await db('visit_day_counts').count('* as n').first())!.n);
  console.log(
    `\n### ${k}× — ${visits.toLocaleString('en-GB')} visits, ${stored.toLocaleString('en-GB')} aggregate rows; ` +
      `rebuild ${ms(rebuild.cpu)} CPU (${ms(rebuild.wall)} wall)\n`,
  );
  console.log('| Read | Before (rows): CPU | wall | After (aggregate): CPU | wall | Same result |');
  console.log('| --- | ---: | ---: | ---: | ---: | :---: |');
  let asOf = AS_OF;
  for (const { label, query } of readsAt(AS_OF, providerId)) {
    const samples = { before: [] as Sample[], after: [] as Sample[] };
    let same = true;
    for (let run = 0; run < RUNS; run += 1) {
      // A later instant each run, as each request is: the fold looks again since its watermark.
      asOf += 1_000;
      const q = { ...query, period: { ...query.period, asOf } };
      let before: unknown;
      let after: unknown;
      samples.before.push(await measured(db, async () => (before = await visitCountsFromRows(db, q))));
      samples.after.push(await measured(db, async () => (after = await visitCounts(db, q))));
      same &&= JSON.stringify(before) === JSON.stringify(after);
    }
    const cell = (s: Sample[]) => `${ms(median(s.map((x) => x.cpu)))} | ${ms(median(s.map((x) => x.wall)))}`;
    console.log(
      `| ${label} | ${cell(samples.before)} | ${cell(samples.after)} | ${same ? 'yes' : '**no**'} |`,
    );
  }
  // A morning's uploads: yesterday's visits recorded again, then the fold that follows.
  const lastDay = londonDate(END - 1);
  asOf += 20 * MINUTE;
  await db('visits').where('planned_start', '>=', londonMidnight(lastDay)).update({ recorded_at: asOf });
  const fold = await measured(db, () => foldVisitAggregates(db, asOf + 1, settings));
  console.log(
    `\nFold after a day's uploads (one day recomputed): ${ms(fold.cpu)} CPU (${ms(fold.wall)} wall).`,
  );
}

async function main() {
  const dir = values.keep ?? fs.mkdtempSync(path.join(os.tmpdir(), 'bench-visit-kpis-'));
  fs.mkdirSync(dir, { recursive: true });
  const template = path.join(dir, 'template.sqlite');
  try {
    if (!fs.existsSync(template)) await buildTemplate(template);
    console.log(
      `Node ${process.version}, ${os.cpus()[0]?.model ?? 'CPU'} × ${os.cpus().length}, ` +
        `${values.pg ? 'PostgreSQL 15 (CPU: this process and its server backends)' : 'SQLite (file)'}, ` +
        `load average ${os
          .loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}, ${RUNS} runs each (medians).`,
    );
    for (const k of SCALES) {
      const db = values.pg ? await scaledPg(values.pg, template, k) : await scaled(dir, template, k);
      try {
        await measureScale(db, k);
      } finally {
        await db.destroy();
      }
    }
  } finally {
    if (!values.keep) fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();

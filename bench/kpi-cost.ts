/**
 * CPU time and statements of each KPI read and of the score run on a kept database (SQLite file
 * from bench/performance.ts --keep), for comparing changes on a busy machine where wall time means
 * little: process CPU (JavaScript and SQLite's worker threads) per call, and statements sent.
 *
 *   npx tsx bench/kpi-cost.ts --file DIR/scale-10.sqlite [--runs 5]
 */
import { parseArgs } from 'node:util';
import { SYSTEM_ACTOR } from '../src/auth/roles';
import { periodOfDates, trailingPeriod, type Period } from '../src/calendar/periods';
import { loadConfig } from '../src/config';
import { connect } from '../src/db/connect';
import { migrateLatest } from '../src/db/migrations';
import type { KpiDimension } from '../src/performance/kpis/kpis';
import { computeKpis, type KpiQuery } from '../src/performance/kpis/queries';
import { runScoreComputation } from '../src/performance/scores/run';

const { values } = parseArgs({
  options: { file: { type: 'string' }, runs: { type: 'string', default: '5' }, only: { type: 'string' } },
});
if (!values.file) throw new Error('--file is required');
const RUNS = Number(values.runs);
const config = loadConfig({ NODE_ENV: 'test' });
const db = connect({ client: 'sqlite3', file: values.file });
await migrateLatest(db);
let statements = 0;
db.on('query', () => (statements += 1));
const foldedTo = Number((await db('kpi_fold_state').first('folded_to'))?.folded_to ?? 0);
let clock = Math.max(Date.parse('2026-01-01T02:30:00Z') + 10_000_000, foldedTo);
const next = () => (clock += 1_000);

const queryOf = (period: Period, groupBy: KpiDimension[]): KpiQuery => ({
  period,
  groupBy,
  quickResponseFraction: config.performance.quickResponseFraction,
  handBackNoticeDays: config.allocation.handBack.noticeDays,
});
const year = (groupBy: KpiDimension[]) => (now: number) =>
  queryOf(periodOfDates('2025-01-01', '2025-12-31', now), groupBy);
const targets = config.performance.pickUpTargetDays;
const calls: [string, () => Promise<unknown>][] = [
  [
    "score run's KPIs",
    () =>
      computeKpis(
        db,
        queryOf(trailingPeriod(next(), config.performance.scorePeriodDays), ['provider', 'zone']),
        targets,
      ),
  ],
  ['per provider', () => computeKpis(db, year(['provider'])(next()), targets)],
  ['zone × band', () => computeKpis(db, year(['zone', 'band'])(next()), targets)],
  ['county', () => computeKpis(db, year([])(next()), targets)],
  [
    'score run whole',
    () => runScoreComputation({ db, config, actor: SYSTEM_ACTOR, now: next() }, 'on-demand'),
  ],
];
console.log('| call | CPU ms (least) | CPU ms (median) | wall ms (median) | statements |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const [label, call] of calls) {
  if (values.only && !label.includes(values.only)) continue;
  await call();
  const cpu: number[] = [];
  const wall: number[] = [];
  let sent = 0;
  for (let i = 0; i < RUNS; i += 1) {
    const s0 = statements;
    const c0 = process.cpuUsage();
    const w0 = performance.now();
    await call();
    wall.push(performance.now() - w0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    sent = statements - s0;
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(
    `| ${label} | ${Math.min(...cpu).toFixed(0)} | ${median(cpu).toFixed(0)} | ${median(wall).toFixed(0)} | ${sent} |`,
  );
}
await db.destroy();

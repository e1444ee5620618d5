/**
 * Benchmark (docs/BENCHMARKS.md "Reports"): the zone coverage report (GET /reports/coverage, the
 * service function behind it) for a year of county-scale history, and how its time grows with
 * the size of the history.
 *
 *   npx tsx bench/reports.ts [--scales 1,3,10,30,100] [--runs 5]
 *
 * Builds one year of history once (bench/county-history.ts, seed 20211101: 5,000 packages) in a
 * temporary SQLite file. Each scale k is then a fresh, migrated SQLite file holding k copies of
 * that year's packages, episodes, rounds and offers (bench/lib/grow-history.ts), as if a county k
 * times the size had brokered the year with the same 49 providers. It then times the report for the year, as at 2026-01-01 02:30 UTC, at every scale: a
 * warm-up, then `runs` rounds that each run every scale once, so that other work on the machine
 * weighs on all scales alike.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Knex } from 'knex';
import { loadConfig } from '../src/config';
import { connect } from '../src/db/connect';
import { migrateLatest } from '../src/db/migrations';
import { coverageReport } from '../src/reports/coverage-report';
import { createZoneFacts } from '../src/zones/facts';
import { buildCountyHistory } from './county-history';
import { scaledDatabase } from './lib/grow-history';

const SEED = 20211101;
const START = Date.parse('2025-01-01T00:00:00Z');
const END = Date.parse('2026-01-01T00:00:00Z');
const NOW = Date.parse('2026-01-01T02:30:00Z');
const DAY = 86_400_000;
const BUDGET_MS = 300;

const { values } = parseArgs({
  options: {
    scales: { type: 'string', default: '1,3,10,30,100' },
    runs: { type: 'string', default: '5' },
    template: { type: 'string' },
  },
});
const scales = values.scales
  .split(',')
  .map(Number)
  .sort((a, b) => a - b);
const runs = Number(values.runs);

async function buildTemplate(file: string) {
  const db = connect({ client: 'sqlite3', file });
  try {
    await migrateLatest(db);
    const size = await buildCountyHistory(db, { seed: SEED, packages: 5_000, start: START, end: END });
    // The history builder ends a quarter of the packages in care without dating the end (it predates
    // packages.closed_at): date each 30 days after its care started, within the year.
    await db.raw(
      `update packages set closed_at = min(${END - DAY}, 30 * ${DAY} + (select e.care_started_at from brokerage_episodes e where e.id = packages.current_episode_id)) where status = 'ended'`,
    );
    await db.raw('pragma wal_checkpoint(truncate)');
    return size;
  } finally {
    await db.destroy();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)]!;
}

interface Scaled {
  k: number;
  db: Knex;
  file: string;
  packages: number;
  offers: number;
  buildS: string;
}

/** Builds the template in a child process, so that its garbage is not collected during the timed runs here. */
function buildTemplateInChild(template: string) {
  const t0 = performance.now();
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), '--template', template],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
    },
  );
  if (child.status !== 0) throw new Error(`building the template failed (${child.status})`);
  const size = JSON.parse(child.stdout) as Awaited<ReturnType<typeof buildCountyHistory>>;
  console.log(
    `1× history (seed ${SEED}) built in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${size.packages} packages, ` +
      `${size.episodes} episodes, ${size.rounds} rounds, ${size.offers} offers.`,
  );
}

/** Each scale's database, opened and added to `open` (so that it is closed however the run ends). */
async function openScales(dir: string, template: string, open: Scaled[]): Promise<void> {
  for (const k of scales) {
    const file = path.join(dir, `scale-${k}.sqlite`);
    const g0 = performance.now();
    const db = await scaledDatabase(template, file, k);
    const buildS = ((performance.now() - g0) / 1000).toFixed(1);
    const packages = Number((await db('packages').count('* as n').first())!.n);
    const offers = Number((await db('offers').count('* as n').first())!.n);
    open.push({ k, db, file, packages, offers, buildS });
    console.log(`${k}×: ${packages} packages, ${offers} offers, built in ${buildS} s`);
  }
}

/** A warm-up, then `runs` rounds of every scale in turn; the times per scale, and the load average after each round. */
async function timeReports(open: Scaled[], report: (db: Knex) => Promise<unknown>) {
  const times = new Map<number, number[]>(open.map((o) => [o.k, []]));
  const loads: number[] = [];
  for (const o of open) await report(o.db);
  for (let r = 0; r < runs; r += 1) {
    for (const o of open) {
      const s0 = performance.now();
      await report(o.db);
      times.get(o.k)!.push(performance.now() - s0);
    }
    loads.push(os.loadavg()[0]!);
  }
  return { times, loads };
}

async function printResults(
  open: Scaled[],
  { times, loads }: Awaited<ReturnType<typeof timeReports>>,
  report: (db: Knex) => ReturnType<typeof coverageReport>,
) {
  const rows: string[] = [];
  let perThousandFirst: number | undefined;
  let budget: number | undefined;
  for (const o of open) {
    const ms = times.get(o.k)!;
    const m = median(ms);
    const perThousand = (m / o.packages) * 1000;
    perThousandFirst ??= perThousand;
    if (o.k === 1) budget = m;
    const county = (await report(o.db)).county;
    rows.push(
      [
        `${o.k}×`,
        o.packages.toLocaleString('en-GB'),
        o.offers.toLocaleString('en-GB'),
        `${m.toFixed(0)} ms`,
        `${Math.min(...ms).toFixed(0)}–${Math.max(...ms).toFixed(0)} ms`,
        `${perThousand.toFixed(2)} ms`,
        (perThousand / perThousandFirst).toFixed(2),
        `${county.demand.placedPackages.toLocaleString('en-GB')} placed, ` +
          `${county.pickUp.all.awards.toLocaleString('en-GB')} awards`,
      ].join(' | '),
    );
  }
  console.log(
    '| Scale | Packages | Offers | Report, median | min–max | per 1,000 packages | vs the first | The report says (county) |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const row of rows) console.log(`| ${row} |`);
  console.log(
    `\nLoad average (1 min) during the runs: ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}.`,
  );
  if (budget !== undefined) {
    console.log(
      `Budget: under ${BUDGET_MS} ms at 1× — ${budget < BUDGET_MS ? 'met' : 'NOT MET'} (${budget.toFixed(0)} ms).`,
    );
    if (budget >= BUDGET_MS) process.exitCode = 1;
  }
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hcfl-bench-reports-'));
  const open: Scaled[] = [];
  try {
    const template = path.join(dir, 'template.sqlite');
    buildTemplateInChild(template);
    await openScales(dir, template, open);
    console.log(
      `Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, SQLite (file); ` +
        `a warm-up, then ${runs} runs of every scale in turn (so that load on the machine falls on all scales alike).\n`,
    );
    const config = loadConfig({ NODE_ENV: 'test' });
    // Each database keeps its own zone facts, as a service instance would.
    const services = new Map(open.map((o) => [o.db, { db: o.db, config, zoneFacts: createZoneFacts() }]));
    const report = (db: Knex) =>
      coverageReport(services.get(db)!, { from: '2025-01-01', to: '2025-12-31' }, NOW);
    await printResults(open, await timeReports(open, report), report);
  } finally {
    for (const o of open) await o.db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (values.template) {
  const size = await buildTemplate(values.template);
  process.stdout.write(JSON.stringify(size));
} else {
  await main();
}

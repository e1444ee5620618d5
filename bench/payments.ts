/**
 * Benchmark (docs/BENCHMARKS.md "Payments export"): GET /exports/payments for a year — the payments
 * calculation (src/payments/period.ts) and its CSV — at 1× and 10× a county-year of history.
 *
 *   npx tsx bench/payments.ts [--scales 1,10] [--runs 5]
 *
 * Builds one year of history (bench/county-history.ts, seed 20211101: 5,000 packages) in a temporary
 * SQLite file, with an uplift card from 1 July 2025 so that packages in care cross a rate change;
 * ended packages are given a last day 30 days after their start. Each scale k is a fresh SQLite file
 * with k copies of the year (bench/lib/grow-history.ts); one package in 50 then gets a negotiated
 * rate from 1 October. A warm-up, then `runs` rounds that each time every scale once.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Knex } from 'knex';
import { connect } from '../src/db/connect';
import { migrateLatest } from '../src/db/migrations';
import { paymentsCsv } from '../src/payments/csv';
import { paymentsForPeriod } from '../src/payments/period';
import { buildRateCard } from '../test/factories/reference';
import { buildCountyHistory } from './county-history';
import { scaledDatabase } from './lib/grow-history';

const SEED = 20211101;
const START = Date.parse('2025-01-01T00:00:00Z');
const END = Date.parse('2026-01-01T00:00:00Z');
const PERIOD = { from: '2025-01-01', to: '2025-12-31' };
const DAY = 86_400_000;

const { values } = parseArgs({
  options: { scales: { type: 'string', default: '1,10' }, runs: { type: 'string', default: '5' } },
});
const scales = values.scales.split(',').map(Number);
const runs = Number(values.runs);

async function buildTemplate(file: string) {
  const db = connect({ client: 'sqlite3', file });
  try {
    await migrateLatest(db);
    const size = await buildCountyHistory(db, { seed: SEED, packages: 5_000, start: START, end: END });
    await buildRateCard(db, {
      appliesFrom: '2025-07-01',
      label: 'Bench uplift',
      rates: { urban: 1950, fringe: 2100, rural: 2390, isolated: 2740 },
      createdAt: START,
    });
    await db.raw(
      `update packages set care_ended_on = (select date(min(${END - DAY}, 30 * ${DAY} + e.care_started_at) / 1000, 'unixepoch')
         from brokerage_episodes e where e.id = packages.current_episode_id) where status = 'ended'`,
    );
    return size;
  } finally {
    await db.destroy();
  }
}

async function negotiateSome(db: Knex): Promise<number> {
  const ids = (await db('packages').whereRaw('id % 50 = 0').select('id')).map((r) => Number(r.id));
  for (let i = 0; i < ids.length; i += 500) {
    await db('negotiated_rates').insert(
      ids.slice(i, i + 500).map((id) => ({
        package_id: id,
        applies_from: '2025-10-01',
        hourly_rate_pence: 2222,
        reason: 'bench',
        created_at: START,
      })),
    );
  }
  return ids.length;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hcfl-bench-payments-'));
  const open: { k: number; db: Knex; packages: number }[] = [];
  try {
    const template = path.join(dir, 'template.sqlite');
    const size = await buildTemplate(template);
    console.log(`1× history (seed ${SEED}): ${size.packages} packages, ${size.episodes} episodes.`);
    for (const k of scales) {
      const db = await scaledDatabase(template, path.join(dir, `scale-${k}.sqlite`), k);
      const negotiated = await negotiateSome(db);
      const packages = Number((await db('packages').count('* as n').first())!.n);
      open.push({ k, db, packages });
      console.log(`${k}×: ${packages} packages, ${negotiated} with a negotiated rate`);
    }
    console.log(
      `Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, SQLite (file).\n`,
    );
    const exportOnce = async (db: Knex) => {
      const payments = await paymentsForPeriod(db, PERIOD);
      return { payments, csv: paymentsCsv(payments) };
    };
    for (const o of open) await exportOnce(o.db);
    const times = new Map(open.map((o) => [o.k, [] as number[]]));
    for (let r = 0; r < runs; r += 1) {
      for (const o of open) {
        const t0 = performance.now();
        await exportOnce(o.db);
        times.get(o.k)!.push(performance.now() - t0);
      }
    }
    console.log('| Scale | Packages | Rows | Total | Export (JSON + CSV), median | min–max | vs 1× |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    const first = median(times.get(open[0]!.k)!);
    for (const o of open) {
      const { payments, csv } = await exportOnce(o.db);
      const ms = times.get(o.k)!;
      console.log(
        `| ${o.k}× | ${o.packages.toLocaleString('en-GB')} | ${payments.rows.length.toLocaleString('en-GB')} | ` +
          `£${(payments.totals.all.amountPence / 100).toLocaleString('en-GB', { minimumFractionDigits: 2 })} | ${median(ms).toFixed(0)} ms | ` +
          `${Math.min(...ms).toFixed(0)}–${Math.max(...ms).toFixed(0)} ms | ${(median(ms) / first).toFixed(2)} | (CSV ${(csv.length / 1e6).toFixed(1)} MB)`,
      );
    }
    console.log(`\nLoad average (1 min) at the end: ${os.loadavg()[0]!.toFixed(1)}.`);
  } finally {
    for (const o of open) await o.db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();

/**
 * Benchmark: visit records in (docs/visits.md) — rows per second of `POST /imports/visits`'s work
 * (read, check, resolve references, set-based upsert, audit) for one provider's file, first as new
 * records and then re-uploaded as updates; and the visit KPI query over everything stored.
 *
 *   npx tsx bench/visits.ts [--rows 10000,50000] [--runs 3]
 *
 * A temporary SQLite file holds a year of county history (bench/county-history.ts, 5,000 packages);
 * the provider with the most packages uploads visits for them, four a day, a tenth missed and a tenth
 * late. Each size is timed in the same run, so the rows-per-second figures compare with each other
 * even on a loaded machine. Prints a Markdown table.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { SYSTEM_ACTOR } from '../src/auth/roles';
import { connect } from '../src/db/connect';
import { migrateLatest } from '../src/db/migrations';
import { importVisits } from '../src/imports/visits/command';
import { parseVisitsCsv } from '../src/imports/visits/parse';
import { visitCounts } from '../src/visits/kpis';
import { buildCountyHistory } from './county-history';

const { values } = parseArgs({
  options: { rows: { type: 'string', default: '10000,50000' }, runs: { type: 'string', default: '3' } },
});
const SIZES = values.rows.split(',').map(Number);
const RUNS = Number(values.runs);
const NOW = Date.parse('2026-01-01T12:00:00Z');
const HOUR = 3_600_000;

function csvFor(references: string[], rows: number): string {
  const lines = ['package_reference,planned_start,planned_minutes,actual_start,actual_end,carers_present'];
  const iso = (ms: number) => new Date(ms).toISOString();
  for (let i = 0; i < rows; i += 1) {
    const ref = references[i % references.length]!;
    const slot = Math.floor(i / references.length);
    const planned = NOW - 24 * HOUR - slot * 6 * HOUR;
    if (i % 10 === 0) lines.push(`${ref},${iso(planned)},30,,,`);
    else {
      const start = planned + (i % 10 === 1 ? 25 : 3) * 60_000;
      lines.push(`${ref},${iso(planned)},30,${iso(start)},${iso(start + 28 * 60_000)},1`);
    }
  }
  return lines.join('\n') + '\n';
}

async function timed(work: () => Promise<unknown> | unknown): Promise<number> {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-visits-'));
  const db = connect({ client: 'sqlite3', file: path.join(dir, 'visits.sqlite') });
  try {
    await migrateLatest(db);
    await buildCountyHistory(db, {
      seed: 20211101,
      packages: 5_000,
      start: Date.parse('2025-01-01T00:00:00Z'),
      end: Date.parse('2026-01-01T00:00:00Z'),
    });
    await db('packages').update({ reference: db.raw("'BENCH-' || id") });
    const top = await db('packages')
      .whereNotNull('provider_id')
      .groupBy('provider_id')
      .orderByRaw('count(*) desc')
      .first('provider_id', db.raw('count(*) as n'));
    const providerId = Number(top.provider_id);
    const references = (await db('packages')
      .where({ provider_id: providerId })
      .pluck('reference')) as string[];
    console.log(
      `Provider ${providerId} holds ${references.length} packages. Node ${process.version}, ${os.cpus()[0]?.model ?? 'CPU'} × ${os.cpus().length}, SQLite (file), load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}.`,
    );
    const ctx = { db, actor: SYSTEM_ACTOR, now: NOW };
    console.log(
      '\n| Rows | Parse and check | Dry run | Import (new) | Re-import (updates) | KPI query (all stored) |',
    );
    console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const rows of SIZES) {
      const csv = csvFor(references, rows);
      const input = { csv, providerId, dryRun: false, mode: 'all-or-nothing' as const };
      const t = {
        parse: [] as number[],
        dry: [] as number[],
        insert: [] as number[],
        update: [] as number[],
        kpi: [] as number[],
      };
      for (let run = 0; run < RUNS; run += 1) {
        await db('visits').delete();
        t.parse.push(await timed(() => parseVisitsCsv(csv, NOW)));
        t.dry.push(await timed(() => importVisits(ctx, { ...input, dryRun: true })));
        t.insert.push(await timed(() => importVisits(ctx, input)));
        t.update.push(await timed(() => importVisits(ctx, input)));
        const period = { from: NOW - 366 * 24 * HOUR, to: NOW, asOf: NOW };
        const settings = { lateMinutes: 15, shortShare: 0.75 };
        t.kpi.push(
          await timed(() =>
            visitCounts(db, { period, groupBy: ['provider', 'zone', 'band'], filter: {}, settings }),
          ),
        );
      }
      const cell = (ms: number[]) => {
        const m = median(ms);
        return `${Math.round(m).toLocaleString('en-GB')} ms (${Math.round((rows / m) * 1000).toLocaleString('en-GB')} rows/s)`;
      };
      console.log(
        `| ${rows.toLocaleString('en-GB')} | ${cell(t.parse)} | ${cell(t.dry)} | ${cell(t.insert)} | ${cell(t.update)} | ${Math.round(median(t.kpi))} ms |`,
      );
    }
  } finally {
    await db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();

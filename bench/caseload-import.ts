/**
 * Caseload import benchmark (docs/BENCHMARKS.md "Caseload import"): rows per second of
 * POST /imports/caseload's command on a file of N packages in care (coordinates and needs from the
 * simulation's demand, providers of the demo framework), as a dry run, a real import, and the same file
 * again (every row unchanged). SQLite file database, as in production on one machine.
 *
 *   npx tsx bench/caseload-import.ts [--rows 1000,3000,5000]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { loadConfig } from '../src/config';
import { connect } from '../src/db/connect';
import { importCaseload } from '../src/imports/caseload/command';
import { CASELOAD_COLUMNS } from '../src/imports/caseload/layout';
import { createLogger } from '../src/logger';
import { buildServices } from '../src/services';
import { buildDemand } from '../src/simulation/run';
import { prepareDatabase } from '../src/startup';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000,3000,5000' } } });
const sizes = values.rows.split(',').map(Number);

type Place = { location: { lat: number; lon: number }; weeklyHours: number; visitsPerWeek: number };

function caseloadFile(size: number, tag: string, places: Place[], providers: number[]): string {
  const lines = [CASELOAD_COLUMNS.join(',')];
  for (let i = 0; i < size; i++) {
    const p = places[i % places.length]!;
    const row: Record<string, string | number> = {
      reference: `BENCH-${tag}-${i}`,
      latitude: p.location.lat,
      longitude: p.location.lon,
      weekly_hours: p.weeklyHours,
      visits_per_week: p.visitsPerWeek,
      provider: providers[i % providers.length]!,
      zone_role: i % 3 === 0 ? 'supplementary' : 'prime',
      start_date: '2025-06-01',
      funding_stream: i % 10 === 0 ? 'chc' : 'council',
      specialisms: i % 7 === 0 ? 'dementia' : '',
      languages: i % 11 === 0 ? 'pl; gu' : '',
    };
    lines.push(CASELOAD_COLUMNS.map((c) => row[c] ?? '').join(','));
  }
  return `${lines.join('\n')}\n`;
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hcfl-bench-caseload-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    SQLITE_FILE: path.join(dir, 'bench.sqlite'),
    DEMO_MODE: 'true',
    SCHEDULER_ENABLED: 'false',
    LOG_LEVEL: 'error',
  });
  const db = connect(config.database);
  const services = buildServices({
    db,
    config,
    logger: createLogger('error', pino.destination('/dev/null')),
  });
  await prepareDatabase(db, config, Date.now());
  const providers = (await db('providers').where({ status: 'active' }).pluck('id')).map(Number);
  const places = buildDemand({ weeks: 8, seed: 11, startDate: '2025-04-07' }).requests as unknown as Place[];
  const [admin] = await db('users').where({ role: 'admin' }).select('id');
  const actor = { userId: Number(admin.id), role: 'admin' as const, providerId: null, requestId: 'bench' };
  const ctx = () => ({ db, zones: services.zones, postcodes: services.postcodes, actor, now: Date.now() });
  console.log(
    `Node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, load ${os.loadavg()[0]!.toFixed(1)}`,
  );
  console.log('| Rows | Dry run | rows/s | Import | rows/s | Same file again | rows/s |');
  console.log('| ---: | ------: | -----: | -----: | -----: | --------------: | -----: |');
  for (const size of sizes) {
    const csv = caseloadFile(size, String(size), places, providers);
    const timed = async (dryRun: boolean) => {
      const started = performance.now();
      const report = await importCaseload(ctx(), { csv, dryRun, mode: 'all-or-nothing' });
      const ms = performance.now() - started;
      if (report.refused > 0) throw new Error(`refused rows: ${JSON.stringify(report.refusals.slice(0, 3))}`);
      return { ms, rate: Math.round(size / (ms / 1000)) };
    };
    const [dry, real, again] = [await timed(true), await timed(false), await timed(false)];
    const ms = (t: { ms: number }) => `${Math.round(t.ms).toLocaleString('en-GB')} ms`;
    console.log(
      `| ${size.toLocaleString('en-GB')} | ${ms(dry)} | ${dry.rate.toLocaleString('en-GB')} | ${ms(real)} | ${real.rate.toLocaleString('en-GB')} | ${ms(again)} | ${again.rate.toLocaleString('en-GB')} |`,
    );
  }
  await services.outbox?.stop?.();
  await db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
}

await main();

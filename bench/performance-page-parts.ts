/**
 * Where the staff performance page's time goes (/staff/performance, src/web/staff/performance.ts):
 * each of its reads on its own, in this process, by CPU time (process.cpuUsage counts node-sqlite3's
 * worker threads), then the reads together as the page makes them, and beside them the whole provider
 * report (GET /reports/providers), which the page read before (issue 22).
 *
 *   SQLITE_FILE=/tmp/pages/scale-10.sqlite npx tsx bench/performance-page-parts.ts --rounds 5
 *   DATABASE_URL=postgres://…/db npx tsx bench/performance-page-parts.ts --rounds 3
 */
import { parseArgs } from 'node:util';
import { manualClock } from '../src/clock';
import { listFlags } from '../src/performance/reviews/flags';
import { zoneScores } from '../src/performance/scores/in-force';
import { providerReport, providerZoneCounts } from '../src/reports/provider-report';
import { buildServices } from '../src/services';
import { visitKpiReport } from '../src/visits/report';
import { oneConnection } from './lib/one-connection';
import { PART_TIME_HEADER, printPartTime } from './lib/part-time';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '5' } } });
/** The end of the benchmark's history year, as bench/pages.ts serves it. */
const NOW = Date.parse('2026-01-01T02:30:00Z');

const { config, db, serverCpuMs } = oneConnection();
const services = buildServices({ db, config, clock: manualClock(NOW) });
const actor = { userId: 1, role: 'commissioner' as const, providerId: null, requestId: null };
const time = (name: string, run: () => Promise<unknown>) =>
  printPartTime(name, { rounds: Number(values.rounds), serverCpuMs }, run);

const parts = {
  zoneScores: () => zoneScores(services, config.performance, undefined, NOW),
  providerZoneCounts: () => providerZoneCounts(services, {}, NOW),
  openFlags: () => listFlags(services, { status: 'open', limit: 500 }),
  recentFlags: () => listFlags(services, { limit: 50 }),
  zones: () => services.zoneFacts.list(db),
  visitKpiReport: () =>
    visitKpiReport(services, {
      actor,
      asked: { groupBy: ['provider', 'zone'] },
      settings: config.performance.visits,
      now: NOW,
    }),
};

try {
  console.log(PART_TIME_HEADER);
  for (const [name, run] of Object.entries(parts)) await time(name, run);
  await time('**all, as the page reads them**', () => Promise.all(Object.values(parts).map((run) => run())));
  // What the page read before: the whole provider report (all-zones totals and percentiles too).
  await time('providerReport (the API report)', () => providerReport(services, {}, NOW, undefined));
} finally {
  await db.destroy();
}

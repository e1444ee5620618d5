/**
 * Where the coverage report's time goes: each of coverageReport's reads on its own, in this process,
 * by CPU time (process.cpuUsage counts node-sqlite3's worker threads; on PostgreSQL also the one
 * connection's server process, parallel workers not counted), for the page's default period
 * and the year 2025 as bench/pages.ts fetches them, and the whole report.
 *
 *   SQLITE_FILE=/tmp/pages/scale-10.sqlite npx tsx bench/coverage-parts.ts --rounds 5
 *   DATABASE_URL=postgres://…/db npx tsx bench/coverage-parts.ts --rounds 3
 */
import { parseArgs } from 'node:util';
import { periodOfDates, reportDates, reportDay } from '../src/calendar/periods';
import { manualClock } from '../src/clock';
import { budgetPositionWith } from '../src/payments/budget-position';
import { loadRateCards } from '../src/pricing/queries';
import { zoneCoverage } from '../src/providers/coverage';
import { specialistList } from '../src/providers/needs-commands';
import { memberships } from '../src/providers/queries';
import { coverageReport } from '../src/reports/coverage-report';
import { dischargePlacement } from '../src/reports/discharge';
import {
  awardAggregates,
  bandOverrideAggregates,
  handBackAggregates,
  placedAggregates,
  waitingAggregates,
} from '../src/reports/queries';
import { buildServices } from '../src/services';
import { oneConnection } from './lib/one-connection';
import { PART_TIME_HEADER, printPartTime } from './lib/part-time';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '5' } } });
/** The end of the benchmark's history year, as bench/pages.ts serves it. */
const NOW = Date.parse('2026-01-01T02:30:00Z');

const { config, db, serverCpuMs } = oneConnection();
const services = buildServices({ db, config, clock: manualClock(NOW) });
const time = (name: string, run: () => Promise<unknown>) =>
  printPartTime(name, { rounds: Number(values.rounds), serverCpuMs }, run);

try {
  console.log(PART_TIME_HEADER);
  for (const when of [{}, { from: '2025-01-01', to: '2025-12-31' }]) {
    const { from, to, asOf } = reportDates(when, NOW);
    const period = periodOfDates(from, to, asOf);
    const day = reportDay(asOf);
    const targets = config.performance.pickUpTargetDays;
    console.log(`| **${from} … ${to}** | | | |`);
    await time('zones', () => services.zoneFacts.list(db));
    await time('zoneCoverage', () =>
      zoneCoverage(services, { now: NOW, staleDays: config.allocation.capacityStaleDays }),
    );
    await time('memberships', () => memberships(db));
    await time('placed', () => placedAggregates(db, { asOf, day }));
    await time('waiting', () => waitingAggregates(db, asOf));
    await time('awards', () => awardAggregates(db, period, targets));
    await time('handBacks', () => handBackAggregates(db, period));
    await time('bandOverrides', () => bandOverrideAggregates(db, period));
    await time('rateCards', () => loadRateCards(db));
    await time('discharge', () => dischargePlacement(db, period));
    await time('specialists', () => specialistList(db));
    await time('period cost and budget', () => budgetPositionWith(db, { day }, [{ from, to }]));
    await time('**coverageReport**', () => coverageReport(services, when, NOW));
  }
} finally {
  await db.destroy();
}

import { addDays, londonDate, toDayNumber } from '../../calendar/dates';
import { zoneCoverage } from '../../providers/coverage';
import type { Services } from '../../services';
import { notify } from '../notify';

/**
 * The commissioners' weekly coverage digest (COVERAGE_DIGEST_SCHEDULE, Mondays by default): zones
 * below their minimums, capacity out of date, and packages waiting. One message per commissioner
 * per week (the week's Monday is in the idempotency key, so a second run or instance adds nothing).
 */
export async function sendCoverageDigest(deps: Pick<Services, 'db' | 'config' | 'zoneFacts'>, now: number) {
  const { db, config } = deps;
  const today = londonDate(now);
  // Day 0 of toDayNumber is a Thursday (1970-01-01): Monday is (day + 3) mod 7 = 0.
  const week = addDays(today, -((toDayNumber(today) + 3) % 7));
  const zones = await zoneCoverage(deps, { now, staleDays: config.allocation.capacityStaleDays });
  const waiting: { status: string; n: number }[] = await db('packages')
    .whereIn('status', ['brokering', 'unplaced'])
    .groupBy('status')
    .select('status', db.raw('count(*) as n'));
  const count = (status: string) => Number(waiting.find((w) => w.status === status)?.n ?? 0);
  const lines = [
    `Packages brokering: ${count('brokering')}; unplaced: ${count('unplaced')}.`,
    ...zones
      .filter((z) => z.warnings.length > 0 || z.staleOrMissingCapacity > 0)
      .map(
        (z) =>
          `${z.zoneName}: ${z.primes} primes (minimum ${z.minPrimes}), ${z.providers} providers (minimum ${z.minProviders}), ${z.staleOrMissingCapacity} without current capacity.`,
      ),
  ];
  if (lines.length === 1) lines.push('Every zone has its minimum providers and current capacity.');
  await db.transaction((trx) => notify(trx, { type: 'coverage.weekly', week, summary: { lines } }, now));
  return { week, zonesNoted: lines.length - 1 };
}

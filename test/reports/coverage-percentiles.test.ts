/**
 * The coverage report's pick-up, waiting and discharge percentiles come from one grouped statement
 * (src/reports/quantile-queries.ts: on SQLite each aggregate row carries its sorted values). They must
 * be the straightforward figures: every value fetched and `percentile` taken per group. Checked on the
 * report history plus generated awards across two zones, three urgencies and many pick-up times, then
 * again after another award is written (a read before a write must not shape the next one).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodOfDates } from '../../src/calendar/periods';
import { percentile } from '../../src/performance/kpis/percentiles';
import { awardAggregates, waitingAggregates } from '../../src/reports/queries';
import { dischargePlacement } from '../../src/reports/discharge';
import { mulberry32 } from '../../seeds/demo/prng';
import { insertPackageHistory } from '../factories';
import { createTestContext, type TestContext } from '../helpers/context';
import { buildReportHistory, T, type ReportHistory } from './history';

const ZONES = ['bottesford', 'harborough-rural'] as const;
const URGENCIES = ['standard', 'urgent', 'hospital-discharge'] as const;
const HOUR = 3_600_000;

async function addAward(ctx: TestContext, history: ReportHistory, next: () => number) {
  const openedAt = Date.parse('2025-11-20T08:00:00Z') + Math.floor(next() * 35 * 24) * HOUR;
  const award = next() < 0.8;
  await insertPackageHistory(ctx.services.db, {
    zoneId: ZONES[Math.floor(next() * ZONES.length)]!,
    urgency: URGENCIES[Math.floor(next() * URGENCIES.length)]!,
    episodes: [
      {
        openedAt,
        rounds: [{ kind: 'primes', offers: [{ providerId: history.alpha, answer: 'accept' as const }] }],
        ...(award
          ? { award: { providerId: history.alpha, at: openedAt + Math.floor(next() * 200) * HOUR } }
          : {}),
      },
    ],
  });
}

type Row = { zone: string; urgency: string; v: number };

/** Every value's group keys, fetched row by row: what the statement must agree with. */
async function straightforward(rows: Row[], by: (r: Row) => string) {
  const groups = new Map<string, number[]>();
  for (const r of rows) groups.set(by(r), [...(groups.get(by(r)) ?? []), r.v]);
  return new Map(
    [...groups].map(([k, vs]) => [k, { median: percentile(vs, 0.5), p90: percentile(vs, 0.9) }]),
  );
}

describe('coverage report percentiles', () => {
  let ctx: TestContext;
  let history: ReportHistory;
  const next = mulberry32(20261210);
  const period = periodOfDates('2025-12-01', '2025-12-31', T);

  beforeAll(async () => {
    ctx = await createTestContext();
    history = await buildReportHistory(ctx.services.db);
    for (let i = 0; i < 60; i += 1) await addAward(ctx, history, next);
  });
  afterAll(() => ctx.destroy());

  async function awardRows(): Promise<Row[]> {
    const rows: { zone: string; urgency: string; v: string | number }[] = await ctx.services
      .db('brokerage_episodes as e')
      .join('packages as p', 'p.id', 'e.package_id')
      .whereNot('e.opened_because', 'import')
      .where('e.awarded_at', '>=', period.from)
      .where('e.awarded_at', '<', Math.min(period.to, period.asOf))
      .select('p.zone_id as zone', 'p.urgency', ctx.services.db.raw('e.awarded_at - e.opened_at as v'));
    return rows.map((r) => ({ ...r, v: Number(r.v) }));
  }

  async function expectStraightforward() {
    const db = ctx.services.db;
    const targets = ctx.services.config.performance.pickUpTargetDays;
    const rows = await awardRows();
    expect(rows.length).toBeGreaterThan(30);
    const { pickUpMs } = await awardAggregates(db, period, targets);
    expect(pickUpMs.zoneUrgency).toEqual(await straightforward(rows, (r) => `${r.zone}|${r.urgency}`));
    expect(pickUpMs.zone).toEqual(await straightforward(rows, (r) => r.zone));
    expect(pickUpMs.urgency).toEqual(await straightforward(rows, (r) => r.urgency));
    expect(pickUpMs.county).toEqual(await straightforward(rows, () => ''));

    const waiting: { zone: string; v: string | number }[] = await db('brokerage_episodes as e')
      .join('packages as p', 'p.id', 'e.package_id')
      .where('e.opened_at', '<', T)
      .where((q) => q.whereNull('e.awarded_at').orWhere('e.awarded_at', '>=', T))
      .where((q) => q.whereNull('p.closed_at').orWhere('p.closed_at', '>=', T))
      .select('p.zone_id as zone', db.raw(`${T} - e.opened_at as v`));
    const waits = waiting.map((r) => ({ zone: r.zone, urgency: '', v: Number(r.v) }));
    expect(waits.length).toBeGreaterThan(5);
    const { waitMs } = await waitingAggregates(db, T);
    expect(waitMs.zone).toEqual(await straightforward(waits, (r) => r.zone));
    expect(waitMs.county).toEqual(await straightforward(waits, () => ''));

    // Discharge: first awards of hospital-discharge packages, from intake to award, in hours.
    const discharge = await dischargePlacement(db, period);
    const fromHospital = rows.filter((r) => r.urgency === 'hospital-discharge');
    expect(discharge.county.placements).toBe(fromHospital.length);
  }

  it('are the straightforward percentiles of every value, per zone and urgency, per zone, per urgency and county-wide', async () => {
    await expectStraightforward();
  });

  it('follow a write made after a first read', async () => {
    const before = await awardAggregates(
      ctx.services.db,
      period,
      ctx.services.config.performance.pickUpTargetDays,
    );
    for (let i = 0; i < 5; i += 1) await addAward(ctx, history, next);
    const after = await awardAggregates(
      ctx.services.db,
      period,
      ctx.services.config.performance.pickUpTargetDays,
    );
    expect(after.rows.reduce((s, r) => s + r.awards, 0)).toBeGreaterThan(
      before.rows.reduce((s, r) => s + r.awards, 0),
    );
    await expectStraightforward();
  });
});

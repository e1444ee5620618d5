/**
 * src/payments/totals.ts prices the plain stretches in SQL: its totals must be calculatePayments's over
 * every stretch to the penny and the hundredth of an hour. Checked on the report history plus a seeded
 * spread of packages (odd weekly minutes, every band and stream, hand-backs late in the evening in
 * summer time, ended and cancelled packages, two awards to one provider, negotiated rates) under four
 * rate cards (two with the same rates), for many periods, streams and projection days.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/calendar/dates';
import { FUNDING_STREAMS, type FundingStream } from '../../src/packages/model';
import { calculatePayments } from '../../src/payments/calculate';
import { careStretches, negotiatedRates } from '../../src/payments/queries';
import { paymentTotals, paymentTotalsFor, type TotalsFilter } from '../../src/payments/totals';
import { loadRateCards } from '../../src/pricing/queries';
import { buildRateCard, insertPackageHistory } from '../factories';
import { createTestContext, type TestContext } from '../helpers/context';
import { buildReportHistory, type ReportHistory } from '../reports/history';

const BANDS = ['urban', 'fringe', 'rural', 'isolated'] as const;

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

async function addCards(ctx: TestContext) {
  const db = ctx.services.db;
  const card = (appliesFrom: string, urban: number) =>
    buildRateCard(db, {
      appliesFrom,
      label: `Card from ${appliesFrom} (${urban})`,
      rates: { urban, fringe: urban + 200, rural: urban + 400, isolated: urban + 600 },
      createdAt: Date.parse('2024-01-01T00:00:00Z'),
    });
  await card('2024-06-01', 1850);
  await card('2025-04-01', 1950);
  await card('2026-02-01', 2000); // the same rates as the report history's October card
}

/** One generated package: care from a day in 2024–2026, perhaps stopped one of the ways there are. */
async function addPackage(ctx: TestContext, history: ReportHistory, next: () => number) {
  const db = ctx.services.db;
  const providers = [history.alpha, history.beta, history.gamma];
  const provider = providers[Math.floor(next() * providers.length)]!;
  const start = addDays('2024-05-01', Math.floor(next() * 700));
  const opened = Date.parse(`${addDays(start, -3)}T09:00:00Z`);
  const kind = Math.floor(next() * 6);
  // A hand-back at 23:30 UTC: in summer time the next day in England.
  const handBackAt = Date.parse(`${addDays(start, 5 + Math.floor(next() * 200))}T23:30:00Z`);
  const award = { providerId: provider, startedOn: start, at: opened + 3_600_000 };
  const episode = (openedAt: number, handBack: boolean) => ({
    openedAt,
    rounds: [{ kind: 'primes', offers: [{ providerId: provider, answer: 'accept' as const }] }],
    award: handBack ? { ...award, handBack: { at: handBackAt, reason: 'generated' } } : award,
  });
  const episodes =
    kind === 4
      ? [
          episode(opened, true),
          { ...episode(handBackAt + 3_600_000, false), openedBecause: 'hand-back' as const },
        ]
      : [episode(opened, kind === 1 || kind === 2)];
  const { packageId, episodeIds } = await insertPackageHistory(db, {
    zoneId: 'bottesford',
    band: BANDS[Math.floor(next() * BANDS.length)]!,
    weeklyMinutes: 35 + Math.floor(next() * 1_400),
    episodes,
  });
  const stream: FundingStream = FUNDING_STREAMS[Math.floor(next() * FUNDING_STREAMS.length)]!;
  await db('packages').where('id', packageId).update({ funding_stream: stream });
  if (kind === 2)
    await db('brokerage_episodes')
      .where('id', episodeIds[0]!)
      .update({ hand_back_last_visit: addDays(start, 30) });
  if (kind === 3 || kind === 5) {
    const closedAt = Date.parse(`${addDays(start, 40)}T23:15:00Z`);
    const ended =
      kind === 3 ? { status: 'ended', care_ended_on: addDays(start, 20) } : { status: 'cancelled' };
    await db('packages')
      .where('id', packageId)
      .update({ ...ended, closed_at: closedAt });
  }
  if (next() < 0.15)
    await db('negotiated_rates').insert({
      package_id: packageId,
      applies_from: addDays(start, 10),
      hourly_rate_pence: 2222,
      reason: 'generated',
      created_at: opened,
      created_by: null,
    });
}

describe('payment totals priced in SQL', () => {
  let ctx: TestContext;
  let history: ReportHistory;

  beforeAll(async () => {
    ctx = await createTestContext();
    history = await buildReportHistory(ctx.services.db);
    await addCards(ctx);
    const next = random(20261207);
    for (let i = 0; i < 80; i += 1) await addPackage(ctx, history, next);
  });
  afterAll(() => ctx.destroy());

  /** calculatePayments over every stretch, as paymentsForPeriod and the budget position priced before. */
  async function inJavaScript(filter: TotalsFilter) {
    const db = ctx.services.db;
    const [stretches, cards, negotiated] = await Promise.all([
      careStretches(db, filter),
      loadRateCards(db),
      negotiatedRates(db),
    ]);
    const day = filter.ongoingOn;
    const chosen =
      day === undefined ? stretches : stretches.filter((s) => s.from <= day && (s.to === null || s.to > day));
    const period = { from: filter.pricedFrom ?? filter.from, to: filter.to };
    return calculatePayments(chosen, period, { cards, negotiated }).totals;
  }

  const periods = [
    { from: '2025-12-01', to: '2025-12-31' },
    { from: '2024-01-01', to: '2026-12-31' },
    { from: '2025-04-01', to: '2026-03-31' },
    { from: '2025-03-15', to: '2025-04-15' },
    { from: '2026-01-31', to: '2026-02-01' },
    { from: '2024-05-31', to: '2024-06-01' },
  ];

  it('gives calculatePayments’s totals for every period and stream', async () => {
    const db = ctx.services.db;
    for (const period of periods) {
      for (const fundingStream of [undefined, ...FUNDING_STREAMS]) {
        const filter = { ...period, fundingStream };
        expect(await paymentTotals(db, filter), JSON.stringify(filter)).toEqual(await inJavaScript(filter));
      }
    }
    const year = await paymentTotals(db, periods[1]!);
    expect(year.all.rows).toBeGreaterThan(60);
  });

  it('gives the budget projection’s totals: care going on a day, priced from the next', async () => {
    const db = ctx.services.db;
    for (const day of ['2025-06-30', '2025-10-26', '2025-12-31', '2026-03-30']) {
      const filter = { from: '2025-04-01', to: '2026-03-31', pricedFrom: addDays(day, 1), ongoingOn: day };
      expect(await paymentTotals(db, filter), day).toEqual(await inJavaScript(filter));
    }
  });

  it('prices several windows from one read as each alone, before and after a write', async () => {
    const db = ctx.services.db;
    // The coverage report's three: its period (one stream), the budget's spent and projected.
    const windows: TotalsFilter[] = [
      { from: '2025-12-01', to: '2025-12-31', fundingStream: 'council' },
      { from: '2025-04-01', to: '2025-12-31' },
      { from: '2025-04-01', to: '2026-03-31', pricedFrom: '2026-01-01', ongoingOn: '2025-12-31' },
      { from: '2024-05-31', to: '2026-12-31', fundingStream: 'chc' },
      { from: '2026-02-01', to: '2026-01-31' },
    ];
    const check = async () => {
      const together = await paymentTotalsFor(db, windows);
      for (const [i, filter] of windows.entries())
        expect(together[i], JSON.stringify(filter)).toEqual(await inJavaScript(filter));
    };
    await check();
    await addPackage(ctx, history, random(7));
    await check();
  });
});

/**
 * GET /exports/payments on the report history of test/reports/history.ts (starts, an end, a
 * hand-back) with an uplift on 15 December and a negotiated rate from 20 December: rows checked by
 * hand, and the export's total equal to the coverage report's period cost to the penny.
 */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Payments, PaymentRow } from '../../src/payments/calculate';
import type { CoverageReport } from '../../src/reports/model';
import { buildRateCard } from '../factories';
import { createTestContext, type TestContext } from '../helpers/context';
import { buildReportHistory, PERIOD, type ReportHistory } from '../reports/history';

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

describe('GET /exports/payments', () => {
  let ctx: TestContext;
  let history: ReportHistory;
  let commissioner: string;
  let payments: Payments;
  const row = (provider: string, weeklyMinutes: number) =>
    payments.rows.find((r) => r.providerName === provider && r.weeklyMinutes === weeklyMinutes)!;

  beforeAll(async () => {
    ctx = await createTestContext();
    const db = ctx.services.db;
    history = await buildReportHistory(db);
    await buildRateCard(db, {
      appliesFrom: '2025-12-15',
      label: 'Mid-December uplift',
      rates: { urban: 2100, fringe: 2300, rural: 2500, isolated: 2700 },
      createdAt: Date.parse('2025-11-01T00:00:00Z'),
    });
    commissioner = await ctx.tokenFor('commissioner');
    const officer = await ctx.tokenFor('officer');
    // K1 (Alpha, 600 min a week) is paid a negotiated £19.99 from 20 December.
    const k1 = await db('packages').where({ weekly_minutes: 600, band: 'urban' }).first('id');
    const recorded = await ctx.request
      .post(`/packages/${k1.id}/negotiated-rates`)
      .set(auth(officer))
      .send({ appliesFrom: '2025-12-20', hourlyRatePence: 1999, reason: 'Agreed for a remote address' });
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201);
    const res = await ctx.request
      .get(`/exports/payments?from=2025-12-01&to=2025-12-31`)
      .set(auth(commissioner));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    payments = res.body as Payments;
  });
  afterAll(() => ctx.destroy());

  it('prices each day at the rate paid that day: the card, the uplift, then the negotiated rate', () => {
    const k1 = row('Alpha Care', 600);
    expect(k1).toMatchObject({ firstDay: '2025-12-03', lastDay: '2025-12-31', days: 29, hours: 41.43 });
    expect(k1.rates).toEqual([
      // 2,000 × 600 × 12 / 420 = 34,285.71 → 34,286
      { hourlyRatePence: 2000, source: 'card', days: 12, amountPence: 34_286 },
      // 2,100 × 600 × 5 / 420 = 15,000
      { hourlyRatePence: 2100, source: 'card', days: 5, amountPence: 15_000 },
      // 1,999 × 600 × 12 / 420 = 34,268.57 → 34,269
      { hourlyRatePence: 1999, source: 'negotiated', days: 12, amountPence: 34_269 },
    ]);
    expect(k1.amountPence).toBe(83_555);
  });

  it('pays a handed-back package to its last day and an ended one to its end, pro rata', () => {
    // K5: Alpha 4–20 December (handed back on the 20th): 11 days at 2,000 + 6 at 2,100, 480 min a week.
    const k5 = row('Alpha Care', 480);
    expect(k5).toMatchObject({ firstDay: '2025-12-04', lastDay: '2025-12-20', days: 17 });
    expect(k5.rates.map((r) => r.amountPence)).toEqual([25_143, 14_400]); // 25,142.86 → 25,143; 14,400
    // K6: Alpha 8–28 December (ended): 7 days at 2,000 + 14 at 2,100, 240 min a week.
    const k6 = row('Alpha Care', 240);
    expect(k6).toMatchObject({
      firstDay: '2025-12-08',
      lastDay: '2025-12-28',
      days: 21,
      amountPence: 24_800,
    });
    // K2 was awarded but care never started: no row; Beta has not started K5 either.
    expect(payments.rows.some((r) => r.weeklyMinutes === 300)).toBe(false);
    expect(
      payments.rows.some((r: PaymentRow) => r.providerName === 'Beta Care' && r.weeklyMinutes === 480),
    ).toBe(false);
  });

  it('totals are the sums of the rows, with CHC on its own line', () => {
    const sum = payments.rows.reduce((s, r) => s + r.amountPence, 0);
    expect(payments.totals.all.amountPence).toBe(sum);
    const streams = Object.values(payments.totals.byFundingStream);
    expect(streams.reduce((s, t) => s + t.amountPence, 0)).toBe(sum);
    for (const r of payments.rows) expect(r.amountPence).toBe(r.rates.reduce((s, x) => s + x.amountPence, 0));
  });

  it('equals the coverage report’s cost for the same period to the penny, for every stream and for one', async () => {
    const report = (await ctx.request.get(`/reports/coverage?${PERIOD}`).set(auth(commissioner)))
      .body as CoverageReport;
    expect(report.periodCost.amountPence).toBe(payments.totals.all.amountPence);
    expect(report.periodCost.byFundingStream).toEqual(payments.totals.byFundingStream);
    const councilReport = (
      await ctx.request.get(`/reports/coverage?${PERIOD}&fundingStream=council`).set(auth(commissioner))
    ).body as CoverageReport;
    const council = (
      await ctx.request
        .get('/exports/payments?from=2025-12-01&to=2025-12-31&fundingStream=council')
        .set(auth(commissioner))
    ).body as Payments;
    expect(councilReport.periodCost.amountPence).toBe(council.totals.all.amountPence);
    expect(council.totals.all.amountPence).toBe(payments.totals.byFundingStream.council.amountPence);
  });

  it('gives the same figures as CSV, with a total line per funding stream and the grand total', async () => {
    const res = await ctx.request
      .get('/exports/payments?from=2025-12-01&to=2025-12-31')
      .set({ ...auth(commissioner), Accept: 'text/csv' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.text.startsWith('\uFEFF')).toBe(true);
    const records = parse(res.text, { bom: true, columns: true }) as Record<string, string>[];
    const lines = records.filter((r) => r.line === 'package');
    expect(lines).toHaveLength(payments.rows.length);
    const k1 = lines.find((r) => r.provider === 'Alpha Care' && r.weekly_hours === '10')!;
    expect(k1).toMatchObject({
      days: '29',
      rates: '12 days at 2000p; 5 days at 2100p; 12 days at 1999p (negotiated)',
      amount_pence: '83555',
      amount_gbp: '835.55',
    });
    const total = records.find((r) => r.line === 'total')!;
    expect(Number(total.amount_pence)).toBe(payments.totals.all.amountPence);
    const chc = records.find((r) => r.line === 'total-funding-stream' && r.funding_stream === 'chc')!;
    expect(Number(chc.amount_pence)).toBe(payments.totals.byFundingStream.chc.amountPence);
  });

  it('shows a provider only its own rows; refuses a bad period naming the field', async () => {
    const gamma = await ctx.tokenFor('provider', history.gamma);
    const own = (await ctx.request.get('/exports/payments?from=2025-12-01&to=2025-12-31').set(auth(gamma)))
      .body as Payments;
    expect(own.rows.length).toBeGreaterThan(0);
    expect(own.rows.every((r) => r.providerId === history.gamma)).toBe(true);
    const bad = await ctx.request
      .get('/exports/payments?from=2025-12-31&to=2025-12-01')
      .set(auth(commissioner));
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('query.to');
    const early = await ctx.request
      .get('/exports/payments?from=2020-01-01&to=2020-12-31')
      .set(auth(commissioner));
    expect(early.status).toBe(400);
  });
});

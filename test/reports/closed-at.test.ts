/**
 * Reports read what was placed at a past instant from the recorded events; a package's end or
 * cancellation is dated by packages.closed_at, set by the lifecycle and back-filled by its migration.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationSource } from '../../src/db/migrations';
import type { CoverageReport } from '../../src/reports/model';
import { newPackage, offerFor, providerInZone, seedReference, type TestProvider } from '../helpers/brokerage';
import { createTestContext, type TestContext } from '../helpers/context';
import { buildPackage, ensureReference } from '../factories';

const HOUR = 3_600_000;

describe('placed packages through the engine', () => {
  let ctx: TestContext;
  let officer: string;
  let prime: TestProvider;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    ctx = await createTestContext();
    await seedReference(ctx);
    officer = await ctx.tokenFor('officer');
    prime = await providerInZone(ctx, 'charnwood-north', 'prime');
  });
  afterAll(() => ctx.destroy());

  const charnwood = async (asOf?: string) => {
    const res = await ctx.request.get(`/reports/coverage${asOf ? `?asOf=${asOf}` : ''}`).set(auth(officer));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return (res.body as CoverageReport).zones.find((z) => z.area.id === 'charnwood-north')!;
  };

  it('counts a package placed from its award until it ends, and a cancelled one no longer waiting', async () => {
    const placed = (
      await ctx.request
        .post('/packages')
        .set(auth(officer))
        .send(newPackage({ weeklyHours: 10 }))
    ).body;
    const waiting = (
      await ctx.request
        .post('/packages')
        .set(auth(officer))
        .send(newPackage({ weeklyHours: 4 }))
    ).body;
    ctx.clock.advance(60_000); // a report counts what happened before its instant
    expect((await charnwood()).unmetNeed).toMatchObject({ packages: 2, weeklyHours: 14 });
    const offer = await offerFor(ctx, prime, placed.id);
    await ctx.request.post(`/offers/${offer!.id}/accept`).set(auth(prime.token)).send({});
    ctx.clock.advance(HOUR);
    await ctx.request
      .post(`/packages/${placed.id}/start`)
      .set(auth(prime.token))
      .send({ startedOn: '2026-01-05' });
    await ctx.request
      .post(`/packages/${waiting.id}/cancel`)
      .set(auth(officer))
      .send({ reason: 'moved away' });
    ctx.clock.advance(60_000);
    const inCare = await charnwood();
    expect(inCare.demand).toMatchObject({ placedPackages: 1, inCarePackages: 1, placedWeeklyHours: 10 });
    expect(inCare.unmetNeed.packages).toBe(0);
    // At the card in force: Loughborough is urban, £18.75/h; 10 h = £187.50 a week.
    expect(inCare.cost.atRatesInForce).toMatchObject({
      weeklyPence: 18_750,
      annualPence: 975_000,
      averageHourlyRatePence: 1_875,
    });

    ctx.clock.advance(2 * 24 * HOUR);
    const end = await ctx.request
      .post(`/packages/${placed.id}/end`)
      .set(auth(officer))
      .send({ endedOn: '2026-01-07', reason: 'test end' });
    expect(end.status).toBe(200);
    const row = await ctx.services.db('packages').where({ id: placed.id }).first('closed_at');
    expect(Number(row.closed_at)).toBe(ctx.clock.now());
    ctx.clock.advance(60_000);
    expect((await charnwood()).demand.placedPackages).toBe(0);
    // As at the end of 5 Jan the package was still in care.
    expect((await charnwood('2026-01-05')).demand).toMatchObject({ placedPackages: 1, inCarePackages: 1 });
  });
});

describe('the closed_at migration', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.destroy());

  it('dates packages that ended before it from their audit row, else from their last update', async () => {
    const { db } = ctx.services;
    const name = '20261127000100_add_package_closed_at.ts';
    await db.migrate.down({ migrationSource, name });
    expect(await db.schema.hasColumn('packages', 'closed_at')).toBe(false);
    await ensureReference(db);
    const ids: number[] = [];
    for (const [status, updatedAt] of [
      ['ended', 9_000],
      ['cancelled', 8_000],
      ['active', 7_000],
    ] as const) {
      ids.push(await buildPackage(db, { zoneId: 'melton', status, createdAt: 1_000, updatedAt }));
    }
    await db('audit_events').insert({
      at: 5_000,
      actor_role: 'officer',
      action: 'package.end',
      entity_type: 'package',
      entity_id: String(ids[0]),
    });
    await db.migrate.up({ migrationSource, name });
    const closed = await db('packages').whereIn('id', ids).orderBy('id').select('closed_at');
    // Ended: its audit row (5,000, though later updated at 9,000); cancelled with no audit row: its last update; active: open.
    expect(closed.map((r) => (r.closed_at === null ? null : Number(r.closed_at)))).toEqual([
      5_000,
      8_000,
      null,
    ]);
  });
});

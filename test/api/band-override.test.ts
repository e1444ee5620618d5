import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../helpers/context';
import {
  PLACES,
  intakeAs,
  offerFor,
  providerInZone,
  seedReference,
  type TestProvider,
} from '../helpers/brokerage';

const override = { band: 'isolated', reason: 'travel-access', comment: 'Farm track, no public road' };

describe('band override by an officer (docs/specification/zones-and-bands.md §2.9)', () => {
  let ctx: TestContext;
  let officer: string;
  let prime: TestProvider;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const overrideBand = (id: number, body: object) =>
    ctx.request.post(`/packages/${id}/band-override`).set(auth(officer)).send(body);

  beforeAll(async () => {
    ctx = await createTestContext();
    await seedReference(ctx);
    officer = await ctx.tokenFor('officer');
    prime = await providerInZone(ctx, 'charnwood-north', 'prime');
  });
  afterAll(() => ctx.destroy());

  it('overrides an unplaced package: the rate follows the band, audited and shown in its history', async () => {
    const unplaced = await intakeAs(ctx, officer, { location: PLACES.hallaton });
    expect(unplaced.status).toBe('unplaced');
    const res = await overrideBand(unplaced.id, { ...override, version: unplaced.version });
    expect(res.status).toBe(200);
    const card = await ctx.services
      .db('rate_card_rates')
      .where({ band: 'isolated' })
      .orderBy('rate_card_id')
      .first();
    expect(res.body).toMatchObject({
      band: 'isolated',
      hourlyRatePence: card.hourly_rate_pence,
      bandOverride: { placedBand: unplaced.band, reason: 'travel-access', comment: override.comment },
      version: unplaced.version + 1,
    });
    const audit = await ctx.services
      .db('audit_events')
      .where({ action: 'package.band-override', entity_id: String(unplaced.id) })
      .first();
    expect(audit.after_json).toContain('isolated');
    expect(audit.after_json).not.toContain(override.comment);
  });

  it('refuses a stale version, a package that is not unplaced and the band it already has', async () => {
    const unplaced = await intakeAs(ctx, officer, { location: PLACES.hallaton });
    const stale = await overrideBand(unplaced.id, { ...override, version: unplaced.version + 5 });
    expect(stale.status).toBe(409);
    expect(JSON.parse(stale.text)).toMatchObject({ currentVersion: unplaced.version });
    const same = await overrideBand(unplaced.id, {
      ...override,
      band: unplaced.band,
      version: unplaced.version,
    });
    expect(same.status).toBe(422);
    const brokering = await intakeAs(ctx, officer);
    const refused = await overrideBand(brokering.id, { ...override, version: brokering.version });
    expect(refused.status).toBe(409);
    expect(JSON.parse(refused.text)).toMatchObject({ currentStatus: 'brokering' });
    const missing = await overrideBand(999_999, { ...override, version: 1 });
    expect(missing.status).toBe(404);
  });

  it('shows an intake override in the offer (without the comment), the explanation and the coverage report', async () => {
    const pkg = await intakeAs(ctx, officer, { bandOverride: override });
    const offers = await ctx.request.get('/offers').set(auth(prime.token));
    const offer = (offers.body.offers as { packageId: number }[]).find((o) => o.packageId === pkg.id);
    expect(offer).toMatchObject({
      band: 'isolated',
      bandOverride: { placedBand: 'urban', reason: 'travel-access' },
    });
    expect(JSON.stringify(offer)).not.toContain(override.comment);
    expect(await offerFor(ctx, prime, pkg.id)).toBeDefined();
    const explanation = await ctx.request.get(`/packages/${pkg.id}/allocation`).set(auth(officer));
    expect(explanation.body.band).toEqual({
      band: 'isolated',
      override: { placedBand: 'urban', reason: 'travel-access' },
    });
    ctx.clock.advance(60_000);
    const today = new Date(ctx.clock.now()).toISOString().slice(0, 10);
    const report = await ctx.request
      .get('/reports/coverage')
      .query({ from: `${today.slice(0, 8)}01`, to: today })
      .set(auth(officer));
    expect(report.status).toBe(200);
    const zone = (report.body.zones as { area: { id: string }; bandOverrides: { packages: number } }[]).find(
      (z) => z.area.id === 'charnwood-north',
    );
    expect(zone!.bandOverrides.packages).toBeGreaterThanOrEqual(1);
    expect(report.body.county.bandOverrides.packages).toBeGreaterThanOrEqual(zone!.bandOverrides.packages);
  });
});

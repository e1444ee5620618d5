import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPackage } from '../factories';
import { seedReference } from '../helpers/brokerage';
import { createTestContext, type TestContext } from '../helpers/context';

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

/** POST /packages/:id/negotiated-rates (docs/specification/rates-and-costs.md §3.9). The clock: 5 January 2026. */
describe('negotiated rates', () => {
  let ctx: TestContext;
  let officer: string;
  let packageId: number;
  const post = (body: object, token = officer, id = packageId) =>
    ctx.request.post(`/packages/${id}/negotiated-rates`).set(auth(token)).send(body);

  beforeAll(async () => {
    ctx = await createTestContext();
    await seedReference(ctx);
    officer = await ctx.tokenFor('officer');
    packageId = await buildPackage(ctx.services.db, {
      band: 'rural',
      createdAt: Date.parse('2025-12-01T10:00:00Z'),
    });
  });
  afterAll(() => ctx.destroy());

  it('follows the card until a rate is recorded, then pays the rate from its day; audited', async () => {
    const before = await ctx.request.get(`/packages/${packageId}/rates`).set(auth(officer));
    expect(before.body.today).toEqual({ date: '2026-01-05', hourlyRatePence: 2300, source: 'card' });
    const set = await post({ appliesFrom: '2026-01-01', hourlyRatePence: 2450, reason: 'Island address' });
    expect(set.status, JSON.stringify(set.body)).toBe(201);
    expect(set.body.today).toEqual({ date: '2026-01-05', hourlyRatePence: 2450, source: 'negotiated' });
    const back = await post({ appliesFrom: '2026-03-01', hourlyRatePence: null, reason: 'Road reopened' });
    expect(back.body.negotiated.map((n: { hourlyRatePence: number | null }) => n.hourlyRatePence)).toEqual([
      2450,
      null,
    ]);
    const audits = await ctx.services.db('audit_events').where({ action: 'package.negotiated-rate' });
    expect(audits).toHaveLength(2);
  });

  it('refuses a date before intake or over a year ahead, a taken date, a bad rate, and other roles', async () => {
    const early = await post({ appliesFrom: '2025-11-30', hourlyRatePence: 2000, reason: 'too early' });
    expect(early.status).toBe(400);
    expect(JSON.stringify(early.body)).toContain('body.appliesFrom');
    expect(
      (await post({ appliesFrom: '2027-02-01', hourlyRatePence: 2000, reason: 'too late' })).status,
    ).toBe(400);
    expect((await post({ appliesFrom: '2026-01-01', hourlyRatePence: 2000, reason: 'again' })).status).toBe(
      409,
    );
    expect((await post({ appliesFrom: '2026-02-01', hourlyRatePence: 0, reason: 'free' })).status).toBe(400);
    expect((await post({ appliesFrom: '2026-02-01', hourlyRatePence: 20.5, reason: 'half' })).status).toBe(
      400,
    );
    const commissioner = await ctx.tokenFor('commissioner');
    expect(
      (await post({ appliesFrom: '2026-02-01', hourlyRatePence: 2000, reason: 'x y z' }, commissioner))
        .status,
    ).toBe(403);
    expect(
      (await post({ appliesFrom: '2026-02-01', hourlyRatePence: 2000, reason: 'none' }, officer, 999_999))
        .status,
    ).toBe(404);
  });
});

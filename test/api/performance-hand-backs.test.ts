import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../helpers/context';
import { ensureReference, historyProvider, insertPackageHistory } from '../factories';

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

/** A Melton prime (tender 80) holding one package in care, won by answering its only offer at once. */
async function providerInCare(ctx: TestContext) {
  const db = ctx.services.db;
  const providerId = await historyProvider(db, {
    tenderScore: 80,
    roles: [{ zoneId: 'melton', role: 'prime' }],
  });
  const opened = Date.parse('2025-12-01T09:00:00Z');
  const { packageId } = await insertPackageHistory(db, {
    zoneId: 'melton',
    episodes: [
      {
        openedAt: opened,
        rounds: [{ offers: [{ providerId, answer: 'accept' }] }],
        award: { providerId, startedOn: '2025-12-03' },
      },
    ],
  });
  return { providerId, packageId, token: await ctx.tokenFor('provider', providerId) };
}

describe('hand-backs without notice in the quality score', () => {
  let ctx: TestContext;
  let admin: string;
  let shortNotice: Awaited<ReturnType<typeof providerInCare>>;
  let fullNotice: Awaited<ReturnType<typeof providerInCare>>;
  let noHandBack: Awaited<ReturnType<typeof providerInCare>>;
  const scoreOf = async (providerId: number) => {
    const res = await ctx.request.get(`/providers/${providerId}/score`).set(auth(admin));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.zones[0].score;
  };
  const handBack = (p: typeof shortNotice, noticeDate: string) =>
    ctx.request
      .post(`/packages/${p.packageId}/hand-back`)
      .set(auth(p.token))
      .send({ reason: 'staffing', noticeDate });

  beforeAll(async () => {
    ctx = await createTestContext();
    await ensureReference(ctx.services.db);
    shortNotice = await providerInCare(ctx);
    fullNotice = await providerInCare(ctx);
    noHandBack = await providerInCare(ctx);
    admin = await ctx.tokenFor('admin');
    // The clock is at 2026-01-05: seven days' notice, and the full 28.
    const short = await handBack(shortNotice, '2026-01-12');
    expect(short.status, JSON.stringify(short.body)).toBe(200);
    expect(short.body.handBack).toMatchObject({ approval: 'pending' });
    expect((await handBack(fullNotice, '2026-02-02')).status).toBe(200);
    ctx.clock.advance(60_000);
    await ctx.request.post('/scores/recompute').set(auth(admin)).expect(201);
  });
  afterAll(() => ctx.destroy());

  it('counts seven days’ notice as a failed response against an otherwise identical provider', async () => {
    const reference = await scoreOf(noHandBack.providerId);
    const handedBack = await scoreOf(shortNotice.providerId);
    // One offer answered and accepted in the window: live 100, n = 1 → 80 + 1/21 × 20 = 80.95.
    expect(reference.components.response).toMatchObject({ live: 100, evidence: 1, value: 80.95 });
    // The hand-back adds a failed response: live 50 × 2 / 2 = 50, n = 2 → 80 − 2/22 × 30 = 77.27.
    expect(handedBack.components.response).toMatchObject({ live: 50, evidence: 2, value: 77.27 });
    expect(handedBack.components.pickUp).toEqual(reference.components.pickUp);
    expect(handedBack.kpis.handBacks).toMatchObject({ count: 1, withoutNotice: 1 });
  });

  it('counts nothing for 28 days’ notice', async () => {
    const reference = await scoreOf(noHandBack.providerId);
    const full = await scoreOf(fullNotice.providerId);
    expect(full.components.response).toEqual(reference.components.response);
    expect(full.kpis.handBacks).toMatchObject({ count: 1, withoutNotice: 0 });
  });

  it('shows the count in the KPIs', async () => {
    const res = await ctx.request
      .get(`/performance/kpis?groupBy=provider&from=2026-01-01&to=2026-01-05`)
      .set(auth(admin));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const of = (id: number) =>
      res.body.groups.find((g: { group: { provider: { id: number } } }) => g.group.provider.id === id);
    expect(of(shortNotice.providerId).kpis.handBacks.withoutNotice).toBe(1);
    expect(of(fullNotice.providerId).kpis.handBacks.withoutNotice).toBe(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../helpers/context';
import { ensureReference, historyProvider, insertPackageHistory, MINUTE } from '../factories';

const at = (s: string) => Date.parse(s);

/**
 * A month of recorded events with hand-worked KPIs. Melton: A and B are primes, C supplementary
 * (and prime in Bottesford). Period: March 2026; judged on 15 April.
 */
describe('GET /performance/kpis', () => {
  let ctx: TestContext;
  let admin: string;
  let A: number;
  let B: number;
  let C: number;
  let tokenA: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const kpis = async (query: string, token = admin) => {
    const res = await ctx.request
      .get(`/performance/kpis?from=2026-03-01&to=2026-03-31&${query}`)
      .set(auth(token));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as {
      groups: { group: Record<string, { id: unknown }>; kpis: Record<string, Record<string, unknown>> }[];
    };
  };
  const ofProvider = (body: Awaited<ReturnType<typeof kpis>>, id: number) =>
    body.groups.find((g) => g.group.provider?.id === id)!.kpis;

  beforeAll(async () => {
    ctx = await createTestContext();
    const db = ctx.services.db;
    await ensureReference(db);
    A = await historyProvider(db, { roles: [{ zoneId: 'melton', role: 'prime' }] });
    B = await historyProvider(db, { roles: [{ zoneId: 'melton', role: 'prime' }] });
    C = await historyProvider(db, {
      roles: [
        { zoneId: 'melton', role: 'supplementary' },
        { zoneId: 'bottesford', role: 'prime' },
      ],
    });
    // P1: A accepts in 30 minutes (B declined in 10) and starts on the agreed day.
    await insertPackageHistory(db, {
      zoneId: 'melton',
      episodes: [
        {
          openedAt: at('2026-03-02T09:00:00Z'),
          rounds: [
            {
              offers: [
                { providerId: A, answer: 'accept', afterMinutes: 30 },
                { providerId: B, answer: 'decline', afterMinutes: 10 },
              ],
            },
          ],
          award: { providerId: A, agreedStart: '2026-03-05', startedOn: '2026-03-05' },
        },
      ],
    });
    // P2: hospital discharge, 15 h/week, rural. A stays silent; B accepts at 90 minutes and wins at the window's close,
    // starts two days late, hands it back (staffing); re-brokered to C, which starts on time.
    await insertPackageHistory(db, {
      zoneId: 'melton',
      band: 'rural',
      urgency: 'hospital-discharge',
      weeklyMinutes: 900,
      episodes: [
        {
          openedAt: at('2026-03-03T10:00:00Z'),
          rounds: [
            {
              offers: [
                { providerId: A, answer: 'none' },
                { providerId: B, answer: 'accept', afterMinutes: 90 },
              ],
            },
          ],
          award: {
            providerId: B,
            at: at('2026-03-03T12:00:00Z'),
            agreedStart: '2026-03-04',
            startedOn: '2026-03-06',
            handBack: { at: at('2026-03-20T10:00:00Z'), reason: 'staffing' },
          },
        },
        {
          openedAt: at('2026-03-20T10:00:00Z'),
          rounds: [
            { kind: 'supplementaries', offers: [{ providerId: C, answer: 'accept', afterMinutes: 20 }] },
          ],
          award: { providerId: C, agreedStart: '2026-03-23', startedOn: '2026-03-23' },
        },
      ],
    });
    // P3: both primes decline; C accepts in round 2 after 10 hours and has not started by the agreed date.
    await insertPackageHistory(db, {
      zoneId: 'melton',
      episodes: [
        {
          openedAt: at('2026-03-10T09:00:00Z'),
          rounds: [
            {
              offers: [
                { providerId: A, answer: 'decline', afterMinutes: 120, reason: 'travel-distance' },
                { providerId: B, answer: 'decline', afterMinutes: 60, reason: 'no-capacity' },
              ],
            },
            { offers: [{ providerId: C, answer: 'accept', afterMinutes: 600 }] },
          ],
          award: { providerId: C, agreedStart: '2026-03-16', startedOn: null },
        },
      ],
    });
    // P4: A accepts at once; B's offer is cut short by the award. Agreed start is after the judging date.
    await insertPackageHistory(db, {
      zoneId: 'melton',
      episodes: [
        {
          openedAt: at('2026-03-20T09:00:00Z'),
          rounds: [
            {
              offers: [
                { providerId: A, answer: 'accept', afterMinutes: 30 },
                { providerId: B, answer: 'cut-short' },
              ],
            },
          ],
          award: { providerId: A, agreedStart: '2026-04-20' },
        },
      ],
    });
    // P5: February, outside the period: only counts as held.
    await insertPackageHistory(db, {
      zoneId: 'melton',
      episodes: [
        {
          openedAt: at('2026-02-10T09:00:00Z'),
          rounds: [{ offers: [{ providerId: A, answer: 'accept' }] }],
          award: { providerId: A, startedOn: '2026-02-12' },
        },
      ],
    });
    // P6: Bottesford, C as prime.
    await insertPackageHistory(db, {
      zoneId: 'bottesford',
      episodes: [
        {
          openedAt: at('2026-03-05T09:00:00Z'),
          rounds: [{ offers: [{ providerId: C, answer: 'accept', afterMinutes: 45 }] }],
          award: { providerId: C, agreedStart: '2026-03-09', startedOn: '2026-03-09' },
        },
      ],
    });
    ctx.clock.set('2026-04-15T12:00:00Z');
    admin = await ctx.tokenFor('admin');
    tokenA = await ctx.tokenFor('provider', A);
  });
  afterAll(() => ctx.destroy());

  it('counts offers received, answered in the window, accepted and declined by reason, per provider', async () => {
    const body = await kpis('groupBy=provider');
    expect(ofProvider(body, A).offers).toEqual({
      received: 4,
      decided: 4,
      respondedInWindow: 3,
      respondedInWindowPct: 75,
      accepted: 2,
      acceptedPct: 50,
      quickAccepted: 2,
      expired: 1,
      declined: 1,
      declinedByReason: { 'travel-distance': 1 },
      responseMinutes: { median: 30, p90: 102 },
    });
    // B's offer cut short by A's award could not be answered: it is received but not decided.
    expect(ofProvider(body, B).offers).toMatchObject({
      received: 4,
      decided: 3,
      respondedInWindowPct: 100,
      acceptedPct: 33.3,
      declinedByReason: { 'no-capacity': 2 },
      responseMinutes: { median: 60, p90: 84 },
    });
    expect(ofProvider(body, C).offers).toMatchObject({
      received: 3,
      decided: 3,
      accepted: 3,
      quickAccepted: 3,
    });
  });

  it('measures pick-up from intake or re-brokering to award, against the same-day and two-day targets', async () => {
    const body = await kpis('groupBy=provider');
    expect(ofProvider(body, A).pickUp).toEqual({
      awarded: 2,
      medianHours: 0.5,
      p90Hours: 0.5,
      withinTarget: 2,
      withinTargetPct: 100,
    });
    expect(ofProvider(body, B).pickUp).toEqual({
      awarded: 1,
      medianHours: 2,
      p90Hours: 2,
      withinTarget: 1,
      withinTargetPct: 100,
    });
    // C: re-brokered P2 in 20 minutes; P3 34 hours after intake (within two days); P6 in 45 minutes.
    expect(ofProvider(body, C).pickUp).toMatchObject({ awarded: 3, medianHours: 0.8, withinTargetPct: 100 });
  });

  it('measures award to care start, and starts by the agreed date among those due', async () => {
    const body = await kpis('groupBy=provider');
    expect(ofProvider(body, A).careStart).toEqual({
      started: 1,
      medianDaysFromAward: 3,
      judged: 1,
      startedByAgreedDate: 1,
      startedByAgreedDatePct: 100,
    });
    expect(ofProvider(body, B).careStart).toMatchObject({ started: 1, judged: 1, startedByAgreedDatePct: 0 });
    expect(ofProvider(body, C).careStart).toMatchObject({
      started: 2,
      judged: 3,
      startedByAgreedDate: 2,
      startedByAgreedDatePct: 66.7,
    });
  });

  it('counts hand-backs with their rate per 100 awards, weekly hours and reasons, and packages held now', async () => {
    const body = await kpis('groupBy=provider');
    expect(ofProvider(body, B).handBacks).toEqual({
      count: 1,
      per100Awarded: 100,
      weeklyHours: 15,
      byReason: { staffing: { count: 1, weeklyHours: 15 } },
      // Handed back for staffing with the same day as its notice date: without notice.
      withoutNotice: 1,
    });
    expect(ofProvider(body, A).held).toEqual({ packages: 3, weeklyHours: 30 });
    expect(ofProvider(body, C).held).toEqual({ packages: 3, weeklyHours: 35 });
    expect(ofProvider(body, B).held).toEqual({ packages: 0, weeklyHours: 0 });
  });

  it('aggregates county-wide, per zone and per band', async () => {
    const county = (await kpis('')).groups;
    expect(county).toHaveLength(1);
    expect(county[0]!.kpis.offers).toMatchObject({ received: 11, decided: 10 });
    expect(county[0]!.kpis.pickUp).toMatchObject({ awarded: 6 });
    expect(county[0]!.kpis.handBacks).toMatchObject({ count: 1, per100Awarded: 16.7 });

    const zones = (await kpis('groupBy=zone')).groups;
    expect(zones.map((g) => [g.group.zone!.id, (g.kpis.offers as { received: number }).received])).toEqual([
      ['bottesford', 1],
      ['melton', 10],
    ]);
    const bands = (await kpis('groupBy=band&zone=melton')).groups;
    expect(bands.map((g) => [g.group.band, (g.kpis.pickUp as { awarded: number }).awarded])).toEqual([
      ['rural', 2],
      ['urban', 3],
    ]);
    const pairs = (await kpis(`groupBy=provider,zone&provider=${C}`)).groups;
    expect(pairs.map((g) => g.group.zone!.id)).toEqual(['bottesford', 'melton']);
  });

  it('shows a provider only its own KPIs, and answers 404 for another provider', async () => {
    const own = await kpis('groupBy=provider', tokenA);
    expect(own.groups.map((g) => g.group.provider!.id)).toEqual([A]);
    const other = await ctx.request.get(`/performance/kpis?provider=${B}`).set(auth(tokenA));
    expect(other.status).toBe(404);
  });

  it('rejects an unknown dimension and a reversed period, naming the field', async () => {
    const res = await ctx.request.get('/performance/kpis?groupBy=colour').set(auth(admin));
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe('query.groupBy');
    const reversed = await ctx.request
      .get('/performance/kpis?from=2026-03-31&to=2026-03-01')
      .set(auth(admin));
    expect(reversed.status).toBe(400);
    const future = await ctx.request.get('/performance/kpis?from=2099-01-01').set(auth(admin));
    expect(future.status).toBe(400);
    expect(future.body.errors[0].path).toBe('query.from');
  });

  it('counts only what was known at the period end when the period ends in the future', async () => {
    ctx.clock.set(at('2026-03-10T09:30:00Z') + MINUTE);
    const early = await kpis('groupBy=provider');
    // At 09:31 on 10 March: P3's answers (A at 11:00, B at 10:00) had not come in yet.
    expect(ofProvider(early, A).offers).toMatchObject({ received: 3, decided: 2, declined: 0 });
    ctx.clock.set('2026-04-15T12:00:00Z');
  });
});

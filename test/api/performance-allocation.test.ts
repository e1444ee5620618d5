import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLACES, newPackage } from '../helpers/brokerage';
import { createTestContext, type TestContext } from '../helpers/context';
import {
  DAY,
  HOUR,
  ensureReference,
  historyProvider,
  insertEvidence,
  insertPackageHistory,
} from '../factories';

const at = (s: string) => Date.parse(s);

/**
 * End to end: a year of history → the nightly score snapshot → an intake whose primes round ranks
 * by the snapshot in force at that moment, and records its id and components in the round's decision.
 */
describe('allocation ranks by the stored score snapshot', () => {
  let ctx: TestContext;
  let admin: string;
  let officer: string;
  let commissioner: string;
  let highTender: number;
  let lowTender: number;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    ctx = await createTestContext();
    const db = ctx.services.db;
    await ensureReference(db);
    const roles = [{ zoneId: 'charnwood-north', role: 'prime' as const }];
    // Tender 90, but it let a year of offers expire and had a poor monitoring visit.
    highTender = await historyProvider(db, { tenderScore: 90, roles, capacityMinutes: 1_000_000 });
    // Tender 60, but it accepted every offer within minutes and started every package on time.
    lowTender = await historyProvider(db, { tenderScore: 60, roles, capacityMinutes: 1_000_000 });
    for (let i = 0; i < 60; i += 1) {
      const openedAt = at('2025-03-01T09:00:00Z') + i * 5 * DAY;
      const startedOn = new Date(openedAt + 2 * DAY).toISOString().slice(0, 10);
      await insertPackageHistory(db, {
        zoneId: 'charnwood-north',
        status: 'ended',
        episodes: [
          {
            openedAt,
            rounds: [
              { windowMinutes: 1_440, offers: [{ providerId: highTender, answer: 'none' }] },
              { offers: [{ providerId: lowTender, answer: 'accept', afterMinutes: 15 }] },
            ],
            award: { providerId: lowTender, startedOn },
          },
        ],
      });
    }
    await insertEvidence(db, highTender, {
      kind: 'monitoring-visit',
      occurredOn: '2025-12-01',
      score: 35,
      rag: 'red',
    });
    await insertEvidence(db, lowTender, {
      kind: 'monitoring-visit',
      occurredOn: '2025-12-01',
      score: 90,
      rag: 'green',
    });
    ctx.clock.set('2026-01-05T02:30:00Z');
    admin = await ctx.tokenFor('admin');
    officer = await ctx.tokenFor('officer');
    commissioner = await ctx.tokenFor('commissioner');
  });
  afterAll(() => ctx.destroy());

  it('ranks the intake round by the latest snapshot and records its id and components', async () => {
    const run = await ctx.request.post('/scores/recompute').set(auth(admin));
    expect(run.status).toBe(201);
    const scores = (await ctx.request.get('/scores?zone=charnwood-north').set(auth(officer))).body.zones[0]
      .providers;
    const snapshotOf = (id: number) => scores.find((p: { provider: { id: number } }) => p.provider.id === id);
    expect(snapshotOf(lowTender).value).toBeGreaterThan(snapshotOf(highTender).value);

    ctx.clock.advance(7 * HOUR);
    const intake = await ctx.request
      .post('/packages')
      .set(auth(officer))
      .send(newPackage({ location: PLACES.loughborough }));
    expect(intake.status, JSON.stringify(intake.body)).toBe(201);
    const story = (await ctx.request.get(`/packages/${intake.body.id}/allocation`).set(auth(commissioner)))
      .body;
    const round = story.episodes[0].rounds[0];
    expect(round.kind).toBe('primes');
    expect(round.ranking.map((c: { providerId: number }) => c.providerId)).toEqual([lowTender, highTender]);
    for (const id of [lowTender, highTender]) {
      const ranked = round.ranking.find((c: { providerId: number }) => c.providerId === id);
      const stored = snapshotOf(id);
      expect(ranked.score).toEqual({
        value: stored.value,
        components: stored.components,
        source: 'snapshot',
        snapshotId: stored.snapshotId,
      });
    }
    // The offers carry the same score the ranking used.
    const offers = await ctx.services.db('offers').where({ package_id: intake.body.id }).orderBy('rank');
    expect(offers.map((o) => Number(o.score))).toEqual([
      snapshotOf(lowTender).value,
      snapshotOf(highTender).value,
    ]);
  });

  it('keeps a past round reproducible: later snapshots change neither its decision nor the scores it read', async () => {
    const first = (await ctx.request.get('/packages?limit=1').set(auth(officer))).body.packages[0];
    const before = (await ctx.request.get(`/packages/${first.id}/allocation`).set(auth(commissioner))).body
      .episodes[0].rounds[0];

    await insertEvidence(ctx.services.db, lowTender, {
      kind: 'safeguarding-concern',
      occurredOn: '2026-01-05',
    });
    ctx.clock.advance(DAY);
    await ctx.request.post('/scores/recompute').set(auth(admin)).expect(201);

    const after = (await ctx.request.get(`/packages/${first.id}/allocation`).set(auth(commissioner))).body
      .episodes[0].rounds[0];
    expect(after.ranking).toEqual(before.ranking);
    // Reading the scores at the round's opening gives back exactly what it ranked by.
    const then = (
      await ctx.request.get(`/scores?zone=charnwood-north&at=${before.openedAt}`).set(auth(officer))
    ).body.zones[0];
    for (const ranked of before.ranking) {
      const p = then.providers.find((x: { provider: { id: number } }) => x.provider.id === ranked.providerId);
      expect(p.snapshotId).toBe(ranked.score.snapshotId);
      expect(p.value).toBe(ranked.score.value);
    }
    // …while a round opened now reads the newer snapshot.
    const later = await ctx.request
      .post('/packages')
      .set(auth(officer))
      .send(newPackage({ location: PLACES.loughborough }));
    const laterRound = (
      await ctx.request.get(`/packages/${later.body.id}/allocation`).set(auth(commissioner))
    ).body.episodes[0].rounds[0];
    const lowNow = laterRound.ranking.find((c: { providerId: number }) => c.providerId === lowTender);
    const lowThen = before.ranking.find((c: { providerId: number }) => c.providerId === lowTender);
    expect(lowNow.score.snapshotId).toBeGreaterThan(lowThen.score.snapshotId);
    expect(lowNow.score.components.quality).toBeLessThan(lowThen.score.components.quality);
  });

  it('falls back to the tender score for a provider with no snapshot in the zone', async () => {
    const newcomer = await historyProvider(ctx.services.db, {
      tenderScore: 99,
      roles: [{ zoneId: 'charnwood-north', role: 'prime' }],
    });
    const pkg = await ctx.request
      .post('/packages')
      .set(auth(officer))
      .send(newPackage({ location: PLACES.loughborough }));
    const round = (await ctx.request.get(`/packages/${pkg.body.id}/allocation`).set(auth(commissioner))).body
      .episodes[0].rounds[0];
    expect(round.ranking[0]).toMatchObject({
      providerId: newcomer,
      score: { value: 99, components: null, source: 'tender', snapshotId: null },
    });
  });
});

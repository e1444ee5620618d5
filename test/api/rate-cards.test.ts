import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedReferenceData } from '../../seeds/reference';
import { buildProvider } from '../factories';
import { createTestContext, type TestContext } from '../helpers/context';

const uplift = (appliesFrom: string) => ({
  appliesFrom,
  label: `Uplift from ${appliesFrom}`,
  ratesPence: { urban: 1950, fringe: 2100, rural: 2390, isolated: 2740 },
});

describe('rate cards', () => {
  let ctx: TestContext;
  let admin: string;
  let provider: string;
  let seededId: number;
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  beforeAll(async () => {
    ctx = await createTestContext(); // today is 2026-01-05
    await seedReferenceData(ctx.services.db, ctx.clock.now());
    admin = await ctx.tokenFor('admin');
    provider = await ctx.tokenFor('provider', await buildProvider(ctx.services.db));
  });
  afterAll(() => ctx.destroy());

  it('publishes the seeded indicative card to every role, including providers (story P5)', async () => {
    const res = await ctx.request.get('/rate-cards').set(as(provider));
    expect(res.status).toBe(200);
    expect(res.body.rateCards).toHaveLength(1);
    expect(res.body.rateCards[0]).toMatchObject({
      appliesFrom: '2021-11-01',
      appliesUntil: null,
      status: 'in-force',
      ratesPence: { urban: 1875, fringe: 2020, rural: 2300, isolated: 2635 },
    });
    expect(res.body.rateCards[0].label).toMatch(/indicative/i);
    seededId = res.body.rateCards[0].id;
  });

  it('finds the card in force on a date, and none before the framework started', async () => {
    expect((await ctx.request.get('/rate-cards/current').set(as(provider))).body.id).toBe(seededId);
    const before = await ctx.request.get('/rate-cards/current?date=2021-10-31').set(as(provider));
    expect(before.status).toBe(404);
    const bad = await ctx.request.get('/rate-cards/current?date=2021-02-29').set(as(provider));
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('query.date');
  });

  it('adds a card from a future date, audited, which ends the current one the day before', async () => {
    const res = await ctx.request.post('/rate-cards').set(as(admin)).send(uplift('2026-04-01'));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ appliesFrom: '2026-04-01', status: 'future', appliesUntil: null });
    const cards = (await ctx.request.get('/rate-cards').set(as(admin))).body.rateCards;
    expect(
      cards.map((c: { appliesFrom: string; appliesUntil: string | null }) => [c.appliesFrom, c.appliesUntil]),
    ).toEqual([
      ['2021-11-01', '2026-03-31'],
      ['2026-04-01', null],
    ]);
    const trail = (await ctx.request.get(`/audit?entity=rate-card&id=${res.body.id}`).set(as(admin))).body
      .events;
    expect(trail[0]).toMatchObject({ action: 'rate-card.create', actor: { role: 'admin' } });
    expect((await ctx.request.get('/rate-cards/current?date=2026-04-01').set(as(admin))).body.id).toBe(
      res.body.id,
    );
  });

  it('refuses a card from today or the past, or from a date already taken (409)', async () => {
    const today = await ctx.request.post('/rate-cards').set(as(admin)).send(uplift('2026-01-05'));
    expect(today.status).toBe(409);
    expect(today.body.detail).toMatch(/must apply from a future date/);
    const taken = await ctx.request.post('/rate-cards').set(as(admin)).send(uplift('2026-04-01'));
    expect(taken.status).toBe(409);
    expect(taken.body.detail).toMatch(/already applies from 2026-04-01/);
  });

  it('names every failing field of a new card', async () => {
    const res = await ctx.request
      .post('/rate-cards')
      .set(as(admin))
      .send({
        appliesFrom: '2026-13-01',
        label: '',
        ratesPence: { urban: 19.5, fringe: -1, rural: 2390, suburban: 1 },
      });
    expect(res.status).toBe(400);
    const paths = res.body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'body.appliesFrom',
        'body.label',
        'body.ratesPence.urban',
        'body.ratesPence.fringe',
        'body.ratesPence.isolated',
        'body.ratesPence',
      ]),
    );
  });

  it('never edits or deletes a card in force (409 with a clear message)', async () => {
    const edit = await ctx.request
      .patch(`/rate-cards/${seededId}`)
      .set(as(admin))
      .send({ ratesPence: { urban: 1900 } });
    expect(edit.status).toBe(409);
    expect(edit.body).toMatchObject({ type: '/problems/rate-card-in-force' });
    expect(edit.body.detail).toMatch(
      /The rate card applying from 2021-11-01 is already in force and cannot be changed or deleted/,
    );
    const del = await ctx.request.delete(`/rate-cards/${seededId}`).set(as(admin));
    expect(del.status).toBe(409);
    expect(del.body.type).toBe('/problems/rate-card-in-force');
    const still = (await ctx.request.get('/rate-cards/current?date=2022-01-01').set(as(admin))).body;
    expect(still.ratesPence.urban).toBe(1875);
  });

  it('edits and deletes a future card, audited with before and after', async () => {
    const created = (await ctx.request.post('/rate-cards').set(as(admin)).send(uplift('2027-04-01'))).body;
    const edit = await ctx.request
      .patch(`/rate-cards/${created.id}`)
      .set(as(admin))
      .send({ ratesPence: { isolated: 2800 }, label: 'Uplift 2027 (corrected)' });
    expect(edit.status).toBe(200);
    expect(edit.body).toMatchObject({
      label: 'Uplift 2027 (corrected)',
      ratesPence: { urban: 1950, isolated: 2800 },
    });
    const moved = await ctx.request
      .patch(`/rate-cards/${created.id}`)
      .set(as(admin))
      .send({ appliesFrom: '2026-04-01' });
    expect(moved.status).toBe(409);

    const del = await ctx.request.delete(`/rate-cards/${created.id}`).set(as(admin));
    expect(del.status).toBe(204);
    expect((await ctx.request.get('/rate-cards').set(as(admin))).body.rateCards).toHaveLength(2);
    const trail = (await ctx.request.get(`/audit?entity=rate-card&id=${created.id}`).set(as(admin))).body
      .events;
    expect(trail.map((e: { action: string }) => e.action)).toEqual([
      'rate-card.delete',
      'rate-card.update',
      'rate-card.create',
    ]);
    expect(trail[1].before.ratesPence.isolated).toBe(2740);
    expect(trail[1].after.ratesPence.isolated).toBe(2800);
  });

  it('treats a card as in force from its first day (the manual clock reaches the uplift)', async () => {
    const future = (await ctx.request.get('/rate-cards/current?date=2026-04-01').set(as(admin))).body;
    ctx.clock.set('2026-04-01T00:30:00+01:00'); // 00:30 in England on the day the card starts
    const del = await ctx.request.delete(`/rate-cards/${future.id}`).set(as(admin));
    expect(del.status).toBe(409);
    expect((await ctx.request.get('/rate-cards/current').set(as(provider))).body.id).toBe(future.id);
  });
});

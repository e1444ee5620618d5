import { beforeAll, describe, expect, it } from 'vitest';
import { buildYear23Start } from '../factories';
import {
  brokerageCase,
  charnwoodPrimes,
  newPackage,
  offerFor,
  seedReference,
  type TestProvider,
} from '../helpers/brokerage';
import { createTestContext, type TestContext } from '../helpers/context';

/**
 * Dates that make sense (docs/api.md "Dates and numbers"): every date field's range, the numbers
 * that parse but mean nothing, and stored dates from before the rules that reads must survive.
 * The test clock starts on Monday 5 January 2026, 09:00.
 */
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const fieldsOf = (res: { body: { errors?: { path: string }[] } }) =>
  (res.body.errors ?? []).map((e) => e.path);

describe('date and number fields of intake', () => {
  let ctx: TestContext;
  let officer: string;
  const post = (overrides: Record<string, unknown>) =>
    ctx.request.post('/packages').set(auth(officer)).send(newPackage(overrides));

  beforeAll(async () => {
    ctx = await createTestContext();
    await seedReference(ctx);
    officer = await ctx.tokenFor('officer');
    return () => ctx.destroy();
  });

  it('refuses a wanted start more than 14 days past or more than a year ahead, and any year 0023', async () => {
    for (const wantedStart of ['2025-12-21', '2027-01-06', '0023-01-12', '9999-01-01', '1899-12-31']) {
      const res = await post({ wantedStart });
      expect(res.status, wantedStart).toBe(400);
      expect(fieldsOf(res), wantedStart).toEqual(['body.wantedStart']);
    }
    for (const wantedStart of ['2025-12-22', '2027-01-05'])
      expect((await post({ wantedStart })).status).toBe(201);
  });

  it('refuses fewer than a quarter hour a week (5e-324 once stored a £0 package), and visits that do not fit', async () => {
    const tiny = await post({ weeklyHours: 5e-324, visitsPerWeek: 1 });
    expect(tiny.status).toBe(400);
    expect(fieldsOf(tiny)).toContain('body.weeklyHours');
    expect(await ctx.services.db('packages').where('weekly_minutes', 0).first()).toBeUndefined();
    const crowded = await post({ weeklyHours: 1, visitsPerWeek: 84 });
    expect(crowded.status).toBe(400);
    expect(fieldsOf(crowded).sort()).toEqual(['body.visitsPerWeek', 'body.weeklyHours']);
    expect((await post({ weeklyHours: 0.25, visitsPerWeek: 1 })).status).toBe(201);
  });

  it('cannot be given female-only and male-only carers together: the gender is one value', async () => {
    const both = await post({ needs: { carerGender: ['female', 'male'] } });
    expect(both.status).toBe(400);
    expect(fieldsOf(both)).toEqual(['body.needs.carerGender']);
    // The old flags are not taken any more (docs/api.md "Needs"): refused, naming the needs.
    const old = await post({ needs: { flags: ['female-carers-only', 'male-carers-only'], language: null } });
    expect(old.status).toBe(400);
    expect(fieldsOf(old)).toEqual(['body.needs']);
    expect((await post({ needs: { carerGender: 'female' } })).status).toBe(201);
  });

  it('holds an edit of the wanted start to the same range', async () => {
    const created = await post({});
    const res = await ctx.request
      .patch(`/packages/${created.body.id}`)
      .set(auth(officer))
      .send({ version: created.body.version, wantedStart: '2099-01-01' });
    expect(res.status).toBe(400);
    expect(fieldsOf(res)).toEqual(['body.wantedStart']);
  });

  it('refuses JSON nested 10,000 levels deep with 400, on intake and on the area-layer upload', async () => {
    const admin = await ctx.tokenFor('admin');
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    for (const [path, token] of [
      ['/packages', officer],
      ['/zones/layers', admin],
    ] as const) {
      const res = await ctx.request
        .post(path)
        .set(auth(token))
        .set('Content-Type', 'application/json')
        .send(deep);
      expect(res.status, path).toBe(400);
      expect(res.body).toMatchObject({ type: '/problems/json-too-deep', errors: [{ path: 'body' }] });
    }
    const nestedObjects = `${'{"a":'.repeat(33)}1${'}'.repeat(33)}`;
    const objects = await ctx.request.post('/packages').set(auth(officer)).type('json').send(nestedObjects);
    expect(objects.status).toBe(400);
    expect(objects.body.type).toBe('/problems/json-too-deep');
  });
});

describe('date fields of the brokerage and of evidence', () => {
  it('holds accepting, care start and hand-back dates to their ranges', async () => {
    const { ctx, intake, answer } = await brokerageCase();
    const primes: TestProvider[] = await charnwoodPrimes(ctx);
    const pkg = await intake();
    const offer = (await offerFor(ctx, primes[0]!, pkg.id))!;
    for (const startDate of ['2026-01-04', '2027-01-06', '0026-01-12']) {
      const res = await answer(primes[0]!, offer.id, 'accept', { startDate });
      expect(res.status, startDate).toBe(400);
      expect(fieldsOf(res)).toEqual(['body.startDate']);
    }
    expect((await answer(primes[0]!, offer.id, 'accept', { startDate: '2026-01-05' })).body.status).toBe(
      'won',
    );
    const start = (startedOn: string) =>
      ctx.request.post(`/packages/${pkg.id}/start`).set(auth(primes[0]!.token)).send({ startedOn });
    ctx.clock.set('2026-01-09T10:00:00Z');
    for (const startedOn of ['2026-01-04', '2026-01-10', '2099-01-01']) {
      const res = await start(startedOn);
      expect(res.status, startedOn).toBe(400);
      expect(fieldsOf(res)).toEqual(['body.startedOn']);
    }
    expect((await start('2026-01-05')).body.status).toBe('active');
    const handBack = (noticeDate: string) =>
      ctx.request
        .post(`/packages/${pkg.id}/hand-back`)
        .set(auth(primes[0]!.token))
        .send({ reason: 'staffing', noticeDate });
    const past = await handBack('2026-01-08');
    expect(past.status).toBe(400);
    expect(fieldsOf(past)).toEqual(['body.noticeDate']);
    expect((await handBack('2026-01-09')).status).toBe(200);
  });

  it('dates evidence from the day the provider joined to today', async () => {
    const { ctx } = await brokerageCase();
    const [prime] = await charnwoodPrimes(ctx);
    const officer = await ctx.tokenFor('officer');
    const record = (occurredOn: string) =>
      ctx.request
        .post(`/providers/${prime!.id}/quality-evidence`)
        .set(auth(officer))
        .send({ kind: 'upheld-complaint', occurredOn });
    // The factory's providers joined on 2021-11-01.
    for (const occurredOn of ['2021-10-31', '2026-01-06', '0021-11-01']) {
      const res = await record(occurredOn);
      expect(res.status, occurredOn).toBe(400);
      expect(fieldsOf(res)).toEqual(['body.occurredOn']);
    }
    expect((await record('2021-11-01')).status).toBe(201);
  });

  it('holds KPI and report periods to the life of the service, to a year ahead', async () => {
    const { ctx } = await brokerageCase();
    const admin = await ctx.tokenFor('admin');
    for (const [path, field] of [
      ['/performance/kpis?from=2021-10-31', 'query.from'],
      ['/performance/kpis?from=2026-01-01&to=2027-01-06', 'query.to'],
      ['/reports/coverage?from=2021-10-31', 'query.from'],
      ['/reports/providers?from=0023-01-01', 'query.from'],
      ['/reports/coverage?asOf=0023-01-01T00:00:00Z', 'query.asOf'],
    ] as const) {
      const res = await ctx.request.get(path).set(auth(admin));
      expect(res.status, path).toBe(400);
      expect(fieldsOf(res), path).toContain(field);
    }
    expect((await ctx.request.get('/performance/kpis?from=2021-11-01').set(auth(admin))).status).toBe(200);
  });
});

describe('a stored date that cannot be placed in time (written before the rules)', () => {
  it('no longer fails KPIs, reports or the score run: they leave it out and say so in their notes', async () => {
    const { ctx } = await brokerageCase();
    const [prime] = await charnwoodPrimes(ctx);
    const db = ctx.services.db;
    const { packageId, episodeId } = await buildYear23Start(db, prime!.id);
    ctx.clock.set('2026-01-06T09:00:00Z');
    const admin = await ctx.tokenFor('admin');
    const note = `brokerage_episodes ${episodeId}: care_started_on "0023-01-12" cannot be placed in time`;
    const kpis = await ctx.request.get('/performance/kpis?groupBy=provider').set(auth(admin));
    expect(kpis.status).toBe(200);
    expect(kpis.body.notes.join('\n')).toContain(note);
    const providers = await ctx.request.get('/reports/providers').set(auth(admin));
    expect(providers.status).toBe(200);
    expect(providers.body.notes.join('\n')).toContain(note);
    expect((await ctx.request.get('/reports/coverage').set(auth(admin))).status).toBe(200);
    const run = await ctx.request.post('/scores/recompute').set(auth(admin));
    expect(run.status).toBe(201);
    expect(run.body.notes.join('\n')).toContain(note);
    expect((await ctx.request.get(`/packages/${packageId}`).set(auth(admin))).status).toBe(200);
    expect((await ctx.request.get(`/packages/${packageId}/allocation`).set(auth(admin))).status).toBe(200);
  });
});

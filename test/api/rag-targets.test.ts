import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { seedReference } from '../helpers/brokerage';
import { createTestContext, type TestContext } from '../helpers/context';

/** RAG targets set by commissioners (Perf19 App C): effective-dated, with zone overrides that say who and why. */
describe('RAG targets', () => {
  let ctx: TestContext;
  let commissioner: string;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const post = (token: string, body: object) =>
    ctx.request.post('/reports/rag-targets').set(auth(token)).send(body);
  const fields = (res: { body: { errors?: { path: string }[] } }) =>
    (res.body.errors ?? []).map((e) => e.path);

  beforeAll(async () => {
    ctx = await createTestContext();
    await seedReference(ctx);
    commissioner = await ctx.tokenFor('commissioner');
  });
  afterAll(() => ctx.destroy());

  it('gives the environment\u2019s thresholds as defaults while nothing is stored', async () => {
    const res = await ctx.request.get('/reports/rag-targets').set(auth(await ctx.tokenFor('officer')));
    expect(res.status).toBe(200);
    expect(res.body.on).toBe('2026-01-05');
    const pickUp = res.body.metrics.find((m: { metric: string }) => m.metric === 'pickUp');
    expect(pickUp).toMatchObject({
      higherIsBetter: true,
      council: { target: 80, tolerance: 20, amber: 60, source: 'default' },
      overrides: [],
    });
    expect(res.body.history).toEqual([]);
  });

  it('lets commissioners set a target from a date, and refuses others and bad input', async () => {
    const target = { metric: 'pickUp', target: 85, tolerance: 5, effectiveFrom: '2026-01-05' };
    expect((await post(await ctx.tokenFor('officer'), target)).status).toBe(403);
    const past = await post(commissioner, { ...target, effectiveFrom: '2026-01-04' });
    expect(past.status).toBe(400);
    expect(fields(past)).toEqual(['body.effectiveFrom']);
    const noTolerance = await post(commissioner, {
      metric: 'pickUp',
      target: 85,
      effectiveFrom: '2026-01-05',
    });
    expect(fields(noTolerance)).toEqual(['body.tolerance']);
    const set = await post(commissioner, target);
    expect(set.status, JSON.stringify(set.body)).toBe(201);
    expect(set.body).toMatchObject({
      metric: 'pickUp',
      zoneId: null,
      target: 85,
      setBy: { id: expect.any(Number) },
    });
    const later = await post(commissioner, { ...target, target: 90, effectiveFrom: '2026-03-01' });
    expect(later.status).toBe(201);
    const now = await ctx.request.get('/reports/rag-targets').set(auth(commissioner));
    const pickUp = now.body.metrics.find((m: { metric: string }) => m.metric === 'pickUp');
    expect(pickUp.council).toMatchObject({
      target: 85,
      amber: 80,
      source: 'council',
      effectiveFrom: '2026-01-05',
    });
    const march = await ctx.request.get('/reports/rag-targets?on=2026-03-01').set(auth(commissioner));
    expect(march.body.metrics.find((m: { metric: string }) => m.metric === 'pickUp').council.target).toBe(90);
    expect(now.body.history).toHaveLength(2);
    const audit = await ctx.services.db('audit_events').where({ action: 'rag-target.set' }).count({ n: '*' });
    expect(Number(audit[0]!.n)).toBe(2);
  });

  it('takes a zone override only with a comment, and the coverage report shows who and why', async () => {
    const override = {
      metric: 'supply',
      zoneId: 'bottesford',
      target: 60,
      tolerance: 20,
      effectiveFrom: '2026-01-05',
    };
    const bare = await post(commissioner, override);
    expect(bare.status).toBe(400);
    expect(fields(bare)).toEqual(['body.comment']);
    const atlantis = await post(commissioner, { ...override, zoneId: 'atlantis', comment: 'x' });
    expect(atlantis.status, JSON.stringify(atlantis.body)).toBe(404);
    const comment = 'two providers only; judged on what they can cover';
    expect((await post(commissioner, { ...override, comment })).status).toBe(201);

    const report = await ctx.request.get('/reports/coverage').set(auth(commissioner));
    expect(report.status).toBe(200);
    const zone = (id: string) => report.body.zones.find((z: { area: { id: string } }) => z.area.id === id);
    expect(zone('bottesford').rag.supply.target).toMatchObject({
      target: 60,
      amber: 40,
      source: 'zone-override',
      comment,
      setBy: { name: expect.any(String) },
    });
    expect(zone('melton').rag.supply.target).toMatchObject({ target: 90, source: 'default' });
    expect(zone('melton').rag.pickUp.target).toMatchObject({ target: 85, source: 'council' });
    expect(report.body.county.rag.supply.target.source).toBe('default');

    const csv = await ctx.request.get('/reports/coverage?format=csv').set(auth(commissioner));
    const [header, ...rows] = parse(csv.text, { bom: true }) as string[][];
    const row = rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]])));
    const bottesford = row.find((r) => r.zone_id === 'bottesford')!;
    expect(bottesford).toMatchObject({ target_supply: '60', target_source_supply: 'zone-override' });
    expect(bottesford.override_supply).toContain(comment);

    const ended = await post(commissioner, {
      metric: 'supply',
      zoneId: 'bottesford',
      effectiveFrom: '2026-02-01',
      comment: 'back to the county line',
    });
    expect(ended.status).toBe(201);
    const feb = await ctx.request.get('/reports/rag-targets?on=2026-02-01').set(auth(commissioner));
    expect(feb.body.metrics.find((m: { metric: string }) => m.metric === 'supply').overrides).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fanOutDue } from '../../src/notifications/outbox/events';
import { seedReference } from '../helpers/brokerage';
import { createTestContext, type TestContext } from '../helpers/context';
import { FAILING_LOCATION, FIXTURE, GOOD_LOCATION, primeAt, registerRows, withCell } from './helpers';

describe('POST /imports/cqc-ratings', () => {
  let ctx: TestContext;
  let admin: string;
  let good: number;
  let failing: number;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const send = (csv: string, query = '') =>
    ctx.request
      .post(`/imports/cqc-ratings${query}`)
      .set(auth(admin))
      .set('Content-Type', 'text/csv')
      .send(csv);

  beforeAll(async () => {
    ctx = await createTestContext();
    await seedReference(ctx);
    admin = await ctx.tokenFor('admin');
    good = (await primeAt(ctx, 'charnwood-north', GOOD_LOCATION)).id;
    failing = (await primeAt(ctx, 'charnwood-north', FAILING_LOCATION)).id;
  });
  afterAll(() => ctx.destroy());

  it('refuses the whole file when one row is bad, naming its row and column, and writes nothing', async () => {
    const res = await send(withCell(2, 'Latest Rating', 'Excellent'));
    expect(res.status, res.text).toBe(422);
    expect(res.body).toMatchObject({
      type: '/problems/cqc-import-refused',
      applied: false,
      rowsRead: 14,
      refused: 1,
    });
    expect(res.body.refusals).toEqual([
      { row: 4, column: 'Latest Rating', reason: expect.stringContaining('"Excellent" is not a CQC rating') },
    ]);
    const future = await send(withCell(0, 'Publication Date', '01/01/2027'));
    expect(future.body.refusals[0]).toMatchObject({ row: 2, column: 'Publication Date' });
    expect(await ctx.services.db('cqc_ratings').where({ source: 'import' })).toEqual([]);
  });

  it('checks without writing on a dry run', async () => {
    const res = await send(FIXTURE, '?dryRun=true');
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ dryRun: true, applied: false, rowsRead: 14, accepted: 13, skipped: 1 });
    expect(res.body.downgrades).toEqual([expect.objectContaining({ providerId: failing })]);
    expect(await ctx.services.db('cqc_ratings').where({ source: 'import' })).toEqual([]);
    expect(await ctx.services.db('role_review_flags')).toEqual([]);
    const provider = await ctx.services.db('providers').where({ id: failing }).first('cqc_overall');
    expect(provider.cqc_overall).toBe('good');
  });

  it('imports the file: row by row what changed, what did not match, and history kept', async () => {
    const res = await send(FIXTURE);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ dryRun: false, applied: true, rowsRead: 14, accepted: 13, refused: 0 });
    expect(res.body.outcomes).toEqual({ changed: 9, republished: 3, history: 0, unchanged: 0, unmatched: 1 });
    const unmatched = res.body.rows.filter((r: { outcome: string }) => r.outcome === 'unmatched');
    expect(unmatched).toEqual([
      expect.objectContaining({
        row: 15,
        locationId: '1-1000000003',
        providerId: null,
        cqcProviderId: '1-2000000009',
      }),
    ]);
    const safe = res.body.rows.find(
      (r: { locationId: string; keyQuestion: string }) =>
        r.locationId === FAILING_LOCATION && r.keyQuestion === 'safe',
    );
    expect(safe).toMatchObject({ outcome: 'changed', rating: 'inadequate', before: { rating: 'good' } });

    const history = await registerRows(ctx.services.db, FAILING_LOCATION);
    expect(history.filter((r) => r.key_question === 'safe').map((r) => [r.rating, r.source])).toEqual([
      ['good', 'carried-over'],
      ['inadequate', 'import'],
    ]);
    const stored = await ctx.services.db('providers').where({ id: failing }).first('cqc_overall', 'cqc_safe');
    expect(stored).toEqual({ cqc_overall: 'inadequate', cqc_safe: 'inadequate' });
    const trail = await ctx.request.get(`/audit?entity=provider&id=${failing}`).set(auth(admin));
    const actions = trail.body.events.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['cqc-rating.record', 'provider.cqc-rating']));

    const again = await send(FIXTURE);
    expect(again.body.outcomes).toMatchObject({ changed: 0, republished: 0, unchanged: 12, unmatched: 1 });
    expect((await registerRows(ctx.services.db, FAILING_LOCATION)).length).toBe(history.length);
  });

  it('raises a review flag for the downgraded provider and tells commissioners, naming no person', async () => {
    const flags = await ctx.request.get(`/reviews/flags?provider=${failing}`).set(auth(admin));
    expect(flags.body.flags).toEqual([
      expect.objectContaining({
        kind: 'cqc-downgrade',
        fromRole: 'prime',
        toRole: 'supplementary',
        status: 'open',
      }),
    ]);
    expect(flags.body.flags[0].evidence.cqcDowngrades).toEqual(
      expect.arrayContaining([
        { keyQuestion: 'overall', from: 'good', to: 'inadequate', publishedOn: '2025-12-02' },
      ]),
    );
    await fanOutDue(ctx.services.db, Date.now());
    const events = await ctx.services.db('outbox_events').where({ type: 'provider.cqc-downgraded' });
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0].payload_json)).toMatchObject({ provider: { id: failing } });
    const none = await ctx.request.get(`/reviews/flags?provider=${good}`).set(auth(admin));
    expect(none.body.flags).toEqual([]);
  });

  it('stops counting an Inadequate prime toward the zone minimum, and says why it is below', async () => {
    const res = await ctx.request.get('/reports/coverage').set(auth(admin));
    expect(res.status, res.text).toBe(200);
    const zone = res.body.zones.find((z: { area: { id: string } }) => z.area.id === 'charnwood-north');
    expect(zone.framework.primes).toMatchObject({
      count: 1,
      minimum: 2,
      zonesBelowMinimum: 1,
      ratedInadequate: 1,
      belowMinimumReason: '2 active primes, 1 rated Inadequate',
    });
  });

  it('answers 415 for a body that is not text/csv, and 403 for anyone but an admin', async () => {
    const json = await ctx.request.post('/imports/cqc-ratings').set(auth(admin)).send({ csv: FIXTURE });
    expect(json.status).toBe(415);
    const officer = await ctx.tokenFor('officer');
    const refused = await ctx.request
      .post('/imports/cqc-ratings')
      .set(auth(officer))
      .set('Content-Type', 'text/csv')
      .send(FIXTURE);
    expect(refused.status).toBe(403);
  });
});

import { describe, expect, it } from 'vitest';
import { runNotificationChecks } from '../../src/notifications/checks/daily';
import { intakeAs, offerFor, providerInZone } from '../helpers/brokerage';
import { notificationCase, outboxRows, staffWithEmail } from '../notifications/fixtures';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
/** The test clock starts on Monday 2026-01-05. */
const d2a = {
  fundingStream: 'd2a',
  urgency: 'hospital-discharge',
  fundedUntil: '2026-02-01',
  reviewDue: '2026-01-26',
};

describe('funding streams and discharge to assess reviews (docs/specification/allocation.md §5.15)', () => {
  it('takes a D2A package with its funded period and review date, and refuses one without', async () => {
    const c = await notificationCase();
    const pkg = await intakeAs(c.ctx, c.officer, d2a);
    const read = await c.ctx.request.get(`/packages/${pkg.id}`).set(bearer(c.officer));
    expect(read.body).toMatchObject({
      fundingStream: 'd2a',
      careType: 'core',
      d2a: { fundedUntil: '2026-02-01', reviewDue: '2026-01-26', outcome: null, reviewedAt: null },
    });
    const post = (body: object) =>
      c.ctx.request
        .post('/packages')
        .set(bearer(c.officer))
        .send({ ...body });
    const base = { reference: 'SU-D2A-1', location: { lat: 52.7667, lon: -1.2 }, weeklyHours: 10 };
    const missing = await post({
      ...base,
      visitsPerWeek: 7,
      fundingStream: 'd2a',
      urgency: 'standard',
      wantedStart: '2026-01-12',
    });
    expect(missing.status).toBe(400);
    expect(missing.text).toContain('fundedUntil');
    expect(missing.text).toContain('reviewDue');
    const late = await post({
      ...base,
      visitsPerWeek: 7,
      ...d2a,
      reviewDue: '2026-02-02',
      wantedStart: '2026-01-12',
    });
    expect(late.status).toBe(400);
    expect(late.text).toContain('body.reviewDue');
    const clash = await post({
      ...base,
      visitsPerWeek: 7,
      fundingStream: 'council',
      careType: 'chc',
      urgency: 'standard',
      wantedStart: '2026-01-12',
    });
    expect(clash.status).toBe(400);
    const chc = await intakeAs(c.ctx, c.officer, { careType: 'chc' });
    expect((await c.ctx.request.get(`/packages/${chc.id}`).set(bearer(c.officer))).body.fundingStream).toBe(
      'chc',
    );
  });

  it('lists reviews due this week and overdue, tells officers once when due, and records the outcome', async () => {
    const c = await notificationCase();
    const officer = await staffWithEmail(c.db, 'officer');
    const soon = await intakeAs(c.ctx, c.officer, { ...d2a, reviewDue: '2026-01-08' });
    const later = await intakeAs(c.ctx, c.officer, d2a);
    await intakeAs(c.ctx, c.officer, { fundingStream: 'council' });
    const list = async () => (await c.ctx.request.get('/reviews-due').set(bearer(c.officer))).body;
    expect(await list()).toMatchObject({
      today: '2026-01-05',
      overdue: [],
      dueThisWeek: [{ packageId: soon.id }],
    });
    expect((await list()).dueThisWeek).toHaveLength(1);

    c.ctx.clock.set('2026-01-09T09:00:00Z');
    expect(await list()).toMatchObject({ overdue: [{ packageId: soon.id, overdue: true }], dueThisWeek: [] });
    expect((await runNotificationChecks(c.ctx.services, c.ctx.clock.now())).reviewsDue).toBe(1);
    expect((await runNotificationChecks(c.ctx.services, c.ctx.clock.now())).reviewsDue).toBe(0);
    const [told] = await outboxRows(c.db, { kind: 'package.review-due' });
    expect(told).toMatchObject({ recipient: officer.email, subject_id: soon.id });
    expect(told!.payload_json).not.toContain(soon.reference);

    const review = (id: number, body: object) =>
      c.ctx.request.post(`/packages/${id}/funding-review`).set(bearer(c.officer)).send(body);
    const stale = await review(soon.id, { version: soon.version + 3, outcome: 'continue' });
    expect(stale.status).toBe(409);
    const noHours = await review(soon.id, { version: soon.version, outcome: 'change-hours' });
    expect(noHours.status).toBe(400);
    const changed = await review(soon.id, {
      version: soon.version,
      outcome: 'change-hours',
      weeklyHours: 7,
      visitsPerWeek: 7,
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      fundingStream: 'council',
      weeklyMinutes: 420,
      d2a: { outcome: 'change-hours' },
      version: soon.version + 1,
    });
    const again = await review(soon.id, { version: changed.body.version, outcome: 'continue' });
    expect(again.status).toBe(409);
    const audit = await c
      .db('audit_events')
      .where({ action: 'package.funding-review', entity_id: String(soon.id) })
      .first();
    expect(JSON.parse(audit.after_json)).toMatchObject({ fundingStream: 'council', outcome: 'change-hours' });
    expect((await list()).overdue).toEqual([]);

    const ended = await review(later.id, {
      version: later.version,
      outcome: 'end',
      reason: 'Recovered at home',
    });
    expect(ended.body).toMatchObject({ status: 'cancelled', fundingStream: 'd2a', d2a: { outcome: 'end' } });
  });

  it('splits the coverage report, its CSV and the KPIs by funding stream, and times discharge placements (H2)', async () => {
    const c = await notificationCase();
    const prime = await providerInZone(c.ctx, 'charnwood-north', 'prime');
    for (const overrides of [d2a, { fundingStream: 'council' }, { fundingStream: 'council' }]) {
      const pkg = await intakeAs(c.ctx, c.officer, overrides);
      const offer = await offerFor(c.ctx, prime, pkg.id);
      const accepted = await c.ctx.request
        .post(`/offers/${offer!.id}/accept`)
        .set(bearer(prime.token))
        .send({});
      expect(accepted.status).toBe(200);
    }
    c.ctx.clock.set('2026-01-06T09:00:00Z');
    const report = async (query: string) =>
      (await c.ctx.request.get(`/reports/coverage?${query}`).set(bearer(c.officer))).body;
    const all = await report('');
    const d2aOnly = await report('fundingStream=d2a');
    expect(all.fundingStream).toBeNull();
    expect(all.county.demand.placedPackages).toBe(3);
    expect(d2aOnly).toMatchObject({ fundingStream: 'd2a', county: { demand: { placedPackages: 1 } } });
    expect(d2aOnly.dischargePlacement.county.placements).toBe(1);
    expect(d2aOnly.dischargePlacement.byZoneAndBand).toEqual([
      expect.objectContaining({ zoneId: 'charnwood-north', band: 'urban', placements: 1 }),
    ]);
    expect((await report('fundingStream=council')).dischargePlacement.county.placements).toBe(0);
    const csv = await c.ctx.request
      .get('/reports/coverage?fundingStream=council&format=csv')
      .set(bearer(c.officer));
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const kpis = async (query: string) =>
      (await c.ctx.request.get(`/performance/kpis?${query}`).set(bearer(c.officer))).body;
    expect((await kpis('')).groups[0].kpis.offers.received).toBe(3);
    const d2aKpis = await kpis('fundingStream=d2a');
    expect(d2aKpis.filter).toEqual({ fundingStream: 'd2a' });
    expect(d2aKpis.groups[0].kpis.offers.received).toBe(1);
  });
});

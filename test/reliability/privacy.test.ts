import { londonDate } from '../../src/calendar/dates';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { scheduledJobs } from '../../src/jobs';
import { retentionJob } from '../../src/jobs/retention';
import { createTestContext, type TestContext } from '../helpers/context';
import {
  PLACES,
  intakeAs,
  offerFor,
  providerInZone,
  seedReference,
  type TestProvider,
} from '../helpers/brokerage';
import { brokerageViolations } from './invariants';

const DAY = 86_400_000;

/**
 * Data protection: an admin erases a service user's reference (right to erasure) and the packages
 * stay, anonymised, for statistics; a retention job anonymises packages over long enough ago; and
 * nothing that identifies the person is ever written to the append-only audit trail, where it could
 * not be erased.
 */
describe('data protection', () => {
  let ctx: TestContext;
  let admin: string;
  let officer: string;
  let provider: TestProvider;

  beforeAll(async () => {
    ctx = await createTestContext();
    await seedReference(ctx);
    admin = await ctx.tokenFor('admin');
    officer = await ctx.tokenFor('officer');
    provider = await providerInZone(ctx, 'hinckley', 'prime');
  });
  afterAll(() => ctx.destroy());

  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const intake = async (reference: string) =>
    (await intakeAs(ctx, officer, { reference, location: PLACES.hinckley })).id;
  /** Intake → award → care starts → care ends (every step audited), or intake → cancel. */
  const ended = async (reference: string) => {
    const id = await intake(reference);
    const offer = await offerFor(ctx, provider, id);
    // Care starts on the day of the test clock: a start in the future is refused.
    const today = londonDate(ctx.clock.now());
    expect(
      (
        await ctx.request
          .post(`/offers/${offer!.id}/accept`)
          .set(auth(provider.token))
          .send({ startDate: today })
      ).status,
    ).toBe(200);
    expect(
      (await ctx.request.post(`/packages/${id}/start`).set(auth(provider.token)).send({ startedOn: today }))
        .status,
    ).toBe(200);
    expect(
      (await ctx.request.patch(`/packages/${id}`).set(auth(officer)).send({ version: 3, weeklyHours: 12 }))
        .status,
    ).toBe(200);
    expect(
      (
        await ctx.request
          .post(`/packages/${id}/end`)
          .set(auth(officer))
          .send({ endedOn: '2026-02-01', reason: 'care no longer needed' })
      ).status,
    ).toBe(200);
    return id;
  };
  const cancelled = async (reference: string) => {
    const id = await intake(reference);
    expect(
      (
        await ctx.request
          .post(`/packages/${id}/cancel`)
          .set(auth(officer))
          .send({ reason: 'person moved away' })
      ).status,
    ).toBe(200);
    return id;
  };
  const evidence = async (reference: string) => {
    const res = await ctx.request
      .post(`/providers/${provider.id}/quality-evidence`)
      .set(auth(officer))
      .send({ kind: 'upheld-complaint', occurredOn: '2026-01-02', reference });
    expect(res.status).toBe(201);
    return res.body.id as number;
  };

  it('erases a reference: its packages stay, anonymised, and the erasure is audited without it', async () => {
    const reference = 'SU-ERASE-0001';
    const ids = [await ended(reference), await cancelled(reference)];
    const evidenceId = await evidence(reference);
    const unrelated = await cancelled('SU-KEEP-0001');
    const before = await ctx.services.db('packages').whereIn('id', ids).orderBy('id');

    const res = await ctx.request.post('/privacy/erasures').set(auth(admin)).send({ reference });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ packageIds: ids, evidenceRecords: 1 });

    const after = await ctx.services.db('packages').whereIn('id', ids).orderBy('id');
    expect(after).toHaveLength(ids.length);
    for (const [i, pkg] of after.entries()) {
      expect(pkg).toMatchObject({ reference: null, lon: null, lat: null, postcode: null });
      expect(Number(pkg.erased_at)).toBe(ctx.clock.now());
      // Everything statistics need is still there.
      for (const column of [
        'zone_id',
        'band',
        'area_id',
        'weekly_minutes',
        'hourly_rate_pence',
        'status',
        'provider_id',
        'created_at',
      ]) {
        expect(pkg[column], column).toEqual(before[i]![column]);
      }
    }
    const view = await ctx.request.get(`/packages/${ids[0]}`).set(auth(officer));
    expect(view.body).toMatchObject({
      reference: null,
      location: null,
      status: 'ended',
      zone: { id: 'hinckley' },
    });
    expect(
      (await ctx.services.db('quality_evidence').where({ id: evidenceId }).first()).reference,
    ).toBeNull();
    expect((await ctx.services.db('packages').where({ id: unrelated }).first()).reference).toBe(
      'SU-KEEP-0001',
    );

    const trail = await ctx.services
      .db('audit_events')
      .select('action', 'entity_type', 'entity_id', 'before_json', 'after_json');
    expect(
      trail
        .filter((a) => a.action === 'package.anonymise')
        .map((a) => Number(a.entity_id))
        .sort(),
    ).toEqual(ids);
    expect(trail.filter((a) => a.action === 'erasure.fulfil')).toHaveLength(1);
    expect(JSON.stringify(trail)).not.toContain(reference);
    expect(await brokerageViolations(ctx.services.db)).toEqual([]);
  });

  it('refuses to erase while a package of the person is live, changing nothing', async () => {
    const reference = 'SU-LIVE-0001';
    const done = await cancelled(reference);
    const live = await intake(reference);
    const res = await ctx.request.post('/privacy/erasures').set(auth(admin)).send({ reference });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      type: '/problems/erasure-package-live',
      livePackages: [{ id: live, status: 'brokering' }],
    });
    const rows = await ctx.services.db('packages').whereIn('id', [done, live]);
    expect(rows.every((p) => p.reference === reference && p.erased_at === null)).toBe(true);
  });

  it('answers an unknown reference with an erasure of nothing, and only admins may erase', async () => {
    const res = await ctx.request
      .post('/privacy/erasures')
      .set(auth(admin))
      .send({ reference: 'SU-NOBODY-9' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ packageIds: [], evidenceRecords: 0 });
    expect(
      (await ctx.request.post('/privacy/erasures').set(auth(officer)).send({ reference: 'SU-NOBODY-9' }))
        .status,
    ).toBe(403);
    const bad = await ctx.request
      .post('/privacy/erasures')
      .set(auth(admin))
      .send({ reference: 'Jane Smith' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('body.reference');
  });

  it('never writes a reference or a location into the audit trail, on any path', async () => {
    // Every route that takes a reference or a location has run above (intake, evidence, the
    // lifecycle, erasure); the trail holds none of them, nor any coordinate.
    const trail = JSON.stringify(await ctx.services.db('audit_events').select('before_json', 'after_json'));
    const held = await ctx.services
      .db('packages')
      .whereNotNull('reference')
      .select('reference', 'lon', 'lat');
    expect(held.length).toBeGreaterThan(0);
    for (const p of held) expect(trail).not.toContain(p.reference);
    for (const coordinate of [PLACES.hinckley.lat, PLACES.hinckley.lon])
      expect(trail).not.toContain(String(coordinate));
    expect(trail).not.toMatch(/SU-[A-Za-z0-9]{4,}/);
  });

  it('anonymises packages ended or cancelled more than RETENTION_DAYS ago, once, however many instances run the job', async () => {
    expect(loadConfig({}).privacy.retentionDays).toBe(2557);
    expect(loadConfig({ RETENTION_DAYS: '30' }).privacy.retentionDays).toBe(30);
    expect(scheduledJobs(ctx.services.config).map((j) => j.name)).toContain('retention');

    const old = [await ended('SU-OLD-0001'), await cancelled('SU-OLD-0002')];
    const oldEvidence = await evidence('SU-OLD-0001');
    const live = await intake('SU-OLD-0003');
    ctx.clock.advance(10 * DAY);
    const recent = await cancelled('SU-RECENT-01');
    ctx.clock.advance(ctx.services.config.privacy.retentionDays * DAY - 5 * DAY);

    // Two instances run the job at the same moment.
    const now = ctx.clock.now();
    const runs = (await Promise.all([
      retentionJob.run(ctx.services, now),
      retentionJob.run(ctx.services, now),
    ])) as {
      packages: number;
      evidence: number;
    }[];
    const anonymised = await ctx.services
      .db('packages')
      .whereNotNull('erased_at')
      .whereNull('reference')
      .select('id');
    const ids = anonymised.map((r) => Number(r.id));
    expect(ids).toEqual(expect.arrayContaining(old));
    expect(ids).not.toContain(live);
    expect(ids).not.toContain(recent);
    expect(runs.reduce((n, r) => n + r.packages, 0)).toBe(ids.length - 2); // the two erased earlier were not redone
    const audits = await ctx.services
      .db('audit_events')
      .where({ action: 'package.anonymise' })
      .whereIn('entity_id', old.map(String));
    expect(audits).toHaveLength(old.length);
    expect(
      (await ctx.services.db('quality_evidence').where({ id: oldEvidence }).first()).reference,
    ).toBeNull();
    expect(await brokerageViolations(ctx.services.db)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../src/auth/roles';
import { brokerageSweepJob } from '../../src/jobs/brokerage-sweep';
import { sendCoverageDigest } from '../../src/notifications/checks/coverage-weekly';
import { runNotificationChecks } from '../../src/notifications/checks/daily';
import { sendDigests } from '../../src/notifications/digest';
import { runRoleReview } from '../../src/performance/reviews/run';
import { charnwoodPrimes, PLACES } from '../helpers/brokerage';
import { contactOf, notificationCase, outboxRows, staffWithEmail, type NotificationCase } from './fixtures';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const HOUR = 3_600_000;

const recipients = async (c: NotificationCase, kind: string) =>
  (await outboxRows(c.db, { kind })).map((m) => m.recipient).sort();

/** Officers' and commissioners' messages: to every user of the role with an email, by their choices. */
describe("staff's messages", () => {
  it('tells officers at once of an unplaced package, and of one waiting past the escalation threshold', async () => {
    const c = await notificationCase();
    const officers = [await staffWithEmail(c.db, 'officer'), await staffWithEmail(c.db, 'officer')];
    await staffWithEmail(c.db, 'commissioner');
    // Harborough Rural has nobody: the package is unplaced at intake.
    const pkg = await c.intake({ location: PLACES.hallaton, urgency: 'urgent' });
    expect(pkg.status).toBe('unplaced');
    const unplaced = await outboxRows(c.db, { kind: 'package.unplaced' });
    expect(unplaced.map((m) => m.recipient).sort()).toEqual(officers.map((o) => o.email).sort());
    expect(unplaced.every((m) => m.status === 'pending' && m.subject_id === pkg.id)).toBe(true);

    c.ctx.clock.advance(49 * HOUR);
    await brokerageSweepJob.run(c.ctx.services, c.ctx.clock.now());
    await brokerageSweepJob.run(c.ctx.services, c.ctx.clock.now());
    expect(await recipients(c, 'package.escalated')).toEqual(officers.map((o) => o.email).sort());
  });

  it('sends an urgent unplaced package at once even to an officer who chose a daily digest, and digests the rest', async () => {
    const c = await notificationCase();
    const officer = await staffWithEmail(c.db, 'officer');
    const token = await c.ctx.tokenFor('officer');
    await c.db('api_tokens').orderBy('id', 'desc').limit(1).update({ user_id: officer.id });
    const choose = await c.ctx.request
      .put('/me/notifications')
      .set(bearer(token))
      .send({ preferences: { 'package.unplaced': 'digest', 'package.escalated': 'off' } });
    expect(choose.status, JSON.stringify(choose.body)).toBe(200);
    await c.intake({ location: PLACES.hallaton, urgency: 'standard' });
    await c.intake({ location: PLACES.hallaton, urgency: 'hospital-discharge' });
    expect((await outboxRows(c.db, { kind: 'package.unplaced' })).map((m) => m.status)).toEqual([
      'held',
      'pending',
    ]);
    c.ctx.clock.advance(49 * HOUR);
    await brokerageSweepJob.run(c.ctx.services, c.ctx.clock.now());
    expect(await outboxRows(c.db, { kind: 'package.escalated' })).toEqual([]);

    expect(await sendDigests(c.ctx.services, c.ctx.clock.now())).toEqual({ digests: 1 });
    expect(await sendDigests(c.ctx.services, c.ctx.clock.now())).toEqual({ digests: 0 });
    const [digest] = await outboxRows(c.db, { kind: 'digest' });
    expect(digest).toMatchObject({ recipient: officer.email, status: 'pending' });
    const items = JSON.parse(digest!.payload_json).items as { subject: string }[];
    expect(items.map((i) => i.subject)).toEqual([
      expect.stringMatching(/^Package unplaced: package \d+ in Harborough Rural$/),
    ]);
    expect((await outboxRows(c.db, { kind: 'package.unplaced' })).map((m) => m.status)).toEqual([
      'digested',
      'pending',
    ]);
  });

  it('tells officers once of care that should have started and has not', async () => {
    const c = await notificationCase();
    const officer = await staffWithEmail(c.db, 'officer');
    const [winner] = await charnwoodPrimes(c.ctx);
    const pkg = await c.intake({ wantedStart: '2026-01-12' });
    const offer = await c.db('offers').where({ package_id: pkg.id, provider_id: winner!.id }).first('id');
    await c.ctx.request.post(`/offers/${offer.id}/accept`).set(bearer(winner!.token)).send({});
    c.ctx.clock.set('2026-01-13T12:00:00Z');
    expect((await runNotificationChecks(c.ctx.services, c.ctx.clock.now())).careNotStarted).toBe(0);
    c.ctx.clock.set('2026-01-14T12:00:00Z');
    expect((await runNotificationChecks(c.ctx.services, c.ctx.clock.now())).careNotStarted).toBe(1);
    expect((await runNotificationChecks(c.ctx.services, c.ctx.clock.now())).careNotStarted).toBe(0);
    const [told] = await outboxRows(c.db, { kind: 'care.not-started' });
    expect(told).toMatchObject({ recipient: officer.email, subject_id: pkg.id });
  });

  it("tells commissioners of a provider's suspension or CQC rating change, and of a zone left below its minimum primes", async () => {
    const c = await notificationCase();
    const commissioner = await staffWithEmail(c.db, 'commissioner');
    await staffWithEmail(c.db, 'officer');
    const admin = await c.ctx.tokenFor('admin');
    const primes = await charnwoodPrimes(c.ctx);
    const patch = (id: number, body: object) =>
      c.ctx.request
        .patch(`/providers/${id}`)
        .set(bearer(admin))
        .send({ version: 1, ...body });
    expect((await patch(primes[0]!.id, { cqcOverall: 'requires-improvement' })).status).toBe(200);
    expect(await recipients(c, 'provider.changed')).toEqual([commissioner.email]);
    expect(await outboxRows(c.db, { kind: 'zone.below-minimum-primes' })).toEqual([]);

    // Three primes, minimum two: a suspension leaves two (no warning), a demotion then leaves one.
    expect((await patch(primes[1]!.id, { status: 'suspended', reason: 'safeguarding' })).status).toBe(200);
    expect(await outboxRows(c.db, { kind: 'zone.below-minimum-primes' })).toEqual([]);
    const demote = await c.ctx.request
      .put(`/providers/${primes[2]!.id}/zones/charnwood-north`)
      .set(bearer(admin))
      .send({ role: 'supplementary', reason: 'performance review' });
    expect(demote.status, JSON.stringify(demote.body)).toBe(200);
    const [below] = await outboxRows(c.db, { kind: 'zone.below-minimum-primes' });
    expect(below).toMatchObject({ recipient: commissioner.email });
    expect(JSON.parse(below!.payload_json)).toMatchObject({
      zone: { id: 'charnwood-north' },
      required: 2,
      actual: 1,
    });
    expect((await outboxRows(c.db, { kind: 'provider.changed' })).length).toBe(2);
  });

  it('tells commissioners once of a short-notice hand-back waiting for their decision, and not of full notice', async () => {
    const c = await notificationCase();
    const commissioner = await staffWithEmail(c.db, 'commissioner');
    await staffWithEmail(c.db, 'officer');
    const [prime] = await charnwoodPrimes(c.ctx);
    const handBack = async (noticeDate: string) => {
      const pkg = await c.intake({ wantedStart: '2026-01-12' });
      const offer = await c.db('offers').where({ package_id: pkg.id, provider_id: prime!.id }).first('id');
      await c.ctx.request.post(`/offers/${offer.id}/accept`).set(bearer(prime!.token)).send({});
      const res = await c.ctx.request
        .post(`/packages/${pkg.id}/hand-back`)
        .set(bearer(prime!.token))
        .send({ reason: 'staffing', noticeDate });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return pkg;
    };
    await handBack('2026-02-02');
    expect(await outboxRows(c.db, { kind: 'package.hand-back.short-notice' })).toEqual([]);
    const pkg = await handBack('2026-01-12');
    const [told, ...more] = await outboxRows(c.db, { kind: 'package.hand-back.short-notice' });
    expect(more).toEqual([]);
    expect(told).toMatchObject({ recipient: commissioner.email, subject_id: pkg.id });
    const payload = JSON.parse(told!.payload_json);
    expect(payload).toMatchObject({
      packageId: pkg.id,
      provider: { id: prime!.id },
      reason: 'staffing',
      noticeDate: '2026-01-12',
      fullNoticeDate: '2026-02-02',
    });
    expect(told!.payload_json).not.toContain(pkg.reference);
  });

  it('tells commissioners of a promotion or demotion flag the review raises', async () => {
    const c = await notificationCase();
    const commissioner = await staffWithEmail(c.db, 'commissioner');
    const [prime] = await charnwoodPrimes(c.ctx);
    for (const day of ['2026-02-15', '2026-03-15', '2026-04-15']) {
      const [run] = await c
        .db('score_runs')
        .insert({
          run_key: `test-${day}`,
          trigger: 'test',
          computed_for: day,
          as_of: 0,
          created_at: 0,
          settings_json: '{}',
          snapshots: 1,
        })
        .returning('id');
      await c.db('score_snapshots').insert({
        run_id: (run as { id: number }).id,
        provider_id: prime!.id,
        zone_id: 'charnwood-north',
        computed_for: day,
        computed_at: Date.parse(`${day}T02:30:00Z`),
        role: 'prime',
        tender_score: 70,
        value: 20,
        rag: 'red',
        pick_up: 20,
        quality: 20,
        response: 20,
        pick_up_n: 5,
        quality_n: 5,
        response_n: 5,
        kpis_json: '{}',
      });
    }
    await runRoleReview({
      db: c.db,
      config: c.ctx.services.config,
      zoneFacts: c.ctx.services.zoneFacts,
      actor: SYSTEM_ACTOR,
      now: Date.parse('2026-05-01T03:15:00Z'),
    });
    const [flag] = await outboxRows(c.db, { kind: 'review.flag-raised' });
    expect(flag).toMatchObject({ recipient: commissioner.email });
    expect(JSON.parse(flag!.payload_json)).toMatchObject({
      kind: 'demotion',
      zone: { name: 'Charnwood North' },
    });
  });

  it("sends commissioners the week's coverage digest once a week", async () => {
    const c = await notificationCase();
    const commissioners = [
      await staffWithEmail(c.db, 'commissioner'),
      await staffWithEmail(c.db, 'commissioner'),
    ];
    const [prime] = await charnwoodPrimes(c.ctx);
    await contactOf(c.db, prime!.id);
    expect((await sendCoverageDigest(c.ctx.services, c.ctx.clock.now())).week).toBe('2026-01-05');
    await sendCoverageDigest(c.ctx.services, c.ctx.clock.now() + HOUR);
    expect(await recipients(c, 'coverage.weekly')).toEqual(commissioners.map((x) => x.email).sort());
    const lines = JSON.parse((await outboxRows(c.db, { kind: 'coverage.weekly' }))[0]!.payload_json)
      .lines as string[];
    expect(lines[0]).toBe('Packages brokering: 0; unplaced: 0.');
    // Charnwood North has its three primes with current capacity; zones with nobody are listed.
    expect(lines.some((l) => l.startsWith('Charnwood North'))).toBe(false);
    expect(lines.some((l) => /^Hinckley: 0 primes \(minimum 2\), 0 providers/.test(l))).toBe(true);
  });
});

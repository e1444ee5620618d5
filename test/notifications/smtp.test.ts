import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { charnwoodPrimes, PLACES } from '../helpers/brokerage';
import { contactOf, notificationCase, outboxRows, staffWithEmail } from './fixtures';
import { startSmtpSink, waitFor, type SmtpSink } from './servers';

/**
 * Email through a real SMTP server on the machine (the `smtp-server` package on a loopback port), as
 * a council's relay would take it: SMTP_URL set, delivery kicked right after the intake commits.
 */
describe('offer emails over SMTP', () => {
  let smtp: SmtpSink;
  beforeAll(async () => {
    smtp = await startSmtpSink();
  });
  afterAll(() => smtp.close());

  const env = () => ({ SMTP_URL: smtp.url, OUTBOX_DELIVER_AFTER_COMMIT: 'true' });

  it('sends one offer email per offered provider within 5 seconds of the intake, with nothing that identifies the person', async () => {
    smtp.mails.length = 0;
    const { ctx, db, intake } = await notificationCase(env());
    const primes = await charnwoodPrimes(ctx);
    const contacts = await Promise.all(primes.map((p) => contactOf(db, p.id)));
    const reference = `SU-PRIVATE-${Date.now()}`;
    const started = Date.now();
    const pkg = await intake({ reference, location: PLACES.loughborough });
    const latency = await waitFor(() => smtp.mails.length >= 3, 'three offer emails');
    console.info(
      `[notifications] 3 offer emails received ${Date.now() - started} ms after the intake request (${latency} ms after its answer)`,
    );
    expect(Date.now() - started).toBeLessThan(5_000);

    expect(smtp.mails.map((m) => m.to[0]).sort()).toEqual([...contacts].sort());
    const offers: { id: number; provider_id: number }[] = await db('offers').where({ package_id: pkg.id });
    for (const mail of smtp.mails) {
      expect(mail.subject).toMatch(/^New offer: Charnwood North, 10 hours a week$/);
      expect(mail.text).toContain('Hours: 10 hours a week, 14 visits a week');
      expect(mail.text).toContain('Needs: Medication support');
      expect(mail.text).toMatch(/Answer by: \d+ January 2026 at /);
      const offer = offers.find((o) => mail.text.includes(`/my/offers/${o.id}`));
      expect(offer, mail.text).toBeDefined();
      expect(mail.text).toContain(`Sign in to see it: http://localhost:3000/my/offers/${offer!.id}`);
      for (const secret of [
        reference,
        String(PLACES.loughborough.lat),
        String(PLACES.loughborough.lon),
        'LE11',
      ]) {
        expect(mail.raw).not.toContain(secret);
      }
      expect(mail.messageId).toMatch(/^<hcfl\.offer\.created\.c\.\d+\.\d+@localhost>$/);
    }
    // The relay has them; the worker records each as sent just after.
    await waitFor(
      async () => (await outboxRows(db)).every((m) => m.status === 'sent'),
      'the outbox to record them',
    );
    expect(await outboxRows(db)).toHaveLength(3);
  });

  it('emails commissioners of a short-notice hand-back with a link to the package and nothing that identifies the person', async () => {
    smtp.mails.length = 0;
    const { ctx, db, intake } = await notificationCase(env());
    const commissioner = await staffWithEmail(db, 'commissioner');
    const [prime] = await charnwoodPrimes(ctx);
    const reference = `SU-PRIVATE-${Date.now()}`;
    const pkg = await intake({ reference, location: PLACES.loughborough });
    const offer = await db('offers').where({ package_id: pkg.id, provider_id: prime!.id }).first('id');
    const bearer = { Authorization: `Bearer ${prime!.token}` };
    await ctx.request.post(`/offers/${offer.id}/accept`).set(bearer).send({});
    const back = await ctx.request
      .post(`/packages/${pkg.id}/hand-back`)
      .set(bearer)
      .send({ reason: 'needs-changed', noticeDate: '2026-01-12' });
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    await waitFor(() => smtp.mails.some((m) => m.to[0] === commissioner.email), 'the commissioner’s email');
    const mail = smtp.mails.find((m) => m.to[0] === commissioner.email)!;
    expect(mail.subject).toBe(
      `Short-notice hand-back awaits your decision: package ${pkg.id} in Charnwood North`,
    );
    expect(mail.text).toContain('Reason: Needs changed');
    expect(mail.text).toContain('Notice date: 12 January 2026; full notice would run to 2 February 2026.');
    expect(mail.text).toContain(`Sign in to see it: http://localhost:3000/staff/packages/${pkg.id}`);
    for (const secret of [
      reference,
      String(PLACES.loughborough.lat),
      String(PLACES.loughborough.lon),
      'LE11',
    ]) {
      expect(mail.raw).not.toContain(secret);
    }
  });

  it('keeps every message while the relay is down and sends each once it is back', async () => {
    smtp.mails.length = 0;
    smtp.failing = true;
    const { ctx, db, intake } = await notificationCase(env());
    const primes = await charnwoodPrimes(ctx);
    for (const p of primes) await contactOf(db, p.id);
    await intake();
    await waitFor(
      async () => (await outboxRows(db)).every((m) => m.attempts === 1 && m.status === 'pending'),
      'a first failed attempt of each message',
    );
    const failed = await outboxRows(db);
    expect(failed).toHaveLength(3);
    const retryAt: number[] = await db('outbox_messages').pluck('next_attempt_at');
    // Backoff: the first retry comes 15–30 s later.
    for (const at of retryAt) expect(Number(at) - ctx.clock.now()).toBeGreaterThanOrEqual(15_000);
    expect(await db('outbox_attempts').where({ outcome: 'failed' })).toHaveLength(3);

    // Not yet due: the scheduled run sends nothing.
    smtp.failing = false;
    expect(await ctx.services.outbox.deliverDue(ctx.clock.now())).toEqual({ sent: 0, retrying: 0, dead: 0 });
    ctx.clock.advance(60_000);
    expect(await ctx.services.outbox.deliverDue(ctx.clock.now())).toEqual({ sent: 3, retrying: 0, dead: 0 });
    expect(smtp.mails).toHaveLength(3);
    expect(new Set(smtp.mails.map((m) => m.to[0])).size).toBe(3);
    expect((await outboxRows(db)).map((m) => [m.status, m.attempts])).toEqual([
      ['sent', 2],
      ['sent', 2],
      ['sent', 2],
    ]);
  });

  it('makes a dead letter of a message the relay refuses for the whole retry period, and an admin can send it again', async () => {
    smtp.mails.length = 0;
    smtp.failing = true;
    const { ctx, db, intake } = await notificationCase({ SMTP_URL: smtp.url, OUTBOX_RETRY_HOURS: '1' });
    const [prime] = await charnwoodPrimes(ctx);
    await contactOf(db, prime!.id);
    await intake();
    const outbox = ctx.services.outbox;
    for (let i = 0; i < 20 && (await outboxRows(db, { status: 'pending' })).length > 0; i += 1) {
      await outbox.deliverDue(ctx.clock.now());
      ctx.clock.advance(10 * 60_000);
    }
    const [dead] = await outboxRows(db);
    expect(dead).toMatchObject({ status: 'dead' });
    expect(dead!.attempts).toBeGreaterThan(2);

    smtp.failing = false;
    const admin = await ctx.tokenFor('admin');
    const resent = await ctx.request
      .post(`/outbox/${dead!.id}/resend`)
      .set('Authorization', `Bearer ${admin}`);
    expect(resent.status, JSON.stringify(resent.body)).toBe(202);
    expect(resent.body).toMatchObject({ status: 'pending' });
    await outbox.deliverDue(ctx.clock.now());
    expect(smtp.mails).toHaveLength(1);
    expect((await outboxRows(db))[0]).toMatchObject({ status: 'sent' });
  });
});

import { londonDate } from '../../src/calendar/dates';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fanOutDue } from '../../src/notifications/outbox/events';
import { createEmptyDatabase, type TestDatabase } from '../helpers/db';
import { PLACES, newPackage } from '../helpers/brokerage';
import { prepareFramework, type FrameworkProvider } from './framework';
import { brokerageViolations } from './invariants';
import { call, startServer, type RunningServer } from './server-process';
import { startSmtpSink, waitFor } from '../notifications/servers';

/**
 * kill -9 of a server process inside a transaction (CRASH_AT, a test hook config refuses in
 * production): in the middle of an intake, in the middle of the brokerage sweep, and in the middle
 * of delivering the outbox's email (sent, not yet recorded), and between an intake's commit and the fan-out
 * of its event to the offer emails (killed inside the fan-out's transaction). After each kill,
 * and again after a restart, every package must be in a legal state with an audit trail that
 * matches the data, and every write committed before the kill must still be there (SQLite in WAL
 * mode, PostgreSQL). The restarted service then finishes the work.
 */
describe('kill -9 in the middle of an intake and of a sweep', () => {
  let database: TestDatabase;
  let officer: string;
  let providers: FrameworkProvider[];
  let server: RunningServer | undefined;
  const references: string[] = [];

  beforeAll(async () => {
    database = await createEmptyDatabase();
    ({ officer, providers } = await prepareFramework(database.db, [
      { zoneId: 'hinckley', primes: 3, supplementaries: 2 },
    ]));
    // Every provider has an offer contact, so every offer writes an email to the outbox.
    for (const p of providers)
      await database
        .db('provider_contacts')
        .insert({ provider_id: p.id, email: `offers@p${p.id}.example`, created_at: 0 });
  });
  afterAll(async () => {
    await server?.stop();
    await database.destroy();
  });

  const intake = (s: RunningServer) => {
    const body = newPackage({ location: PLACES.hinckley, wantedStart: londonDate(Date.now()) });
    references.push(body.reference);
    return call(s, officer, { method: 'POST', path: '/packages', body });
  };

  let first: { id: number };
  let second: { id: number; provider_id: number };

  it('loses nothing committed and keeps no half of the intake it killed', async () => {
    server = await startServer({ ...database.env, SCHEDULER_ENABLED: 'false', CRASH_AT: 'intake-mid:4' });
    for (let i = 0; i < 3; i += 1) expect((await intake(server)).status).toBe(201);
    // A provider ranked second accepts the first package, so that the sweep will have an award to make.
    first = await database.db('packages').orderBy('id').first('id');
    second = await database.db('offers').where({ package_id: first.id, rank: 2 }).first('id', 'provider_id');
    const token = providers.find((p) => p.id === second.provider_id)!.token;
    expect(
      (await call(server, token, { method: 'POST', path: `/offers/${second.id}/accept`, body: {} })).status,
    ).toBe(200);
    // The fourth intake reaches the crash point with its package, round and offers written but not committed.
    await expect(intake(server)).rejects.toThrow();
    expect((await server.exited).signal).toBe('SIGKILL');

    const held: { reference: string }[] = await database.db('packages').select('reference');
    expect(held.map((p) => p.reference).sort()).toEqual(references.slice(0, 3).sort());
    expect(await database.db('audit_events').where({ action: 'package.create' })).toHaveLength(3);
    expect(await brokerageViolations(database.db)).toEqual([]);
    expect(await offersWithoutTheirEmail()).toEqual({ offers: 9, orphans: [], missing: [] });
  }, 90_000);

  it('rolls back only the round in hand when killed mid-sweep, and the restarted sweep finishes the work', async () => {
    // Every window closes now; the sweep (every second) is killed inside the second round it settles.
    const past = Date.now() - 1_000;
    await database.db('brokerage_rounds').whereNull('closed_at').update({ deadline_at: past });
    await database.db('offers').whereIn('status', ['pending', 'accepted']).update({ deadline_at: past });
    const due = (await database.db('brokerage_rounds').whereNull('closed_at')).length;
    expect(due).toBe(3);
    server = await startServer({ ...database.env, SWEEP_SCHEDULE: '* * * * * *', CRASH_AT: 'sweep-mid:2' });
    expect((await server.exited).signal).toBe('SIGKILL');

    // Exactly the first round's settlement was committed, and it survived the kill.
    const settled = await database
      .db('brokerage_rounds')
      .whereNotNull('closed_at')
      .whereIn('outcome', ['awarded', 'no-acceptance']);
    expect(settled).toHaveLength(1);
    expect(await brokerageViolations(database.db)).toEqual([]);

    server = await startServer({ ...database.env, SWEEP_SCHEDULE: '* * * * * *' });
    // The intake that was killed can be made again.
    expect((await intake(server)).status).toBe(201);
    const deadline = Date.now() + 20_000;
    while (
      (await database.db('brokerage_rounds').whereNull('closed_at').where('deadline_at', '<=', past)).length >
      0
    ) {
      if (Date.now() > deadline) throw new Error(`the restarted sweep did not finish:\n${server.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(await server.stop()).toMatchObject({ code: 0 });
    server = undefined;

    expect(await brokerageViolations(database.db)).toEqual([]);
    // Every primes round was settled once: the package with an acceptance awarded, the others moved on.
    const primes = await database.db('brokerage_rounds').where({ kind: 'primes' }).orderBy('package_id');
    expect(primes.map((r) => r.outcome ?? 'open').sort()).toEqual([
      'awarded',
      'no-acceptance',
      'no-acceptance',
      'open',
    ]);
    const pkg = await database.db('packages').where({ id: first.id }).first();
    expect(pkg).toMatchObject({ status: 'awarded', provider_id: second.provider_id });
  }, 120_000);

  it('loses no email when killed between sending it and recording it, and sends the rest after a restart', async () => {
    const smtp = await startSmtpSink();
    try {
      // Every event so far has its messages (the last sweep's may have been committed just before the stop).
      await fanOutDue(database.db, Date.now());
      const pending: { idempotency_key: string }[] = await database
        .db('outbox_messages')
        .where({ channel: 'email', status: 'pending' })
        .select('idempotency_key');
      expect(pending.length).toBeGreaterThan(5);
      const delivery = { SMTP_URL: smtp.url, OUTBOX_CLAIM_SECONDS: '1', OUTBOX_SCHEDULE: '* * * * * *' };
      // The second email handed to the relay kills the process before it is recorded as sent.
      server = await startServer({ ...database.env, ...delivery, CRASH_AT: 'delivery-mid:2' });
      expect((await server.exited).signal).toBe('SIGKILL');
      expect(smtp.mails.length).toBeGreaterThanOrEqual(2);
      const unrecorded = await database.db('outbox_messages').where({ status: 'sending' });
      expect(unrecorded.length).toBeGreaterThan(0);

      server = await startServer({ ...database.env, ...delivery });
      await waitFor(
        async () =>
          (await database.db('outbox_messages').whereNot({ status: 'sent' }).where({ channel: 'email' }))
            .length === 0,
        'every email sent after the restart',
        30_000,
      );
      expect(await server.stop()).toMatchObject({ code: 0 });
      server = undefined;
      // Every message reached the relay; one sent again after the kill carries the same Message-ID.
      const ids = new Set(smtp.mails.map((m) => m.messageId));
      const keys = pending.map(
        (p) => `<hcfl.${p.idempotency_key.replace(/[^A-Za-z0-9.-]/g, '.')}@localhost>`,
      );
      expect(keys.filter((k) => !ids.has(k))).toEqual([]);
      expect(ids.size).toBe(keys.length);
      console.info(
        `[reliability] delivery crash: ${keys.length} emails, ${smtp.mails.length - keys.length} sent twice with the same Message-ID`,
      );
    } finally {
      await smtp.close();
    }
  }, 120_000);

  it('loses no offer email when killed after the intake commits and before its event is fanned out', async () => {
    await fanOutDue(database.db, Date.now());
    const smtp = await startSmtpSink();
    try {
      const delivery = { SMTP_URL: smtp.url, OUTBOX_SCHEDULE: '* * * * * *' };
      // The worker kicked by the intake's commit is killed inside the fan-out, before it commits.
      server = await startServer({
        ...database.env,
        ...delivery,
        SCHEDULER_ENABLED: 'false',
        CRASH_AT: 'fan-out-mid',
      });
      // The kill may come just before or just after the answer: either way the intake was committed.
      const answer = await intake(server).then(
        (res) => res.status,
        () => 'none (killed)',
      );
      expect((await server.exited).signal).toBe('SIGKILL');
      const pkg = await database
        .db('packages')
        .where({ reference: references.at(-1) })
        .first('id');
      expect(pkg, `the intake (answer: ${answer}) was committed`).toBeDefined();
      const offers = (await database.db('offers').where({ package_id: pkg.id }).pluck('id')).map(Number);
      expect(offers.length).toBeGreaterThan(0);
      const waiting = await database.db('outbox_events').whereNull('fanned_out_at').pluck('type');
      expect(waiting).toEqual(['offers.sent']);
      expect(await database.db('outbox_messages').whereIn('subject_id', offers)).toEqual([]);
      expect(smtp.mails).toEqual([]);

      // The restarted service's every-second job fans the event out and sends each email once.
      server = await startServer({ ...database.env, ...delivery });
      const offerMails = () =>
        smtp.mails.filter((m) => offers.some((id) => m.messageId.startsWith(`<hcfl.offer.created.c.${id}.`)));
      await waitFor(() => offerMails().length >= offers.length, 'the offer emails after the restart', 30_000);
      expect(await server.stop()).toMatchObject({ code: 0 });
      server = undefined;
      expect(new Set(offerMails().map((m) => m.messageId)).size).toBe(offers.length);
      expect(await offersWithoutTheirEmail()).toMatchObject({ orphans: [], missing: [] });
    } finally {
      await smtp.close();
    }
  }, 120_000);

  /**
   * Every offer has its email, once every committed event is fanned out as a worker does (the intake's
   * transaction wrote both the offers and their event, or neither).
   */
  async function offersWithoutTheirEmail() {
    await fanOutDue(database.db, Date.now());
    const offers: { id: number; provider_id: number }[] = await database
      .db('offers')
      .select('id', 'provider_id');
    const emails: { subject_id: number }[] = await database
      .db('outbox_messages')
      .where({ kind: 'offer.created' });
    const offered = new Set(offers.map((o) => o.id));
    const told = new Set(emails.map((e) => Number(e.subject_id)));
    return {
      offers: offers.length,
      orphans: [...told].filter((id) => !offered.has(id)),
      missing: [...offered].filter((id) => !told.has(id)),
    };
  }
});

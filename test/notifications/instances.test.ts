import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock';
import { connect, type Db } from '../../src/db/connect';
import { fanOutDue } from '../../src/notifications/outbox/events';
import { buildServices, type Services } from '../../src/services';
import { testConfig, TEST_START } from '../helpers/context';
import { createEmptyDatabase, type TestDatabase } from '../helpers/db';
import { prepareFramework } from '../reliability/framework';
import { newPackage, PLACES } from '../helpers/brokerage';
import { createApp } from '../../src/app';
import supertest from 'supertest';
import { notificationsFrom, outboxRows } from './fixtures';
import { startSmtpSink, waitFor, type SmtpSink } from './servers';

/**
 * Several instances on one database (the PostgreSQL deployment; on SQLite, two connections to one
 * file): each fans out the waiting events and runs its delivery worker at the same moments, and every
 * event becomes its messages once, and every message reaches the relay once.
 */
describe('several instances deliver each message once', () => {
  let database: TestDatabase;
  let second: Db;
  let smtp: SmtpSink;
  const instances: Services[] = [];

  beforeAll(async () => {
    smtp = await startSmtpSink();
    database = await createEmptyDatabase();
    const now = Date.parse(TEST_START);
    const { officer, providers } = await prepareFramework(
      database.db,
      [{ zoneId: 'hinckley', primes: 4, supplementaries: 2 }],
      now,
    );
    for (const p of providers) {
      for (const n of [1, 2, 3]) {
        await database
          .db('provider_contacts')
          .insert({ provider_id: p.id, email: `offers-${n}@p${p.id}.example`, created_at: now });
      }
    }
    second = connect(
      database.engine === 'postgres'
        ? { client: 'pg', url: database.env.DATABASE_URL!, poolMax: 10 }
        : { client: 'sqlite3', file: database.env.SQLITE_FILE! },
    );
    const config = testConfig({ notifications: notificationsFrom({ SMTP_URL: smtp.url }) });
    for (const db of [database.db, second])
      instances.push(buildServices({ db, config, clock: manualClock(TEST_START) }));
    const app = supertest(createApp(instances[0]!));
    for (let i = 0; i < 10; i += 1) {
      const res = await app
        .post('/packages')
        .set('Authorization', `Bearer ${officer}`)
        .send(newPackage({ location: PLACES.hinckley }));
      expect(res.status).toBe(201);
    }
  });
  afterAll(async () => {
    for (const s of instances) await s.outbox.stop();
    await second.destroy();
    await database.destroy();
    await smtp.close();
  });

  it('fans out each intake once into its 12 offer emails, with two workers at the same time', async () => {
    const now = Date.parse(TEST_START);
    const waiting = () => database.db('outbox_events').whereNull('fanned_out_at');
    expect(await waiting()).toHaveLength(10);
    expect(await database.db('outbox_messages')).toEqual([]);
    const fannedOut = await Promise.all(
      [database.db, second, database.db, second].map((db) => fanOutDue(db, now)),
    );
    expect(fannedOut.reduce((n, k) => n + k, 0)).toBe(10);
    expect(await waiting()).toEqual([]);
    expect(await database.db('outbox_messages')).toHaveLength(10 * 4 * 3);
    // A worker that fans out events again (its claim lost, a retry after a crash) writes no message twice.
    await database.db('outbox_events').update({ fanned_out_at: null });
    expect(await fanOutDue(second, now)).toBe(10);
    expect(await database.db('outbox_messages')).toHaveLength(10 * 4 * 3);
  });

  it('sends 120 offer emails, each exactly once, with two workers claiming at the same time', async () => {
    const messages = await outboxRows(database.db);
    expect(messages).toHaveLength(10 * 4 * 3);
    const now = Date.parse(TEST_START);
    // The relay holds its answers until every message is claimed: the run that claimed first is still
    // sending its batch of 100, so the other 20 can only have been claimed by the runs beside it.
    const release = smtp.hold();
    const delivering = Promise.all([
      instances[0]!.outbox.deliverDue(now),
      instances[1]!.outbox.deliverDue(now),
      instances[0]!.outbox.deliverDue(now),
      instances[1]!.outbox.deliverDue(now),
    ]);
    await waitFor(
      async () => (await database.db('outbox_messages').where({ status: 'pending' })).length === 0,
      'every message claimed',
    );
    release();
    const runs = await delivering;
    const sent = runs.reduce((n, r) => n + r.sent, 0);
    expect(sent).toBe(120);
    console.info(`[notifications] ${database.engine}: sent per run ${runs.map((r) => r.sent).join(', ')}`);
    expect(runs.filter((r) => r.sent > 0).length).toBeGreaterThan(1);
    const ids = smtp.mails.map((m) => m.messageId);
    expect(ids).toHaveLength(120);
    expect(new Set(ids).size).toBe(120);
    expect((await outboxRows(database.db)).every((m) => m.status === 'sent' && m.attempts === 1)).toBe(true);
  });
});

/**
 * The service of bench/notification-latency.ts in its own process, as in production: the project's app on
 * a fresh database (SQLite, or PostgreSQL with DATABASE_URL) with the demo framework, email to the SMTP
 * server and every provider's webhook to the receiver the bench runs (both on loopback), the delivery
 * worker woken after each commit. Answers `start` with its address and an officer's token, `report` with
 * the offers made and their messages, `stop` once it has shut down.
 */
import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { buildServices } from '../../src/services';
import { prepareDatabase } from '../../src/startup';
import { newSigningSecret } from '../../src/webhooks/commands';
import { createEmptyDatabase } from '../../test/helpers/db';

export type ServiceRequest =
  | { type: 'start'; smtpUrl: string; webhookUrl: string; env?: Record<string, string> }
  | { type: 'report' }
  | { type: 'stop' };

export interface ServiceStarted {
  engine: string;
  url: string;
  officer: string;
  webhooks: number;
}

export interface ServiceReport {
  /** Every offer made: its package, so that each message can be traced to its intake. */
  offers: { id: number; packageId: number }[];
  /** The offer messages the outbox holds, by channel and status ('sent', 'pending'…). */
  messages: { channel: string; status: string; n: number }[];
  /** Events not yet fanned out into messages. */
  eventsWaiting: number;
  /** The process's CPU time (user and system) since it started, in ms; the main thread's busy share. */
  cpuMs: number;
  eventLoopUtilization: number;
}

type Started = Awaited<ReturnType<typeof start>>;

async function start(request: Extract<ServiceRequest, { type: 'start' }>) {
  const database = await createEmptyDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    ...database.env,
    DEMO_MODE: 'true',
    SCHEDULER_ENABLED: 'false',
    SMTP_URL: request.smtpUrl,
    OUTBOX_DELIVER_AFTER_COMMIT: 'true',
    ...request.env,
  });
  const services = buildServices({ db: database.db, config, logger: createLogger('warn') });
  const credentials = await prepareDatabase(database.db, config, Date.now());
  // Every provider of the framework gets an endpoint, so that every offer also goes out as a webhook.
  const providers: number[] = await database.db('providers').pluck('id');
  await database.db('webhook_endpoints').insert(
    providers.map((id) => ({
      provider_id: id,
      url: request.webhookUrl,
      events_json: JSON.stringify(['offer.created']),
      secret: newSigningSecret(),
      status: 'active',
      created_at: Date.now(),
    })),
  );
  const server = createApp(services).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const started: ServiceStarted = {
    engine: database.engine,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    officer: `Bearer ${credentials.find((c) => c.role === 'officer')!.token}`,
    webhooks: providers.length,
  };
  return { database, services, server, started };
}

async function report({ database }: Started): Promise<ServiceReport> {
  const { db } = database;
  const offers: { id: number; package_id: number }[] = await db('offers').select('id', 'package_id');
  const messages: { channel: string; status: string; n: unknown }[] = await db('outbox_messages')
    .where('kind', 'offer.created')
    .groupBy('channel', 'status')
    .select('channel', 'status', db.raw('count(*) as n'));
  const waiting = await db('outbox_events').whereNull('fanned_out_at').count({ n: '*' }).first();
  return {
    offers: offers.map((o) => ({ id: Number(o.id), packageId: Number(o.package_id) })),
    messages: messages.map((m) => ({ channel: m.channel, status: m.status, n: Number(m.n) })),
    eventsWaiting: Number(waiting?.n ?? 0),
    cpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
    eventLoopUtilization: performance.eventLoopUtilization().utilization,
  };
}

async function stop({ database, services, server }: Started): Promise<void> {
  await new Promise((resolve) => server.close(resolve));
  await services.outbox.stop();
  await database.destroy();
}

let service: Started | null = null;
process.on('message', (request: ServiceRequest) => {
  const answer = async (): Promise<unknown> => {
    if (request.type === 'start') {
      service = await start(request);
      return service.started;
    }
    if (!service) throw new Error('the service has not started');
    if (request.type === 'report') return report(service);
    await stop(service);
    return { stopped: true };
  };
  answer().then(
    (result) => process.send!(result as object, () => (request.type === 'stop' ? process.exit(0) : 0)),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
});

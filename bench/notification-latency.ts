/**
 * How soon offer emails and webhooks leave after an intake (docs/BENCHMARKS.md "Requests and the floor"):
 * the project's app on a fresh database (SQLite, or PostgreSQL with DATABASE_URL) with the demo framework,
 * email through a real SMTP server on loopback and the demo provider's webhook to an HTTP receiver on
 * loopback (test/notifications/servers.ts), the delivery worker woken after each commit as in service.
 * Intakes arrive open loop at a fixed rate (lib/open-loop-child.ts, its own process); then the outbox is
 * left to empty. Each message's delay is its `sent_at` less its package's `created_at` (the intake's
 * instant, inside its transaction). Target (issue 22): p99 ≤ 5 s at 50 intakes/s sustained.
 *
 *   npx tsx bench/notification-latency.ts [--rate 50] [--duration 20]
 */
import { fork } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { percentileOfSorted } from '../src/performance/kpis/percentiles';
import { buildServices } from '../src/services';
import { prepareDatabase } from '../src/startup';
import { createEmptyDatabase } from '../test/helpers/db';
import { startHttpSink, startSmtpSink } from '../test/notifications/servers';
import { benchPlaces, intakeBody } from './lib/intake-body';
import type { OpenLoopPlan, OpenLoopResult } from './lib/open-loop-child';

const { values } = parseArgs({
  options: { rate: { type: 'string', default: '50' }, duration: { type: 'string', default: '20' } },
});
const RATE = Number(values.rate);
const DURATION = Number(values.duration);

function openLoop(plan: OpenLoopPlan): Promise<OpenLoopResult> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(import.meta.dirname, 'lib', 'open-loop-child.ts'), [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('message', (m) => resolve(m as OpenLoopResult));
    child.once('error', reject);
    child.send(plan);
  });
}

async function start() {
  const database = await createEmptyDatabase();
  const [smtp, receiver] = await Promise.all([startSmtpSink(), startHttpSink()]);
  const config = loadConfig({
    NODE_ENV: 'test',
    ...database.env,
    DEMO_MODE: 'true',
    SCHEDULER_ENABLED: 'false',
    SMTP_URL: smtp.url,
    OUTBOX_DELIVER_AFTER_COMMIT: 'true',
  });
  const services = buildServices({ db: database.db, config, logger: createLogger('warn') });
  const credentials = await prepareDatabase(database.db, config, Date.now());
  const token = (role: string) => `Bearer ${credentials.find((c) => c.role === role)!.token}`;
  const server = createApp(services).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const hook = await fetch(`${url}/webhooks`, {
    method: 'POST',
    headers: { authorization: token('provider'), 'content-type': 'application/json' },
    body: JSON.stringify({ url: `${receiver.url}/offers`, events: ['offer.created'] }),
  });
  if (hook.status !== 201) throw new Error(`webhook registration answered ${hook.status}`);
  return {
    database,
    services,
    url,
    officer: token('officer'),
    sinks: { smtp, receiver },
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await services.outbox.stop();
      await Promise.all([smtp.close(), receiver.close()]);
      await database.destroy();
    },
  };
}

/** Waits until no message is waiting or being sent (or a minute has passed). */
async function outboxEmptied(bench: Awaited<ReturnType<typeof start>>) {
  const { db } = bench.database;
  for (let waited = 0; waited < 60_000; waited += 250) {
    const events = await db('outbox_events').whereNull('fanned_out_at').count({ n: '*' }).first();
    const messages = await db('outbox_messages')
      .whereIn('status', ['pending', 'sending'])
      .count({ n: '*' })
      .first();
    if (Number(events?.n) + Number(messages?.n) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function delays(bench: Awaited<ReturnType<typeof start>>) {
  const rows: { channel: string; status: string; delay: number | null }[] = await bench.database
    .db('outbox_messages as m')
    .join('offers as o', 'o.id', 'm.subject_id')
    .join('packages as p', 'p.id', 'o.package_id')
    .where('m.kind', 'offer.created')
    .select('m.channel', 'm.status', bench.database.db.raw('m.sent_at - p.created_at as delay'));
  const summary = (channel: string) => {
    const mine = rows.filter((r) => r.channel === channel);
    const sent = mine
      .filter((r) => r.status === 'sent')
      .map((r) => Number(r.delay))
      .sort((a, b) => a - b);
    const at = (q: number) => (sent.length ? (percentileOfSorted(sent, q)! / 1000).toFixed(2) : '–');
    return `${channel}: ${sent.length}/${mine.length} sent; delay p50 ${at(0.5)} s, p99 ${at(0.99)} s, max ${at(1)} s`;
  };
  return { email: summary('email'), webhook: summary('webhook') };
}

async function main() {
  const bench = await start();
  try {
    const places = benchPlaces();
    const load = await openLoop({
      url: bench.url,
      method: 'POST',
      paths: ['/packages'],
      bodies: places.map((p, i) => JSON.stringify(intakeBody(p, `NOTE-${i}`))),
      headers: { authorization: bench.officer },
      rate: RATE,
      duration: DURATION,
      arrivals: 'even',
      seed: 20211101,
    });
    await outboxEmptied(bench);
    const d = await delays(bench);
    console.log(
      `${bench.database.engine}: ${load.answered}/${load.sent} intakes at ${RATE}/s for ${DURATION} s (intake p99 ${load.latencyMs.p99} ms)`,
    );
    console.log(`- ${d.email}; the SMTP server received ${bench.sinks.smtp.mails.length}`);
    console.log(`- ${d.webhook}; the receiver got ${bench.sinks.receiver.requests.length}`);
    console.log(`Resident set at the end: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`);
  } finally {
    await bench.close();
  }
}

await main();

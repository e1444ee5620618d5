/**
 * One measurement of bench/notifications.ts, in its own process: the intake on a fresh SQLite file with
 * the demo framework (every provider has an offers contact), served by the checkout at `root`. Statements
 * per HTTP intake (knex's query events, BEGIN and COMMIT included) and the p50 of intakes made one at a
 * time, the time of the outbox's own insert, then an open-loop run. Receives its plan over IPC, answers
 * with the figures.
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { pino } from 'pino';
import type { OpenLoopPlan, OpenLoopResult } from './open-loop-child';
import { addDays, londonDate } from '../../src/calendar/dates';

export interface IntakePlan {
  /** The checkout whose src/ serves the intakes. */
  root: string;
  /** Extra environment for its configuration (e.g. OUTBOX_DELIVER_AFTER_COMMIT). */
  env: Record<string, string>;
  /** Intakes made one at a time, after 50 to warm up. */
  count: number;
  /** Open loop: intakes a second, for `duration` seconds. */
  rate: number;
  duration: number;
}

export interface IntakeFigures {
  statementsPerIntake: number;
  eventsPerIntake: number;
  messagesPerIntake: number;
  sequentialP50: number;
  /** Mean time per intake of the outbox's inserts (countStatements), knex's call to the driver's answer. */
  outboxInsertMs: number;
  openLoop: OpenLoopResult;
}

const from = (root: string, file: string) => import(path.join(root, file));

async function rowsIn(db: Knex, table: string): Promise<number> {
  if (!(await db.schema.hasTable(table))) return 0;
  return Number((await db(table).count({ n: '*' }).first())?.n ?? 0);
}

function openLoop(plan: OpenLoopPlan): Promise<OpenLoopResult> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(import.meta.dirname, 'open-loop-child.ts'), [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('message', (m) => resolve(m as OpenLoopResult));
    child.once('error', reject);
    child.send(plan);
  });
}

/**
 * Counts every statement, and times the outbox's inserts: the intake's event (or, in the first design, its
 * messages), and with the worker kicked also the fan-out's, which runs between intakes.
 */
function countStatements(db: Knex) {
  const tally = { statements: 0, outboxMs: 0 };
  const started = new Map<string, number>();
  db.on('query', (q: { __knexQueryUid: string }) => {
    tally.statements += 1;
    started.set(q.__knexQueryUid, performance.now());
  });
  db.on('query-response', (_r: unknown, q: { __knexQueryUid: string; sql: string }) => {
    const at = started.get(q.__knexQueryUid);
    started.delete(q.__knexQueryUid);
    if (at !== undefined && /^insert into [`"]?outbox_(events|messages)/.test(q.sql))
      tally.outboxMs += performance.now() - at;
  });
  return tally;
}

/** A server of the checkout at `plan.root` on a fresh SQLite file with the demo framework. */
async function startService(plan: IntakePlan) {
  const [{ createApp }, { loadConfig }, { connect }, { createLogger }, services_, startup, simulation] =
    await Promise.all(
      [
        'src/app.ts',
        'src/config.ts',
        'src/db/connect.ts',
        'src/logger.ts',
        'src/services.ts',
        'src/startup.ts',
        'src/simulation/run.ts',
      ].map((file) => from(plan.root, file)),
    );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hcfl-bench-notify-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    SQLITE_FILE: path.join(dir, 'bench.sqlite'),
    DEMO_MODE: 'true',
    SCHEDULER_ENABLED: 'false',
    LOG_LEVEL: 'info',
    ...plan.env,
  });
  const db: Knex = connect(config.database);
  const log = pino.destination({ dest: path.join(dir, 'requests.log'), sync: false });
  const services = services_.buildServices({ db, config, logger: createLogger('info', log) });
  const credentials: { role: string; token: string }[] = await startup.prepareDatabase(
    db,
    config,
    Date.now(),
  );
  const officer = { authorization: `Bearer ${credentials.find((c) => c.role === 'officer')!.token}` };
  const server = createApp(services).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const places = simulation.buildDemand({ weeks: 8, seed: 11, startDate: '2025-04-07' }).requests as object[];
  const body = (i: number, reference: string) => {
    const p = places[i % places.length] as Record<string, unknown>;
    const fields = ['location', 'weeklyHours', 'visitsPerWeek', 'fundingStream', 'urgency', 'needs'];
    const wantedStart = addDays(londonDate(Date.now()), 7);
    return JSON.stringify({
      reference,
      ...Object.fromEntries(fields.map((k) => [k, p[k]])),
      wantedStart,
      // A D2A package's period and review follow from the bench's start a week ahead.
      ...(p.d2a ? { fundedUntil: addDays(wantedStart, 27), reviewDue: addDays(wantedStart, 20) } : {}),
    });
  };
  const stop = async () => {
    server.close();
    await services.outbox?.stop?.();
    await db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { db, services, url, officer, places: places.length, body, stop };
}

type Service = Awaited<ReturnType<typeof startService>>;

/** Statements, events, messages and the p50 of `plan.count` intakes made one at a time. */
async function sequential(service: Service, count: number) {
  const { db, url, officer } = service;
  const intake = (reference: string, i: number) =>
    fetch(`${url}/packages`, {
      method: 'POST',
      headers: { ...officer, 'content-type': 'application/json' },
      body: service.body(i, reference),
    });
  for (let i = 0; i < 50; i += 1) await intake(`BENCH-WARM-${i}`, i);
  await service.services.outbox?.deliverDue?.(Date.now());
  const before = { events: await rowsIn(db, 'outbox_events'), messages: await rowsIn(db, 'outbox_messages') };
  const tally = countStatements(db);
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const sent = performance.now();
    const res = await intake(`BENCH-COUNT-${i}`, i);
    if (res.status !== 201) throw new Error(`intake answered ${res.status}: ${await res.text()}`);
    times.push(performance.now() - sent);
  }
  const statements = tally.statements;
  times.sort((x, y) => x - y);
  // Outside the timing: the events not yet fanned out become their messages, to count them.
  await service.services.outbox?.deliverDue?.(Date.now());
  return {
    statementsPerIntake: statements / count,
    eventsPerIntake: ((await rowsIn(db, 'outbox_events')) - before.events) / count,
    messagesPerIntake: ((await rowsIn(db, 'outbox_messages')) - before.messages) / count,
    sequentialP50: times[Math.floor(count / 2)]!,
    outboxInsertMs: tally.outboxMs / count,
  };
}

async function measure(plan: IntakePlan): Promise<IntakeFigures> {
  const service = await startService(plan);
  try {
    const figures = await sequential(service, plan.count);
    const openLoopResult = await openLoop({
      url: service.url,
      method: 'POST',
      paths: ['/packages'],
      bodies: Array.from({ length: service.places }, (_, i) =>
        [0, 1, 2].map((k) => service.body(i, `BENCH-RATE-${i}-${k}`)),
      ).flat(),
      headers: service.officer,
      rate: plan.rate,
      duration: plan.duration,
      arrivals: 'even',
      seed: 20211101,
    });
    return { ...figures, openLoop: openLoopResult };
  } finally {
    await service.stop();
  }
}

process.once('message', (plan: IntakePlan) => {
  measure(plan).then(
    (figures) => process.send!(figures, () => process.exit(0)),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
});

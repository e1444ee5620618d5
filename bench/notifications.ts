/**
 * What the outbox write adds to an intake (docs/BENCHMARKS.md "Notifications"): statements per HTTP
 * intake (knex's query events, BEGIN and COMMIT included) and the intake's latency at a rate the
 * server keeps up with (open loop, evenly spaced, as bench/http.ts's "POST /packages at 100/s"), on a
 * fresh SQLite file with the demo framework (every provider has an offers contact, so each offer
 * writes an email to the outbox). Email delivery is off (no Notify or SMTP): only the write is measured.
 *
 *   npx tsx bench/notifications.ts [--root <checkout>] [--rate 100] [--duration 10]
 *
 * --root runs the same measurement against another checkout's src/ (e.g. a worktree of the commit
 * before the outbox), so before and after come from one script, alternated on the same machine.
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import type { OpenLoopPlan, OpenLoopResult } from './lib/open-loop-child';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..') },
    rate: { type: 'string', default: '50' },
    duration: { type: 'string', default: '10' },
  },
});
const ROOT = path.resolve(values.root);
const LIB = path.join(path.dirname(fileURLToPath(import.meta.url)), 'lib');

const from = (file: string) => import(path.join(ROOT, file));
const COUNTED = 200;

/** Messages in the outbox (none before the outbox existed). */
async function outboxCount(db: import('knex').Knex): Promise<number> {
  if (!(await db.schema.hasTable('outbox_messages'))) return 0;
  return Number((await db('outbox_messages').count({ n: '*' }).first())?.n ?? 0);
}

function openLoop(plan: OpenLoopPlan): Promise<OpenLoopResult> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(LIB, 'open-loop-child.ts'), [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('message', (m) => resolve(m as OpenLoopResult));
    child.once('error', reject);
    child.send(plan);
  });
}

async function main() {
  const [
    { createApp },
    { loadConfig },
    { connect },
    { createLogger },
    { buildServices },
    { prepareDatabase },
    { buildDemand },
  ] = await Promise.all([
    from('src/app.ts'),
    from('src/config.ts'),
    from('src/db/connect.ts'),
    from('src/logger.ts'),
    from('src/services.ts'),
    from('src/startup.ts'),
    from('src/simulation/run.ts'),
  ]);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hcfl-bench-notify-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    SQLITE_FILE: path.join(dir, 'bench.sqlite'),
    DEMO_MODE: 'true',
    SCHEDULER_ENABLED: 'false',
    LOG_LEVEL: 'info',
  });
  const db = connect(config.database);
  const log = pino.destination({ dest: path.join(dir, 'requests.log'), sync: false });
  const services = buildServices({ db, config, logger: createLogger('info', log) });
  const credentials: { role: string; token: string }[] = await prepareDatabase(db, config, Date.now());
  const officer = { authorization: `Bearer ${credentials.find((c) => c.role === 'officer')!.token}` };
  const server = createApp(services).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const places = buildDemand({ weeks: 8, seed: 11, startDate: '2025-04-07' }).requests as {
    location: object;
    weeklyHours: number;
    visitsPerWeek: number;
    careType: string;
    urgency: string;
    needs: object;
  }[];
  const body = (p: (typeof places)[number], reference: string) =>
    JSON.stringify({
      reference,
      location: p.location,
      weeklyHours: p.weeklyHours,
      visitsPerWeek: p.visitsPerWeek,
      careType: p.careType,
      urgency: p.urgency,
      wantedStart: '2030-01-07',
      needs: p.needs,
    });
  try {
    // Warm-up (caches, the JIT), then statements and time of 200 intakes, one at a time.
    const intake = (reference: string, i: number) =>
      fetch(`${url}/packages`, {
        method: 'POST',
        headers: { ...officer, 'content-type': 'application/json' },
        body: body(places[i % places.length]!, reference),
      });
    for (let i = 0; i < 50; i += 1) await intake(`BENCH-WARM-${i}`, i);
    const outboxBefore = await outboxCount(db);
    let statements = 0;
    // Time of the outbox's own statements, from the driver's start to its answer.
    const started = new Map<string, number>();
    let outboxMs = 0;
    db.on('query', (q: { __knexQueryUid: string }) => {
      statements += 1;
      started.set(q.__knexQueryUid, performance.now());
    });
    db.on('query-response', (_r: unknown, q: { __knexQueryUid: string; sql: string }) => {
      const at = started.get(q.__knexQueryUid);
      started.delete(q.__knexQueryUid);
      if (at !== undefined && q.sql.startsWith('insert into outbox_messages'))
        outboxMs += performance.now() - at;
    });
    const times: number[] = [];
    for (let i = 0; i < COUNTED; i += 1) {
      const sent = performance.now();
      const res = await intake(`BENCH-COUNT-${i}`, i);
      if (res.status !== 201) throw new Error(`intake answered ${res.status}: ${await res.text()}`);
      times.push(performance.now() - sent);
    }
    const perIntake = statements / COUNTED;
    const messages = ((await outboxCount(db)) - outboxBefore) / COUNTED;
    times.sort((x, y) => x - y);
    const sequentialP50 = times[Math.floor(COUNTED / 2)]!;
    const rate = Number(values.rate);
    const result = await openLoop({
      url,
      method: 'POST',
      paths: ['/packages'],
      bodies: places.flatMap((p, i) => [0, 1, 2].map((k) => body(p, `BENCH-RATE-${i}-${k}`))),
      headers: officer,
      rate,
      duration: Number(values.duration),
      arrivals: 'even',
      seed: 20211101,
    });
    console.log(
      `| ${path.basename(ROOT)} | ${perIntake.toFixed(1)} | ${messages.toFixed(1)} | ${sequentialP50.toFixed(2)} ms | ${(outboxMs / COUNTED).toFixed(2)} ms | ${rate}/s: ${result.latencyMs.p50} ms | ${result.latencyMs.p99} ms | ${result.sent - result.answered} |`,
    );
  } finally {
    server.close();
    await services.outbox?.stop?.();
    await db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

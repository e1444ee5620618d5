/**
 * HTTP benchmark (docs/BENCHMARKS.md "HTTP"): the service's own app (createApp) on a fresh SQLite file
 * with the demo framework, listening on 127.0.0.1 only, loaded from a child process: autocannon at
 * full speed, and an open-loop generator (lib/open-loop-child.ts) at a fixed rate.
 *
 *   npx tsx bench/http.ts [--duration 10] [--connections 10] [--rate 200] [--sustainable-rate 100]
 *
 * Each endpoint is measured next to GET /health (the trivial JSON endpoint of the same app) under
 * the same load, in the same run, because the machine is shared and noisy:
 * - GET /locate at full speed: target ≥ 50% of /health's throughput;
 * - POST /packages (intake and round-1 offers) at a fixed 200 requests/s, evenly spaced and as
 *   Poisson arrivals, latency counted from each request's scheduled time: target p99 under 25 ms
 *   (and at a rate the server keeps up with, 100/s by default, to show its latency unqueued; and,
 *   for comparison, at 200/s as autocannon sends it, in bursts);
 * - POST /offers/:id/accept at full speed, on offers made beforehand;
 * and no errors anywhere. Request logging stays on (to a file), as in service.
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import type autocannon from 'autocannon';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { connect } from '../src/db/connect';
import { createLogger } from '../src/logger';
import { intakePackage, type NewPackage } from '../src/packages/intake';
import { buildServices } from '../src/services';
import { prepareDatabase } from '../src/startup';
import { DEMO_PROVIDER_ZONE } from '../seeds/demo';
import type { LoadPlan } from './lib/autocannon-child';
import type { OpenLoopPlan, OpenLoopResult } from './lib/open-loop-child';
import { benchPlaces, intakeBody, type Place } from './lib/intake-body';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    rate: { type: 'string', default: '200' },
    /** A second open-loop intake run at a rate the server keeps up with, to show its latency unqueued. */
    'sustainable-rate': { type: 'string', default: '100' },
  },
});
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const RATE = Number(values.rate);
const SUSTAINABLE = Number(values['sustainable-rate']);
const LIB = path.join(path.dirname(fileURLToPath(import.meta.url)), 'lib');

type Result = autocannon.Result;

/** Runs a load generator in a child process (the machine's other core) and returns its answer. */
function inChild<T>(file: string, plan: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(LIB, file), [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('message', (m) => resolve(m as T));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`${file} exited with ${code}`));
    });
    child.send(plan as object);
  });
}
const load = (plan: LoadPlan) => inChild<Result>('autocannon-child.ts', plan);
const openLoop = (plan: OpenLoopPlan) => inChild<OpenLoopResult>('open-loop-child.ts', plan);

/** One row of the results table, whichever generator measured it. */
interface Row {
  throughput: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  note: string;
}

function fromAutocannon(r: Result): Row {
  const stats = (r as Result & { statusCodeStats?: Record<string, { count: number }> }).statusCodeStats ?? {};
  const bad = Object.entries(stats).filter(([code]) => !code.startsWith('2'));
  return {
    throughput: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    requests: r.requests.total,
    errors: r.errors + r.timeouts + r.non2xx,
    note: bad.length > 0 ? ` (${bad.map(([code, s]) => `${s.count}× ${code}`).join(', ')})` : '',
  };
}

function fromOpenLoop(r: OpenLoopResult): Row {
  return {
    throughput: r.throughput,
    p50: r.latencyMs.p50,
    p99: r.latencyMs.p99,
    requests: r.answered,
    // Failed, refused or never answered.
    errors: r.sent - r.answered,
    note: '',
  };
}

const row = (label: string, r: Row) =>
  `| ${label} | ${r.throughput.toFixed(0)} /s | ${r.p50} ms | ${r.p99} ms | ${r.requests} | ${r.errors}${r.note} |`;

/** The app on a fresh SQLite file with the demo framework, listening on 127.0.0.1, logging to a file. */
async function startService() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hcfl-bench-http-'));
  const file = path.join(dir, 'bench.sqlite');
  // Configured as in service, failed-authentication throttle included (it counts only answers of 401).
  const config = loadConfig({
    NODE_ENV: 'test',
    SQLITE_FILE: file,
    DEMO_MODE: 'true',
    SCHEDULER_ENABLED: 'false',
    LOG_LEVEL: 'info',
  });
  const db = connect(config.database);
  const log = pino.destination({ dest: path.join(dir, 'requests.log'), sync: false });
  const services = buildServices({ db, config, logger: createLogger('info', log) });
  const credentials = await prepareDatabase(db, config, Date.now());
  const token = (role: string) => credentials.find((c) => c.role === role)!.token;
  const server = createApp(services).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    db,
    services,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    officer: { authorization: `Bearer ${token('officer')}` },
    provider: { authorization: `Bearer ${token('provider')}` },
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await db.destroy();
      log.flushSync();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

type Service = Awaited<ReturnType<typeof startService>>;

/** What every measurement shares: the service, the load plans' common parts, and the results table. */
function benchOn(service: Service) {
  const base = { url: service.url, connections: CONNECTIONS, bodies: null };
  const results: { label: string; r: Row }[] = [];
  return {
    service,
    base,
    health: { ...base, method: 'GET', paths: ['/health'], headers: {} } as Omit<LoadPlan, 'duration'>,
    places: benchPlaces(),
    results,
    async run(label: string, plan: LoadPlan) {
      const r = fromAutocannon(await load(plan));
      results.push({ label, r });
      return r;
    },
    async runOpen(label: string, plan: OpenLoopPlan) {
      const r = fromOpenLoop(await openLoop(plan));
      results.push({ label, r });
      return r;
    },
  };
}

type Bench = ReturnType<typeof benchOn>;

const locatePaths = (places: Place[]) =>
  places.map((p) => `/locate?lat=${p.location.lat}&lon=${p.location.lon}`);

/** /health and /locate at full speed, after a warm-up (statement caches, JIT, the zone index). */
async function measureLocate(bench: Bench) {
  const { base, health, places, service } = bench;
  await load({ ...health, duration: 2 });
  const locate = { ...base, method: 'GET' as const, headers: service.officer };
  await load({ ...locate, paths: locatePaths(places.slice(0, 50)), duration: 2 });
  const h1 = await bench.run('GET /health (full speed)', { ...health, duration: DURATION });
  const r = await bench.run('GET /locate (full speed)', {
    ...locate,
    paths: locatePaths(places),
    duration: DURATION,
  });
  return { h1, locate: r };
}

/** Intake at a fixed rate, open loop (evenly spaced, Poisson, and at a sustainable rate), then in autocannon's bursts. */
async function measureIntake(bench: Bench) {
  const { base, health, places, service } = bench;
  // Each run its own references: three packages per place, so a run never repeats one.
  const intakePlan = (run: string) => ({
    url: service.url,
    method: 'POST' as const,
    paths: ['/packages'],
    bodies: places.flatMap((p, i) =>
      [0, 1, 2].map((k) => JSON.stringify(intakeBody(p, `BENCH-${run}-${i}-${k}`))),
    ),
    headers: service.officer,
  });
  const fixedRate = { rate: RATE, duration: DURATION, seed: 20211101 };
  const h2 = await bench.runOpen(`GET /health at ${RATE}/s, evenly spaced`, {
    ...health,
    ...fixedRate,
    arrivals: 'even',
  });
  const even = await bench.runOpen(`POST /packages at ${RATE}/s, evenly spaced`, {
    ...intakePlan('E'),
    ...fixedRate,
    arrivals: 'even',
  });
  const poisson = await bench.runOpen(`POST /packages at ${RATE}/s, Poisson arrivals`, {
    ...intakePlan('P'),
    ...fixedRate,
    arrivals: 'poisson',
  });
  await bench.runOpen(`POST /packages at ${SUSTAINABLE}/s, evenly spaced`, {
    ...intakePlan('S'),
    ...fixedRate,
    rate: SUSTAINABLE,
    arrivals: 'even',
  });
  // For comparison: autocannon's rate limit starts its connections in step, so the same average
  // rate arrives as bursts of ${CONNECTIONS} every ${CONNECTIONS * 1000 / RATE} ms; /health is shown under the same bursts.
  const bursts = `${RATE}/s as autocannon sends it (bursts of ${CONNECTIONS})`;
  await bench.run(`GET /health at ${bursts}`, { ...health, duration: DURATION, overallRate: RATE });
  await bench.run(`POST /packages at ${bursts}`, {
    ...base,
    ...intakePlan('B'),
    duration: DURATION,
    overallRate: RATE,
  });
  return { h2, even, poisson };
}

/** Accepting offers at full speed: those the intakes made, and more in the demo provider's zone (not timed). */
async function measureAccept(bench: Bench) {
  const { base, health, places, service } = bench;
  const { db } = service;
  const providerId = Number(
    (await db('users').where({ role: 'provider' }).whereNotNull('provider_id').first('provider_id'))
      .provider_id,
  );
  const officerId = Number((await db('users').where({ role: 'officer' }).first('id')).id);
  const actor = { userId: officerId, role: 'officer' as const, providerId: null, requestId: null };
  for (const [i, p] of places.filter((x) => x.zoneId === DEMO_PROVIDER_ZONE).entries()) {
    const body = {
      ...intakeBody(places[0]!, `BENCH-ACCEPT-${i}`),
      location: p.location,
      weeklyHours: 2,
    } as NewPackage;
    await intakePackage(service.services, actor, body, Date.now());
  }
  const pending: { id: number }[] = await db('offers')
    .where({ provider_id: providerId, status: 'pending' })
    .orderBy('id')
    .select('id');
  const h3 = await bench.run('GET /health (full speed, again)', { ...health, duration: DURATION });
  const accept = await bench.run('POST /offers/:id/accept (full speed)', {
    ...base,
    method: 'POST',
    paths: pending.map((o) => `/offers/${o.id}/accept`),
    bodies: ['{}'],
    headers: service.provider,
    amount: pending.length,
  });
  return { h3, accept, pending: pending.length, providerId };
}

function report(
  results: Bench['results'],
  {
    locate,
    intake,
    accept,
  }: {
    locate: Awaited<ReturnType<typeof measureLocate>>;
    intake: Awaited<ReturnType<typeof measureIntake>>;
    accept: Awaited<ReturnType<typeof measureAccept>>;
  },
) {
  console.log(
    `createApp on SQLite (temporary file), demo framework; autocannon ${CONNECTIONS} connections, ${DURATION} s per run, in a child process; ` +
      `Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}.\n`,
  );
  console.log('| Endpoint | throughput | p50 | p99 | requests | errors |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const { label, r } of results) console.log(row(label, r));
  const locateRatio = locate.locate.throughput / locate.h1.throughput;
  const errors = results.reduce((s, { r }) => s + r.errors, 0);
  const { even, poisson, h2 } = intake;
  const intakeP99 = Math.max(even.p99, poisson.p99);
  console.log(
    `\nAccept: ${accept.pending} pending offers of provider ${accept.providerId} answered at ${accept.accept.throughput.toFixed(0)} /s, ` +
      `${((100 * accept.accept.throughput) / accept.h3.throughput).toFixed(0)}% of /health's throughput just before it (${accept.h3.throughput.toFixed(0)} /s).`,
  );
  console.log(`Targets:`);
  console.log(
    `- locate ≥ 50% of /health throughput — ${locateRatio >= 0.5 ? 'met' : 'NOT MET'} (${(100 * locateRatio).toFixed(0)}%).`,
  );
  console.log(
    `- intake + round-1 offers p99 < 25 ms at ${RATE}/s (open loop, evenly spaced and Poisson) — ${intakeP99 < 25 ? 'met' : 'NOT MET'} ` +
      `(${even.p99} ms and ${poisson.p99} ms; /health at the same rate ${h2.p99} ms).`,
  );
  console.log(`- no errors — ${errors === 0 ? 'met' : `NOT MET (${errors})`}.`);
  if (locateRatio < 0.5 || intakeP99 >= 25 || errors > 0) process.exitCode = 1;
}

async function main() {
  const service = await startService();
  try {
    const bench = benchOn(service);
    const locate = await measureLocate(bench);
    const intake = await measureIntake(bench);
    const accept = await measureAccept(bench);
    report(bench.results, { locate, intake, accept });
  } finally {
    await service.close();
  }
}

await main();

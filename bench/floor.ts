/**
 * The project against its stack's floor (docs/BENCHMARKS.md "Requests and the floor"), in one run on
 * one database: bench/floor/app.ts (a minimal Express 5 + knex app doing an intake's statements, and
 * a bare Express /health) and the project's own app (createApp, request log on, to a file), side by
 * side in this process, loaded from a child process (autocannon; the machine's other core).
 *
 *   npx tsx bench/floor.ts [--duration 10] [--rounds 3] [--connections 10]
 *   DATABASE_URL=postgres://… npx tsx bench/floor.ts      # the same on a fresh PostgreSQL database
 *
 * Targets (issue 22): project intakes/s ≥ 0.8 of the floor's, project GET /health ≥ 0.5 of bare
 * Express's (medians of the rounds, each round measuring both in turn), and intake p99 ≤ 25 ms at half
 * the project's measured capacity, open loop (fixed arrival rate, latency from the scheduled time).
 * Also: the statements one HTTP intake sends (knex query events, BEGIN and COMMIT included), and the
 * resident set of this process (both apps) at the end.
 */
import { fork } from 'node:child_process';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type autocannon from 'autocannon';
import { createApp } from '../src/app';
import { floorApp } from './floor/app';
import { benchServices } from './lib/bench-services';
import { benchPlaces, intakeBody } from './lib/intake-body';
import type { LoadPlan } from './lib/autocannon-child';
import type { OpenLoopPlan, OpenLoopResult } from './lib/open-loop-child';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
  },
});
const DURATION = Number(values.duration);
const ROUNDS = Number(values.rounds);
const CONNECTIONS = Number(values.connections);

function inChild<T>(file: string, plan: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(import.meta.dirname, 'lib', file), [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('message', (m) => resolve(m as T));
    child.once('error', reject);
    child.once('exit', (code) => (code !== 0 ? reject(new Error(`${file} exited with ${code}`)) : undefined));
    child.send(plan as object);
  });
}
const load = (plan: LoadPlan) => inChild<autocannon.Result>('autocannon-child.ts', plan);
const openLoop = (plan: OpenLoopPlan) => inChild<OpenLoopResult>('open-loop-child.ts', plan);

const listen = async (app: { listen: (port: number, host: string) => Server }) => {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
};

async function start() {
  const bench = await benchServices('bench-floor');
  const { database, services } = bench;
  const { db } = database;
  const project = await listen(createApp(services));
  const floor = await listen(floorApp(db, services.zones));
  return {
    db,
    engine: database.engine,
    urls: { project: project.url, floor: floor.url },
    auth: bench.officer,
    async close() {
      await Promise.all([project, floor].map((s) => new Promise((r) => s.server.close(r))));
      await bench.close();
    },
  };
}

type Bench = Awaited<ReturnType<typeof start>>;
type Side = 'project' | 'floor';
const places = benchPlaces();
let run = 0;
const cpuMsPerRequest = {
  health: { project: [] as number[], floor: [] as number[] },
  intake: { project: [] as number[], floor: [] as number[] },
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Bodies with references no other run uses. */
function intakeBodies() {
  run += 1;
  return places.map((p, i) => JSON.stringify(intakeBody(p, `FLOOR-${run}-${i}`)));
}

/**
 * Statements one HTTP intake sends, counted from knex's query events: the median of 30 intakes after
 * 30 that load what is kept in memory (zones, layers, the facts a zone's round keeps by version).
 */
async function statementsPerIntake(bench: Bench, side: Side): Promise<number> {
  for (let i = 0; i < 30; i += 1) await intakeOnce(bench, side, i);
  const counts: number[] = [];
  for (let i = 0; i < 30; i += 1) {
    let count = 0;
    const count1 = () => (count += 1);
    bench.db.on('query', count1);
    await intakeOnce(bench, side, i);
    bench.db.off('query', count1);
    counts.push(count);
  }
  return median(counts);
}

async function intakeOnce(bench: Bench, side: Side, place = 0) {
  const res = await fetch(`${bench.urls[side]}/packages`, {
    method: 'POST',
    headers: { ...bench.auth, 'content-type': 'application/json' },
    body: intakeBodies()[place],
  });
  if (res.status !== 201) throw new Error(`${side} intake answered ${res.status}: ${await res.text()}`);
}

async function fullSpeed(bench: Bench, side: Side, what: 'health' | 'intake') {
  const plan: LoadPlan =
    what === 'health'
      ? {
          url: bench.urls[side],
          method: 'GET',
          paths: ['/health'],
          bodies: null,
          headers: {},
          connections: CONNECTIONS,
        }
      : {
          url: bench.urls[side],
          method: 'POST',
          paths: ['/packages'],
          bodies: intakeBodies(),
          headers: bench.auth,
          connections: CONNECTIONS,
        };
  const before = process.cpuUsage();
  const r = await load({ ...plan, duration: DURATION });
  const used = process.cpuUsage(before);
  const errors = r.errors + r.timeouts + r.non2xx;
  if (errors > 0) console.warn(`${side} ${what}: ${errors} errors or non-2xx`);
  // This process's CPU (every thread: JavaScript, SQLite's workers, GC) per answer: less swayed by
  // other work on a shared machine than the rate is.
  cpuMsPerRequest[what][side].push((used.user + used.system) / 1000 / Math.max(1, r.requests.total));
  return r.requests.average;
}

const f0 = (n: number) => n.toFixed(0);

/** The table's line of CPU per intake; its ratio is floor / project, to read like the rates'. */
function cpuLine() {
  const cpu = (side: Side) => median(cpuMsPerRequest.intake[side]);
  const runs = (side: Side) => cpuMsPerRequest.intake[side].map((c) => c.toFixed(2)).join(', ');
  return `| CPU ms per intake, median (runs) | ${cpu('project').toFixed(2)} (${runs('project')}) | ${cpu('floor').toFixed(2)} (${runs('floor')}) | ${(cpu('floor') / cpu('project')).toFixed(2)} |`;
}

async function main() {
  const bench = await start();
  try {
    const statements = {
      project: await statementsPerIntake(bench, 'project'),
      floor: await statementsPerIntake(bench, 'floor'),
    };
    // Warm-up: statement caches, JIT, the zone index.
    for (const side of ['project', 'floor'] as const)
      await load({
        url: bench.urls[side],
        method: 'GET',
        paths: ['/health'],
        bodies: null,
        headers: {},
        connections: CONNECTIONS,
        duration: 2,
      });
    const figures = {
      health: { project: [] as number[], floor: [] as number[] },
      intake: { project: [] as number[], floor: [] as number[] },
    };
    for (let i = 0; i < ROUNDS; i += 1) {
      for (const what of ['health', 'intake'] as const) {
        // Alternate which side goes first, so drift on the shared machine weighs on both alike.
        const order: Side[] = i % 2 === 0 ? ['project', 'floor'] : ['floor', 'project'];
        for (const side of order) figures[what][side].push(await fullSpeed(bench, side, what));
      }
    }
    const capacity = median(figures.intake.project);
    const rate = Math.max(1, Math.floor(capacity / 2));
    const open = async (arrivals: 'even' | 'poisson') =>
      openLoop({
        url: bench.urls.project,
        method: 'POST',
        paths: ['/packages'],
        bodies: intakeBodies(),
        headers: bench.auth,
        rate,
        duration: DURATION,
        arrivals,
        seed: 20211101,
      });
    const even = await open('even');
    const poisson = await open('poisson');
    const rss = process.memoryUsage().rss / 1024 / 1024;
    const ratio = (what: 'health' | 'intake') => median(figures[what].project) / median(figures[what].floor);
    console.log(
      `\n${bench.engine}; ${ROUNDS} rounds of ${DURATION} s, ${CONNECTIONS} connections; Node ${process.version}, ${os.cpus().length} CPUs, load ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}\n`,
    );
    console.log('| Measure | project | floor | project / floor |');
    console.log('| --- | ---: | ---: | ---: |');
    for (const what of ['health', 'intake'] as const) {
      const label = what === 'health' ? 'GET /health /s' : 'POST /packages /s';
      console.log(
        `| ${label}, median (runs) | ${f0(median(figures[what].project))} (${figures[what].project.map(f0).join(', ')}) | ${f0(median(figures[what].floor))} (${figures[what].floor.map(f0).join(', ')}) | ${ratio(what).toFixed(2)} |`,
      );
    }
    console.log(cpuLine());
    console.log(`| statements per HTTP intake | ${statements.project} | ${statements.floor} | |`);
    for (const [name, r] of [
      ['evenly spaced', even],
      ['Poisson', poisson],
    ] as const) {
      console.log(
        `\nIntake open loop at ${rate}/s (half of ${f0(capacity)}/s), ${name}: p50 ${r.latencyMs.p50} ms, p99 ${r.latencyMs.p99} ms, max ${r.latencyMs.max} ms, ${r.answered}/${r.sent} answered.`,
      );
    }
    console.log(`Resident set of this process (both apps) at the end: ${f0(rss)} MB.`);
    const p99 = Math.max(even.latencyMs.p99, poisson.latencyMs.p99);
    console.log(
      `Targets: intake ≥ 0.8 of floor ${ratio('intake') >= 0.8 ? 'met' : 'NOT MET'}; /health ≥ 0.5 of bare Express ${ratio('health') >= 0.5 ? 'met' : 'NOT MET'}; open-loop p99 ≤ 25 ms ${p99 <= 25 ? 'met' : 'NOT MET'}.`,
    );
  } finally {
    await bench.close();
  }
}

await main();

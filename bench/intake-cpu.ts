/**
 * CPU per HTTP intake, the project against its floor (bench/floor/app.ts), on a shared machine: the
 * same fixed number of intakes sent to each side in turn (autocannon in a child process), and the
 * CPU time this process's threads spent meanwhile, read from /proc (each thread's schedstat, in ns),
 * split into the main thread (JavaScript, the event loop, node-sqlite3's bindings) and the others
 * (SQLite's statements on libuv's workers, V8's GC helpers). CPU time, unlike a rate, hardly moves
 * with what else the machine runs, so changes of ~50 µs an intake show (bench/floor.ts gives rates).
 *
 *   npx tsx bench/intake-cpu.ts [--intakes 1500] [--rounds 5] [--connections 10] [--warm 500]
 *   DATABASE_URL=postgres://… npx tsx bench/intake-cpu.ts      # a fresh PostgreSQL database
 *
 * Linux only (/proc/self/task).
 */
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { createApp } from '../src/app';
import { floorApp } from './floor/app';
import { benchServices } from './lib/bench-services';
import { benchPlaces, intakeBody } from './lib/intake-body';
import type { LoadPlan } from './lib/autocannon-child';
import { load } from './lib/load';

const { values } = parseArgs({
  options: {
    intakes: { type: 'string', default: '1500' },
    rounds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '10' },
    warm: { type: 'string', default: '500' },
  },
});

/** Nanoseconds on a CPU so far, of the main thread and of all other threads of this process. */
function threadCpu(): { main: number; others: number } {
  let main = 0;
  let others = 0;
  for (const tid of fs.readdirSync('/proc/self/task')) {
    let ns: number;
    try {
      ns = Number(fs.readFileSync(`/proc/self/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      continue; // the thread ended meanwhile
    }
    if (Number(tid) === process.pid) main += ns;
    else others += ns;
  }
  return { main, others };
}

const listen = async (app: { listen: (port: number, host: string) => Server }) => {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
};

type Side = 'project' | 'floor';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const bench = await benchServices('intake-cpu');
  const { database, services } = bench;
  const servers = {
    project: await listen(createApp(services)),
    floor: await listen(floorApp(database.db, services.zones)),
  };
  const places = benchPlaces();
  let run = 0;
  const plan = (side: Side, amount: number): LoadPlan => {
    run += 1;
    return {
      url: servers[side].url,
      method: 'POST',
      paths: ['/packages'],
      bodies: places.map((p, i) => JSON.stringify(intakeBody(p, `CPU-${run}-${i}`))),
      headers: bench.officer,
      connections: Number(values.connections),
      amount,
    };
  };
  const sides: Side[] = ['project', 'floor'];
  for (const side of sides) await load(plan(side, Number(values.warm)));
  const perIntake = {
    project: { main: [] as number[], others: [] as number[], total: [] as number[] },
    floor: { main: [] as number[], others: [] as number[], total: [] as number[] },
  };
  for (let round = 0; round < Number(values.rounds); round += 1) {
    for (const side of round % 2 === 0 ? sides : [...sides].reverse()) {
      const before = threadCpu();
      const r = await load(plan(side, Number(values.intakes)));
      const after = threadCpu();
      if (r.non2xx + r.errors > 0) throw new Error(`${side}: ${r.non2xx} non-2xx, ${r.errors} errors`);
      const n = r.requests.total;
      const main = (after.main - before.main) / 1000 / n;
      const others = (after.others - before.others) / 1000 / n;
      perIntake[side].main.push(main);
      perIntake[side].others.push(others);
      perIntake[side].total.push(main + others);
    }
  }
  const cell = (xs: number[]) =>
    `${median(xs).toFixed(0)} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
  console.log(
    `\n${database.engine}; ${values.rounds} rounds of ${values.intakes} intakes a side, ${values.connections} connections; Node ${process.version}, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}\n`,
  );
  console.log('| CPU µs per intake, median (range) | project | floor | floor / project |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const part of ['main', 'others', 'total'] as const) {
    const label = { main: 'main thread', others: 'other threads', total: 'all threads' }[part];
    const ratio = median(perIntake.floor[part]) / median(perIntake.project[part]);
    console.log(
      `| ${label} | ${cell(perIntake.project[part])} | ${cell(perIntake.floor[part])} | ${ratio.toFixed(2)} |`,
    );
  }
  const pairs = perIntake.project.total.map((p, i) => (perIntake.floor.total[i]! / p).toFixed(2));
  console.log(`\nfloor / project, all threads, round by round: ${pairs.join(', ')}`);
  await Promise.all(Object.values(servers).map((s) => new Promise((r) => s.server.close(r))));
  await bench.close();
}

await main();

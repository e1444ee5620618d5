/**
 * Benchmark companion to bench/pages.ts for a shared, loaded machine: what each staff page costs in
 * CPU rather than in wall time, which other work on the machine inflates many times over. Serves the
 * app in this process on an existing database (one PostgreSQL connection, or the SQLite file), signs
 * in as a commissioner and fetches each address `--rounds` times after a warm-up; prints per address
 * the median wall time, the mean CPU time of this process (Node: routing, queries' rows, classification,
 * rendering) and, on PostgreSQL, the mean CPU time of the connection's server process (read from /proc, so
 * the database must run on this machine; parallel workers' CPU is not counted).
 *
 *   DATABASE_URL=postgres://…/hcfl_bench_pages_100 npx tsx bench/page-cost.ts /staff/queue /staff/packages
 *   SQLITE_FILE=/tmp/pages/scale-10.sqlite npx tsx bench/page-cost.ts --rounds 5 /staff/queue
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createApp } from '../src/app';
import { insertUser } from '../src/auth/queries';
import { manualClock } from '../src/clock';
import { existingDatabaseConfig } from './lib/existing-database';
import { connect } from '../src/db/connect';
import { buildServices } from '../src/services';
import { hashPassword } from '../src/web/sign-in/passwords';

const { values, positionals } = parseArgs({
  options: { rounds: { type: 'string', default: '5' } },
  allowPositionals: true,
});
/** The end of the benchmark's history year, as bench/pages.ts serves it. */
const NOW = Date.parse('2026-01-01T02:30:00Z');
const PASSWORD = 'bench page cost password';

const config = existingDatabaseConfig();
const db = connect(config.database);

/** CPU ms of the PostgreSQL server process behind the one pooled connection (0 on SQLite). */
async function serverCpuMs(): Promise<number> {
  if (config.database.client !== 'pg') return 0;
  const { rows } = (await db.raw('select pg_backend_pid() as pid')) as { rows: { pid: number }[] };
  const fields = fs.readFileSync(`/proc/${rows[0]!.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks
}
const nodeCpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

async function signedInClient(url: string) {
  const email = `bench-cost-${process.pid}@example.org`;
  const user = { name: 'Bench cost', role: 'commissioner' as const, providerId: null, providerAdmin: false };
  await insertUser(db, { ...user, email, passwordHash: await hashPassword(PASSWORD, 4) }, NOW);
  const cookies = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      cookies.set(pair!.slice(0, pair!.indexOf('=')), pair!.slice(pair!.indexOf('=') + 1));
    }
  };
  const cookie = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const form = await fetch(`${url}/sign-in`);
  keep(form);
  const csrf = (await form.text()).match(/name="_csrf" value="([^"]+)"/)?.[1] ?? '';
  const body = new URLSearchParams({ _csrf: csrf, email, password: PASSWORD }).toString();
  const headers = { cookie: cookie(), 'content-type': 'application/x-www-form-urlencoded' };
  keep(await fetch(`${url}/sign-in`, { method: 'POST', headers, body, redirect: 'manual' }));
  return async (address: string) => {
    const res = await fetch(url + address, { headers: { cookie: cookie() } });
    await res.text();
    if (res.status !== 200) throw new Error(`${address} answered ${res.status}`);
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** CPU times come in clock ticks (10 ms): a mean over the rounds, not a median. */
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

const server = createApp(buildServices({ db, config, clock: manualClock(NOW) })).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
try {
  const get = await signedInClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  console.log('| Address | wall, median | Node CPU, mean | PostgreSQL CPU, mean |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const address of positionals) {
    await get(address); // warm-up
    const wall: number[] = [];
    const node: number[] = [];
    const pg: number[] = [];
    for (let i = 0; i < Number(values.rounds); i += 1) {
      const [t0, n0, p0] = [performance.now(), nodeCpuMs(), await serverCpuMs()];
      await get(address);
      wall.push(performance.now() - t0);
      node.push(nodeCpuMs() - n0);
      pg.push((await serverCpuMs()) - p0);
    }
    const ms = (x: number) => `${x.toFixed(0)} ms`;
    console.log(`| ${address} | ${ms(median(wall))} | ${ms(mean(node))} | ${ms(mean(pg))} |`);
  }
} finally {
  server.close();
  await db.destroy();
}

/**
 * Benchmark (docs/BENCHMARKS.md "Staff pages"): the rendered staff pages — work queue, package,
 * search, coverage, performance, provider list — fetched over HTTP with a signed-in session, on a
 * year of county history at k times its volume. Browser-free: the page's HTML only, no assets.
 *
 *   npx tsx bench/pages.ts [--scale 10] [--pg-scale 100] [--requests 40] [--role commissioner]
 *   npx tsx bench/pages.ts --scale 0 --pg-scale 100 --keep DIR   # PostgreSQL alone, kept for reruns
 *
 * Builds the 1× year once (bench/reports.ts --template: bench/county-history.ts, seed 20211101,
 * 5,000 packages), then a SQLite file at `--scale` (bench/lib/grow-history.ts) and, when
 * DATABASE_URL is set and `--pg-scale` is not 0, a PostgreSQL database at `--pg-scale`
 * (bench/lib/grow-history-pg.ts). On each, the service runs in a child process
 * (lib/pages-server-child.ts) with its clock at 2026-01-01 02:30 UTC, the end of the history; this
 * process signs in through the password form as a user of `--role`, keeps the session cookie, and
 * GETs the pages one at a time: two warm-up rounds, then `--requests` rounds that each fetch every
 * page once (so that load on the shared machine falls on all pages alike). Prints p50/p95 per page
 * and the server's resident set after the run. Targets (issue 22): p95 ≤ 200 ms at 10×, ≤ 500 ms
 * at 100× on PostgreSQL; resident set under 300 MB at 10×.
 */
import { fork, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Knex } from 'knex';
import type { Role } from '../src/auth/roles';
import { connect } from '../src/db/connect';
import { migrateLatest } from '../src/db/migrations';
import { scaledDatabase } from './lib/grow-history';
import { scaledPostgresDatabase } from './lib/grow-history-pg';
import type { PagesServerPlan } from './lib/pages-server-child';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '10' },
    'pg-scale': { type: 'string', default: '100' },
    requests: { type: 'string', default: '40' },
    role: { type: 'string', default: 'commissioner' },
    /** Keep the built databases in this folder and reuse them on the next run (when iterating). */
    keep: { type: 'string' },
    /** Only these pages (comma-separated names, e.g. queue,package). */
    pages: { type: 'string' },
    /** After the run, write the server's heap snapshot to this file (for Chrome DevTools' Memory tab). */
    'heap-snapshot': { type: 'string' },
    /**
     * Servers with these V8 flags over the server's own (src/heap.ts), `|` between variants and spaces
     * between flags; an empty variant is the server as it runs. Their rounds are interleaved, so the
     * machine's load falls on all alike: `'--v8-flags=|--heap-growing-percent=0'`.
     */
    'v8-flags': { type: 'string' },
  },
});
const REQUESTS = Number(values.requests);
const NOW = Date.parse('2026-01-01T02:30:00Z');
const BENCH = path.dirname(fileURLToPath(import.meta.url));

/** The pages, each with the addresses its rounds take in turn. */
async function pageAddresses(db: Knex): Promise<Record<string, string[]>> {
  const ids = (await db('packages').orderBy('id').select('id')).map((r: { id: number }) => r.id);
  const sample = Array.from({ length: 20 }, (_, i) => ids[Math.floor(((i + 0.5) * ids.length) / 20)]!);
  const reference = (await db('packages').where('id', sample[7]!).first('reference')).reference as string;
  return {
    queue: ['/staff/queue', '/staff/queue?view=with-providers'],
    package: sample.map((id) => `/staff/packages/${id}`),
    search: [
      '/staff/packages',
      '/staff/packages?status=awarded&page=3',
      `/staff/packages?reference=${encodeURIComponent(reference.slice(0, 4))}`,
      '/staff/packages?zone=loughborough&urgency=urgent',
      '/staff/packages?provider=7',
    ],
    coverage: ['/staff/coverage', '/staff/coverage?from=2025-01-01&to=2025-12-31'],
    performance: ['/staff/performance'],
    providers: ['/staff/providers'],
  };
}

/** A client that keeps the session cookie, as a browser would. */
function browserless(url: string) {
  const cookies = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const at = pair!.indexOf('=');
      cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  };
  const cookie = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  return {
    async get(address: string) {
      const res = await fetch(url + address, { headers: { cookie: cookie() }, redirect: 'manual' });
      keep(res);
      return { status: res.status, text: await res.text() };
    },
    async signIn(email: string, password: string) {
      const page = await this.get('/sign-in');
      const csrf = page.text.match(/name="_csrf" value="([^"]+)"/)?.[1];
      const res = await fetch(`${url}/sign-in`, {
        method: 'POST',
        headers: { cookie: cookie(), 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: csrf ?? '', email, password }).toString(),
        redirect: 'manual',
      });
      keep(res);
      if (res.status !== 303) throw new Error(`sign-in answered ${res.status}`);
    },
  };
}

function startServer(plan: PagesServerPlan) {
  const child = fork(path.join(BENCH, 'lib', 'pages-server-child.ts'), [], {
    // Variant flags on the command line too: some (e.g. --no-memory-reducer) are read only at start.
    execArgv: [...(plan.v8Flags ?? []), '--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const reply = <T>() =>
    new Promise<T>((resolve, reject) => {
      child.once('message', (m) => resolve(m as T));
      child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
    });
  const started = reply<{ url: string; email: string; password: string }>();
  child.send(plan);
  return {
    started,
    async memory(snapshot?: string) {
      const answer = reply<ServerMemory>();
      child.send(snapshot ? { snapshot } : 'memory');
      return answer;
    },
    stop: () => new Promise((resolve) => (child.once('exit', resolve), child.send('stop'))),
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

type ServerMemory = NodeJS.MemoryUsage & { gcPauses: { count: number; ms: number } };

function memoryLine(memory: ServerMemory) {
  const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(0)} MB`;
  return (
    `${mb(memory.rss)} (JavaScript heap ${mb(memory.heapUsed)} used of ${mb(memory.heapTotal)}; ` +
    `external ${mb(memory.external)}, of which array buffers ${mb(memory.arrayBuffers)}; ` +
    `${memory.gcPauses.count} collection pauses since start, ${memory.gcPauses.ms.toFixed(0)} ms in all)`
  );
}

/** Every page, round after round, from each server in turn; the times per server and page. */
async function timePages(clients: ReturnType<typeof browserless>[], pages: Record<string, string[]>) {
  const times = clients.map(() => new Map(Object.keys(pages).map((name) => [name, [] as number[]])));
  for (let round = -2; round < REQUESTS; round += 1) {
    for (const [name, addresses] of Object.entries(pages)) {
      const address = addresses[(round + 2) % addresses.length]!;
      for (const [i, client] of clients.entries()) {
        const t0 = performance.now();
        const res = await client.get(address);
        const ms = performance.now() - t0;
        if (res.status !== 200) throw new Error(`${address} answered ${res.status}`);
        if (round >= 0) times[i]!.get(name)!.push(ms);
      }
    }
  }
  return times;
}

function printTimes(times: Map<string, number[]>, target: number) {
  console.log('| Page | p50 | p95 | max | target p95 |');
  console.log('| --- | ---: | ---: | ---: | --- |');
  for (const [name, ms] of times) {
    const sorted = [...ms].sort((a, b) => a - b);
    const p95 = percentile(sorted, 95);
    console.log(
      `| ${name} | ${percentile(sorted, 50).toFixed(0)} ms | ${p95.toFixed(0)} ms | ${sorted.at(-1)!.toFixed(0)} ms | ` +
        `${target} ms ${p95 <= target ? 'met' : 'NOT MET'} |`,
    );
  }
}

async function measure(label: string, plan: PagesServerPlan, db: Knex, target: number) {
  const wanted = values.pages?.split(',');
  const pages = Object.fromEntries(
    Object.entries(await pageAddresses(db)).filter(([name]) => !wanted || wanted.includes(name)),
  );
  const variants = (values['v8-flags'] ?? '').split('|').map((v) => v.split(' ').filter(Boolean));
  const servers = variants.map((v8Flags) => startServer({ ...plan, v8Flags }));
  try {
    const clients = [];
    for (const server of servers) {
      const { url, email, password } = await server.started;
      const client = browserless(url);
      await client.signIn(email, password);
      clients.push(client);
    }
    const times = await timePages(clients, pages);
    // Every server's memory at once, before a snapshot's seconds let the others' idle collections run.
    const memories = await Promise.all(servers.map((server) => server.memory()));
    for (const [i, server] of servers.entries()) {
      const memory = memories[i]!;
      const flags =
        variants.length > 1 ? `, V8 flags over the server's own: '${variants[i]!.join(' ')}'` : '';
      console.log(`\n${label}: ${REQUESTS} rounds${flags}, load average ${os.loadavg()[0]!.toFixed(1)}`);
      printTimes(times[i]!, target);
      console.log(`Server resident set after the run: ${memoryLine(memory)}.`);
      const snapshot = values['heap-snapshot'];
      if (snapshot) {
        const file = variants.length > 1 ? `${snapshot}.${i}` : snapshot;
        console.log(
          `After a heap snapshot to ${file} (a full collection): ${memoryLine(await server.memory(file))}.`,
        );
      }
    }
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}

/** A kept database, brought up to the latest migrations (new indexes) before it is measured again. */
async function migrated(db: Knex): Promise<Knex> {
  await migrateLatest(db);
  return db;
}

/** The PostgreSQL database a `--keep` run built before, if it is there. */
async function keptPostgres(url: string, name: string): Promise<{ db: Knex; url: string } | null> {
  const kept = new URL(url);
  kept.pathname = `/${name}`;
  const db = connect({ client: 'pg', url: kept.toString(), poolMax: 4 });
  try {
    if (Number((await db('packages').count({ n: '*' }).first())?.n ?? 0) === 0) throw new Error('empty');
    await migrated(db);
    await db.raw('analyze');
    return { db, url: kept.toString() };
  } catch {
    await db.destroy();
    return null;
  }
}

function buildTemplate(template: string) {
  const t0 = performance.now();
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(BENCH, 'reports.ts'), '--template', template],
    { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' },
  );
  if (child.status !== 0) throw new Error(`building the template failed (${child.status})`);
  console.log(`1× year built in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${child.stdout}`);
}

/** SQLite at `k`× (`--scale 0` leaves it out, to measure PostgreSQL alone). */
async function measureSqlite(template: string, file: string, k: number) {
  const t0 = performance.now();
  const sqlite = fs.existsSync(file)
    ? await migrated(connect({ client: 'sqlite3', file }))
    : await scaledDatabase(template, file, k);
  console.log(`SQLite ${k}× built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  try {
    await measure(
      `SQLite, ${k}×`,
      { env: { SQLITE_FILE: file }, now: NOW, role: values.role as Role },
      sqlite,
      200,
    );
  } finally {
    await sqlite.destroy();
  }
}

async function main() {
  const dir = values.keep ?? fs.mkdtempSync(path.join(os.tmpdir(), 'hcfl-bench-pages-'));
  fs.mkdirSync(dir, { recursive: true });
  const role = values.role as Role;
  try {
    const template = path.join(dir, 'template.sqlite');
    if (!fs.existsSync(template)) buildTemplate(template);
    console.log(`Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}`);
    const k = Number(values.scale);
    if (k > 0) await measureSqlite(template, path.join(dir, `scale-${k}.sqlite`), k);
    const pgScale = Number(values['pg-scale']);
    const url = process.env.DATABASE_URL;
    if (!url || pgScale === 0)
      return console.log('\nPostgreSQL: skipped (no DATABASE_URL, or --pg-scale 0).');
    const p0 = performance.now();
    const name = `hcfl_bench_pages_${pgScale}`;
    const pg =
      (values.keep && (await keptPostgres(url, name))) ||
      (await scaledPostgresDatabase(template, { url, name, log: console.log }, pgScale));
    console.log(`\nPostgreSQL ${pgScale}× built in ${((performance.now() - p0) / 1000).toFixed(1)} s`);
    try {
      await measure(`PostgreSQL, ${pgScale}×`, { env: { DATABASE_URL: pg.url }, now: NOW, role }, pg.db, 500);
    } finally {
      await pg.db.destroy();
    }
  } finally {
    if (!values.keep) fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();

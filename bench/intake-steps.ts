/**
 * Where one intake's time goes, step by step: intakes sent one at a time to the project's app and
 * to the floor (bench/floor/app.ts), each step timed from knex's `query` and `query-response`
 * events (BEGIN and COMMIT have no response event) to the answer's `end`; the median of each step
 * over the measured intakes. The gaps between a response and the next query are JavaScript (and,
 * inside the transaction, time the one SQLite connection is held).
 *
 *   npx tsx bench/intake-steps.ts [--warm 300] [--intakes 200]
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { createApp } from '../src/app';
import { floorApp } from './floor/app';
import { benchServices } from './lib/bench-services';
import { benchPlaces, intakeBody } from './lib/intake-body';

const { values } = parseArgs({
  options: { warm: { type: 'string', default: '300' }, intakes: { type: 'string', default: '200' } },
});

type Mark = [at: number, what: string];
const marks: Mark[] = [];
const end = http.ServerResponse.prototype.end;
http.ServerResponse.prototype.end = function (this: http.ServerResponse, ...args: unknown[]) {
  marks.push([performance.now(), 'answer end']);
  return (end as (...a: unknown[]) => http.ServerResponse).apply(this, args);
} as typeof end;

const bench = await benchServices('intake-steps');
const { database, services } = bench;
const urls: Record<string, string> = {};
for (const [side, app] of [
  ['project', createApp(services)],
  ['floor', floorApp(database.db, services.zones)],
] as const) {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  urls[side] = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
const places = benchPlaces();
let sent = 0;
async function intake(side: string) {
  sent += 1;
  const res = await fetch(`${urls[side]}/packages`, {
    method: 'POST',
    headers: { ...bench.officer, 'content-type': 'application/json' },
    body: JSON.stringify(intakeBody(places[sent % places.length]!, `STEPS-${sent}`)),
  });
  if (res.status !== 201) throw new Error(`${side} answered ${res.status}`);
}

const sql = (q: { sql: string }) => q.sql.slice(0, 48);
database.db.on('query', (q: { sql: string }) => marks.push([performance.now(), `Q ${sql(q)}`]));
database.db.on('query-response', (_r: unknown, q: { sql: string }) =>
  marks.push([performance.now(), `R ${sql(q)}`]),
);

for (const side of ['project', 'floor']) {
  for (let i = 0; i < Number(values.warm); i += 1) await intake(side);
  const steps = new Map<string, number[]>();
  for (let i = 0; i < Number(values.intakes); i += 1) {
    marks.length = 0;
    const started = performance.now();
    await intake(side);
    const seen: Mark[] = [[started, 'sent'], ...marks, [performance.now(), 'answer read']];
    seen.slice(1).forEach(([at, what], k) => {
      const key = `${seen[k]![1]}  →  ${what}`;
      steps.set(key, [...(steps.get(key) ?? []), at - seen[k]![0]]);
    });
  }
  console.log(`\n${side} (${database.engine}): median µs of each step (steps seen in most intakes)`);
  for (const [key, times] of steps) {
    if (times.length < Number(values.intakes) / 2) continue;
    const median = times.sort((a, b) => a - b)[times.length >> 1]!;
    console.log(`${(median * 1000).toFixed(0).padStart(6)}  ${key}`);
  }
}
await bench.close();
process.exit(0);

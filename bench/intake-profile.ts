/**
 * Profiles the project's HTTP intake in this process (node:inspector's CPU profiler), loaded from a
 * child process (autocannon) as bench/floor.ts loads it, and prints where the main thread's time went:
 * self time by function and inclusive time by source file.
 *
 *   npx tsx bench/intake-profile.ts [--duration 10] [--connections 10] [--out FILE.cpuprofile] [--app floor]
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { createApp } from '../src/app';
import { floorApp } from './floor/app';
import { benchServices } from './lib/bench-services';
import { benchPlaces, intakeBody } from './lib/intake-body';
import type { LoadPlan } from './lib/autocannon-child';
import { load } from './lib/load';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    out: { type: 'string' },
    app: { type: 'string', default: 'project' },
  },
});

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

/** Self and inclusive sample counts, printed as shares of all samples. */
function summarise(profile: { nodes: ProfileNode[] }) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const total = profile.nodes.reduce((s, n) => s + (n.hitCount ?? 0), 0);
  const short = (url: string) => url.replace(/^.*\/(node_modules\/|src\/|bench\/)/, '$1') || '(native)';
  const self = new Map<string, number>();
  const inclusiveByFile = new Map<string, number>();
  const walk = (id: number, filesAbove: Set<string>): number => {
    const n = byId.get(id)!;
    const key = `${n.callFrame.functionName || '(anon)'} ${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (n.hitCount ?? 0));
    const file = short(n.callFrame.url);
    const fresh = !filesAbove.has(file);
    const below = new Set(filesAbove).add(file);
    let hits = n.hitCount ?? 0;
    for (const c of n.children ?? []) hits += walk(c, below);
    if (fresh) inclusiveByFile.set(file, (inclusiveByFile.get(file) ?? 0) + hits);
    return hits;
  };
  walk(profile.nodes[0]!.id, new Set());
  const top = (m: Map<string, number>, k: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([name, h]) => `${((100 * h) / total).toFixed(1).padStart(5)}%  ${name}`);
  console.log(`\n${total} samples. Self time:\n${top(self, 45).join('\n')}`);
  console.log(`\nInclusive by file:\n${top(inclusiveByFile, 60).join('\n')}`);
}

async function main() {
  const bench = await benchServices('intake-profile');
  const { database, services } = bench;
  const app = values.app === 'floor' ? floorApp(database.db, services.zones) : createApp(services);
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const places = benchPlaces();
  const plan = (run: string, duration: number): LoadPlan => ({
    url,
    method: 'POST',
    paths: ['/packages'],
    bodies: places.map((p, i) => JSON.stringify(intakeBody(p, `PROF-${run}-${i}`))),
    headers: bench.officer,
    connections: Number(values.connections),
    duration,
  });
  await load(plan('warm', 3));
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  const before = process.cpuUsage();
  const r = await load(plan('run', Number(values.duration)));
  const used = process.cpuUsage(before);
  const { profile } = await session.post('Profiler.stop');
  console.log(
    `${r.requests.average}/s, ${r.non2xx} non-2xx, CPU ${((used.user + used.system) / 1000 / r.requests.total).toFixed(2)} ms per intake`,
  );
  if (values.out) fs.writeFileSync(values.out, JSON.stringify(profile));
  summarise(profile as unknown as { nodes: ProfileNode[] });
  server.close();
  await bench.close();
}

await main();

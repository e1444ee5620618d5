/**
 * What the outbox adds to an intake (docs/BENCHMARKS.md "Notifications"), with and without it in one
 * run: each repetition measures, in turn and each in a fresh process on a fresh SQLite file with the demo
 * framework (every provider has an offers contact, so every offer has an email),
 *   - before: the checkout given by --base (the commit before the outbox), if any;
 *   - per recipient: the checkout given by --per-recipient (the first design, which wrote one outbox row per
 *     recipient in the intake's transaction), if any;
 *   - after: this checkout, the delivery worker not kicked (only the event's write is measured);
 *   - after, kicked: this checkout with the worker kicked after each commit, as in production, so its
 *     fan-out of the event to the offer emails runs in the same process between intakes.
 * Email delivery is off (no Notify or SMTP), so no message leaves. Each measurement: statements per
 * HTTP intake, the p50 of `--count` intakes made one at a time, the outbox insert's own time, and an
 * open-loop run at `--rate` intakes a second (evenly spaced). The order of the variants rotates with
 * each repetition, so that other work on the shared machine weighs on all of them alike.
 *
 *   git worktree add --detach /tmp/hcfl-base <commit before the outbox>
 *   npx tsx bench/notifications.ts --base /tmp/hcfl-base [--per-recipient <checkout>] [--runs 5] [--count 200] [--rate 50] [--duration 10]
 */
import { fork } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { IntakeFigures, IntakePlan } from './lib/intake-outbox-child';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    'per-recipient': { type: 'string' },
    runs: { type: 'string', default: '5' },
    count: { type: 'string', default: '200' },
    rate: { type: 'string', default: '50' },
    duration: { type: 'string', default: '10' },
  },
});
const HERE = path.resolve(import.meta.dirname, '..');

interface Variant {
  name: string;
  root: string;
  env: Record<string, string>;
}
const variants: Variant[] = [
  ...(values.base ? [{ name: 'before (no outbox)', root: path.resolve(values.base), env: {} }] : []),
  ...(values['per-recipient']
    ? [{ name: 'per recipient (first design)', root: path.resolve(values['per-recipient']), env: {} }]
    : []),
  { name: 'after (event row)', root: HERE, env: {} },
  { name: 'after, worker kicked', root: HERE, env: { OUTBOX_DELIVER_AFTER_COMMIT: 'true' } },
];

function measure(variant: Variant): Promise<IntakeFigures> {
  const plan: IntakePlan = {
    root: variant.root,
    env: variant.env,
    count: Number(values.count),
    rate: Number(values.rate),
    duration: Number(values.duration),
  };
  return new Promise((resolve, reject) => {
    const child = fork(path.join(import.meta.dirname, 'lib', 'intake-outbox-child.ts'), [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('message', (m) => resolve(m as IntakeFigures));
    child.once('exit', (code) => reject(new Error(`${variant.name}: the measurement exited with ${code}`)));
    child.send(plan);
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

function row(name: string, f: IntakeFigures): string {
  const cells = [
    name,
    f.statementsPerIntake.toFixed(1),
    f.eventsPerIntake.toFixed(1),
    f.messagesPerIntake.toFixed(1),
    `${f.sequentialP50.toFixed(2)} ms`,
    f.outboxInsertMs > 0 ? `${f.outboxInsertMs.toFixed(2)} ms` : '—',
    `${f.openLoop.latencyMs.p50} ms`,
    `${f.openLoop.latencyMs.p99} ms`,
    String(f.openLoop.sent - f.openLoop.answered),
  ];
  return `| ${cells.join(' | ')} |`;
}

async function main() {
  const results = new Map<string, IntakeFigures[]>(variants.map((v) => [v.name, []]));
  console.log(`started ${new Date().toISOString()}, node ${process.version}, load ${load()}`);
  console.log(
    `| Variant | statements per intake | events per intake | messages per intake | p50, one at a time | outbox insert | ${values.rate}/s: p50 | ${values.rate}/s: p99 | errors |`,
  );
  console.log('| --- | --: | --: | --: | --: | --: | --: | --: | --: |');
  for (let run = 0; run < Number(values.runs); run += 1) {
    const order = variants.map((_, i) => variants[(i + run) % variants.length]!);
    for (const variant of order) {
      const figures = await measure(variant);
      results.get(variant.name)!.push(figures);
      console.log(row(`${variant.name}, run ${run + 1}`, figures));
    }
  }
  console.log(`\nmedians over ${values.runs} runs (ended ${new Date().toISOString()}, load ${load()}):`);
  for (const [name, runs] of results) {
    const m = (pick: (f: IntakeFigures) => number) => median(runs.map(pick));
    console.log(
      row(name, {
        statementsPerIntake: m((f) => f.statementsPerIntake),
        eventsPerIntake: m((f) => f.eventsPerIntake),
        messagesPerIntake: m((f) => f.messagesPerIntake),
        sequentialP50: m((f) => f.sequentialP50),
        outboxInsertMs: m((f) => f.outboxInsertMs),
        openLoop: {
          sent: m((f) => f.openLoop.sent),
          answered: m((f) => f.openLoop.answered),
          throughput: m((f) => f.openLoop.throughput),
          latencyMs: {
            p50: m((f) => f.openLoop.latencyMs.p50),
            p90: m((f) => f.openLoop.latencyMs.p90),
            p99: m((f) => f.openLoop.latencyMs.p99),
            max: m((f) => f.openLoop.latencyMs.max),
          },
        },
      }),
    );
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

/**
 * Benchmark (docs/BENCHMARKS.md "The PostgreSQL test suite"): what `paymentTotals` (src/payments/totals.ts,
 * behind the coverage report's cost, the budget position and the finance page) costs per call on an
 * existing database, in CPU rather than wall time (a shared machine inflates wall time many times):
 * this process's CPU and, on PostgreSQL, the connection's server process's (from /proc, so the server
 * must run on this machine). On PostgreSQL the server's time includes planning the statement, which
 * happens at every call.
 *
 *   SQLITE_FILE=/tmp/pages/scale-10.sqlite npx tsx bench/payment-totals.ts --rounds 5
 *   DATABASE_URL=postgres://…/hcfl_bench_pages_100 npx tsx bench/payment-totals.ts --rounds 5
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { paymentTotals, type TotalsFilter } from '../src/payments/totals';
import { nodeCpuMs, oneConnection } from './lib/one-connection';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '5' } } });
const rounds = Number(values.rounds);

const { db, serverCpuMs } = oneConnection();

/** The coverage report's period cost for the benchmark year, and the budget's projection from 1 July. */
const CALLS: Record<string, TotalsFilter> = {
  'period 2025': { from: '2025-01-01', to: '2025-12-31' },
  'council, 2025': { from: '2025-01-01', to: '2025-12-31', fundingStream: 'council' },
  'projection from 1 July': {
    from: '2025-04-01',
    to: '2026-03-31',
    ongoingOn: '2025-07-01',
    pricedFrom: '2025-07-01',
  },
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

try {
  for (const filter of Object.values(CALLS)) await paymentTotals(db, filter); // warm-up
  console.log(`| call | wall (median of ${rounds}) | Node CPU (mean) | server CPU (mean) |`);
  console.log('| --- | ---: | ---: | ---: |');
  for (const [name, filter] of Object.entries(CALLS)) {
    const walls: number[] = [];
    let node = 0;
    let server = 0;
    for (let i = 0; i < rounds; i += 1) {
      const [n0, s0, t0] = [nodeCpuMs(), await serverCpuMs(), performance.now()];
      await paymentTotals(db, filter);
      walls.push(performance.now() - t0);
      node += nodeCpuMs() - n0;
      server += (await serverCpuMs()) - s0;
    }
    const ms = (x: number) => `${Math.round(x)} ms`;
    console.log(`| ${name} | ${ms(median(walls))} | ${ms(node / rounds)} | ${ms(server / rounds)} |`);
  }
} finally {
  await db.destroy();
}

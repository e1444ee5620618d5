import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/simulation/cli';
import type { SimulationSummary } from '../../src/simulation/results/summary';
import recorded from '../fixtures/simulation/two-weeks-seed-3.json';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hcfl-compare-parallel-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const POLICIES = {
  'today.json': { name: 'today' },
  'short-windows.json': {
    name: 'short windows',
    allocation: {
      standardWindowMinutes: 240,
      urgentWindowMinutes: 60,
      specialistRoundOrder: ['specialists', 'primes', 'supplementaries'],
    },
    ratesPence: { rural: 2500 },
    handBack: { rebrokerLeadDays: 7, shortNoticeShare: 0.5 },
  },
  'longer-windows.json': { name: 'longer windows', allocation: { standardWindowMinutes: 2880 } },
};
const files = Object.entries(POLICIES).map(([file, policy]) => {
  fs.writeFileSync(path.join(dir, file), JSON.stringify(policy));
  return path.join(dir, file);
});

/** Two weeks at a light demand (1,500 requests a year), three policies; the printed lines without timings or the directory. */
async function compare(out: string, processes: number): Promise<string[]> {
  const lines: string[] = [];
  const io = { log: (l: string) => lines.push(l), error: (l: string) => lines.push(l) };
  const argv = ['--weeks', '2', '--seed', '3', '--packages-per-year', '1500', '--out', out, '--quiet'];
  expect(await main([...argv, '--compare', ...files], io, { processes })).toBe(0);
  return lines.map((l) =>
    l
      .replace(/simulated in [\d.]+ s/, 'simulated in … s')
      .replaceAll(path.relative(process.cwd(), out), 'OUT'),
  );
}

const read = (file: string) => fs.readFileSync(file, 'utf8');

describe('npm run simulate -- --compare a.json b.json c.json', () => {
  it('gives the same table and files with the policies in parallel processes as one after another, and the same runs as before the parallel compare', async () => {
    const inTurn = path.join(dir, 'in-turn');
    const parallel = path.join(dir, 'parallel');
    const printedInTurn = await compare(inTurn, 1);
    const printedParallel = await compare(parallel, 2);

    expect(printedParallel).toEqual(printedInTurn);
    for (const file of ['compare.json', 'compare.csv', 'compare.md', 'compare-waiting-hours.svg'])
      expect(read(path.join(parallel, file)), file).toBe(read(path.join(inTurn, file)));
    for (const run of ['today', 'short-windows', 'longer-windows'])
      for (const file of ['summary.json', 'provider-kpis.json', 'scores.json', 'coverage-report.json'])
        expect(read(path.join(parallel, run, file)), `${run}/${file}`).toBe(
          read(path.join(inTurn, run, file)),
        );

    // Every measure compares the three policies, each against the first.
    const table = printedParallel.join('\n');
    expect(table).toMatch(/Measure\s+Unit\s+today\s+short windows\s+longer windows\s+B − A\s+C − A\s+Better/);
    const comparisons = JSON.parse(read(path.join(parallel, 'compare.json'))) as { a: string; b: string }[];
    expect(comparisons.map((c) => [c.a, c.b])).toEqual([
      ['today', 'short windows'],
      ['today', 'longer windows'],
    ]);
    expect(read(path.join(parallel, 'compare.csv')).split('\r\n')[0]).toContain(
      'difference_b_minus_a,difference_c_minus_a,better',
    );

    // The runs themselves are those the simulator gave for the same seed before this change.
    for (const [run, name] of [
      ['today', 'today'],
      ['short-windows', 'short windows'],
    ] as const) {
      const summary = JSON.parse(read(path.join(parallel, run, 'summary.json'))) as SimulationSummary;
      expect(summary, run).toEqual(recorded.summaries[name]);
    }
  }, 240_000);
});

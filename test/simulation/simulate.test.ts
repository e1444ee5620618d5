import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/simulation/cli';
import type { SimulationSummary } from '../../src/simulation/results/summary';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hcfl-simulation-test-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function capture() {
  const lines: string[] = [];
  return { lines, io: { log: (l: string) => lines.push(l), error: (l: string) => lines.push(l) } };
}

const RUN_FILES = [
  'summary.json',
  'calibration.json',
  'coverage-report.json',
  'coverage-report.csv',
  'provider-kpis.json',
  'provider-kpis.csv',
  'scores.json',
  'scores.csv',
  'pickup.csv',
  'timeline.csv',
  'offers-by-band.csv',
  'cost-by-band.csv',
  'needs-and-hand-backs.csv',
  'calibration.csv',
  'policy.json',
  'unplaced-hours.svg',
  'hours-in-care.svg',
  'pickup-by-band.svg',
  'pickup-by-zone.svg',
  'weekly-cost.svg',
];

describe('npm run simulate', () => {
  it('refuses bad arguments and bad policy files with a usage message', async () => {
    const bad = capture();
    expect(await main(['--weeks', '0', '--out', dir], bad.io)).toBe(2);
    expect(bad.lines.join('\n')).toMatch(/--weeks/);
    const policy = path.join(dir, 'bad.json');
    fs.writeFileSync(policy, JSON.stringify({ allocation: { standardWindowMinutes: -5 } }));
    const worse = capture();
    expect(await main(['--out', dir, '--policy', policy], worse.io)).toBe(2);
    expect(worse.lines.join('\n')).toMatch(/allocation\.standardWindowMinutes/);
  });

  it('runs two policies on the same two weeks of demand through a fresh database and writes JSON, CSV, SVG and a side-by-side diff', async () => {
    const a = path.join(dir, 'today.json');
    const b = path.join(dir, 'short-windows.json');
    fs.writeFileSync(a, JSON.stringify({ name: 'today' }));
    fs.writeFileSync(
      b,
      JSON.stringify({
        name: 'short windows',
        allocation: {
          standardWindowMinutes: 240,
          urgentWindowMinutes: 60,
          specialistRoundOrder: ['specialists', 'primes', 'supplementaries'],
        },
        ratesPence: { rural: 2500 },
        handBack: { rebrokerLeadDays: 7, shortNoticeShare: 0.5 },
      }),
    );
    const out = path.join(dir, 'out');
    const { lines, io } = capture();
    // Two weeks at a lighter demand than the county's (1,500 requests a year) keep the test quick;
    // the year at full scale runs in bench/simulation.ts. One policy after the other, in this
    // process: compare-parallel.test.ts proves the child processes give the same files.
    expect(
      await main(
        [
          '--weeks',
          '2',
          '--seed',
          '3',
          '--packages-per-year',
          '1500',
          '--out',
          out,
          '--compare',
          a,
          b,
          '--quiet',
        ],
        io,
        { processes: 1 },
      ),
    ).toBe(0);

    for (const run of ['today', 'short-windows']) {
      for (const file of RUN_FILES)
        expect(fs.existsSync(path.join(out, run, file)), `${run}/${file}`).toBe(true);
      const svg = fs.readFileSync(path.join(out, run, 'unplaced-hours.svg'), 'utf8');
      expect(svg.startsWith('<svg')).toBe(true);
      expect(fs.readFileSync(path.join(out, run, 'pickup.csv'), 'utf8').split('\n')[0]).toContain(
        'median_hours',
      );
      // Every CSV the run writes follows the reports' convention: BOM, CRLF, a header row.
      for (const file of RUN_FILES.filter((f) => f.endsWith('.csv'))) {
        const csv = fs.readFileSync(path.join(out, run, file), 'utf8');
        expect(csv.startsWith('\uFEFF'), file).toBe(true);
        expect(csv, file).toContain('\r\n');
      }
    }
    const today = JSON.parse(
      fs.readFileSync(path.join(out, 'today', 'summary.json'), 'utf8'),
    ) as SimulationSummary;
    const short = JSON.parse(
      fs.readFileSync(path.join(out, 'short-windows', 'summary.json'), 'utf8'),
    ) as SimulationSummary;
    // The same demand went through both runs; the engine placed most of it and ran the nightly jobs.
    expect(short.counters.intakes).toBe(today.counters.intakes);
    expect(today.counters.intakes).toBeGreaterThan(30);
    expect(today.pickUp.all.awards).toBeGreaterThan(today.counters.intakes * 0.8);
    expect(today.counters.scoreRuns).toBe(14);
    expect(today.timeline).toHaveLength(15);
    expect(today.cost.spendPence).toBeGreaterThan(0);
    expect(today.hours.atEnd.inCare).toBeGreaterThan(15_000);
    const coverage = JSON.parse(fs.readFileSync(path.join(out, 'today', 'coverage-report.json'), 'utf8')) as {
      zones: unknown[];
    };
    expect(coverage.zones).toHaveLength(14);
    const policy = JSON.parse(fs.readFileSync(path.join(out, 'short-windows', 'policy.json'), 'utf8'));
    expect(policy.allocation.standardWindowMinutes).toBe(240);
    expect(policy.ratesPence.rural).toBe(2500);
    expect(policy.allocation.roundOrder.specialist).toEqual(['specialists', 'primes', 'supplementaries']);
    expect(policy.allocation.handBack.rebrokerLeadDays).toBe(7);
    expect(policy.handBacks.shortNoticeShare).toBe(0.5);
    expect(today.needsAndHandBacks.specialist.episodes).toBeGreaterThan(0);
    expect(today.needsAndHandBacks.referralToPlacement.discharge.placed).toBeGreaterThan(0);

    for (const file of [
      'compare.json',
      'compare.csv',
      'compare.md',
      'compare-waiting-hours.svg',
      'compare-pickup-by-band.svg',
    ]) {
      expect(fs.existsSync(path.join(out, file)), file).toBe(true);
    }
    const printed = lines.join('\n');
    expect(printed).toMatch(/Measure\s+Unit\s+today\s+short windows\s+B − A/);
    expect(printed).toContain('Pick-up, median');
    const comparison = JSON.parse(fs.readFileSync(path.join(out, 'compare.json'), 'utf8'));
    expect(comparison.a).toBe('today');
    expect(comparison.b).toBe('short windows');
    const requested = comparison.rows.find((r: { metric: string }) => r.metric === 'Packages requested');
    expect(requested.difference).toBe(0);
    const measures = comparison.rows.map((r: { metric: string }) => r.metric);
    for (const metric of [
      'Specialist packages placed',
      'Specialist awards, specialist list',
      'D2A referral to placement, median',
      'Hand-backs with short notice',
      'Hand-backs re-placed by the notice date',
      'Re-placed with a provider caring nearby',
    ])
      expect(measures, metric).toContain(metric);
  }, 90_000);
});

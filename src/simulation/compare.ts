/**
 * Two policies run on the same demand, side by side: the headline figures of each run and the
 * difference, as a table for the terminal, CSV and JSON, and charts overlaying the two runs.
 */
import { BANDS } from '../pricing/bands';
import { formatPounds } from '../pricing/money';
import { groupedBarSpec, lineChartSpec, type SeriesPoint } from '../charts/vega';
import type { SimulationSummary } from './results/summary';
import type { Row } from './results/tables';
import { NEEDS_AND_HAND_BACK_METRICS } from './compare-needs';

type Better = 'lower' | 'higher' | null;

export interface Metric {
  label: string;
  unit: string;
  better: Better;
  value: (s: SimulationSummary) => number | null;
}

const pounds = (pence: number) => Math.round(pence) / 100;

/** The figures compared, in the order printed. */
export const METRICS: readonly Metric[] = [
  { label: 'Packages requested', unit: 'packages', better: null, value: (s) => s.counters.intakes },
  { label: 'Episodes awarded', unit: 'awards', better: 'higher', value: (s) => s.pickUp.all.awards },
  { label: 'Episodes never placed', unit: 'episodes', better: 'lower', value: (s) => s.pickUp.all.notPlaced },
  { label: 'Pick-up, median', unit: 'hours', better: 'lower', value: (s) => s.pickUp.all.medianHours },
  { label: 'Pick-up, 90th percentile', unit: 'hours', better: 'lower', value: (s) => s.pickUp.all.p90Hours },
  {
    label: 'Picked up within target',
    unit: '%',
    better: 'higher',
    value: (s) => s.pickUp.all.withinTargetPct,
  },
  ...BANDS.map((b): Metric => ({
    label: `Pick-up median, ${b}`,
    unit: 'hours',
    better: 'lower',
    value: (s) => s.pickUp.byBand[b].medianHours,
  })),
  ...BANDS.map((b): Metric => ({
    label: `Offers accepted, ${b}`,
    unit: '% of answered',
    better: 'higher',
    value: (s) => s.offers.byBand[b].acceptedPct,
  })),
  { label: 'Awards won by primes', unit: '%', better: 'higher', value: (s) => primeShare(s) },
  { label: 'Waiting hours, mean', unit: 'h/week', better: 'lower', value: (s) => s.waiting.meanWaitingHours },
  {
    label: 'Unplaced hours, mean',
    unit: 'h/week',
    better: 'lower',
    value: (s) => s.waiting.meanUnplacedHours,
  },
  {
    label: 'Unplaced hours, peak',
    unit: 'h/week',
    better: 'lower',
    value: (s) => s.waiting.maxUnplacedHours,
  },
  {
    label: 'Cancelled (ended before or while waiting)',
    unit: 'packages',
    better: 'lower',
    value: (s) => s.counters.cancelled,
  },
  { label: 'Hand-backs', unit: 'packages', better: 'lower', value: (s) => s.counters.handBacks },
  ...NEEDS_AND_HAND_BACK_METRICS,
  { label: 'Offers sent', unit: 'offers', better: null, value: (s) => s.counters.offersSeen },
  { label: 'Widened searches', unit: 'rounds', better: 'lower', value: (s) => s.counters.widened },
  { label: 'Hours in care at end', unit: 'h/week', better: null, value: (s) => s.hours.atEnd.inCare },
  {
    label: 'Spend on framework placements',
    unit: '£',
    better: 'lower',
    value: (s) => pounds(s.cost.spendPence),
  },
  {
    label: 'Weekly cost at end',
    unit: '£/week',
    better: 'lower',
    value: (s) => pounds(s.cost.weeklyPenceAtEnd),
  },
  {
    label: 'Average rate at end',
    unit: '£/h',
    better: null,
    value: (s) =>
      s.cost.averageHourlyRatePenceAtEnd === null ? null : pounds(s.cost.averageHourlyRatePenceAtEnd),
  },
];

function primeShare(s: SimulationSummary): number | null {
  const total = Object.values(s.pickUp.byRound).reduce((a, b) => a + b, 0);
  return total > 0 ? Math.round((1000 * (s.pickUp.byRound.primes ?? 0)) / total) / 10 : null;
}

export interface ComparisonRow {
  metric: string;
  unit: string;
  a: number | null;
  b: number | null;
  difference: number | null;
  /** Which run does better on this figure, when there is a better direction and a difference. */
  better: 'a' | 'b' | null;
}

export interface Comparison {
  a: string;
  b: string;
  seed: number;
  period: SimulationSummary['period'];
  rows: ComparisonRow[];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export function compareSummaries(a: SimulationSummary, b: SimulationSummary): Comparison {
  const rows = METRICS.map((m): ComparisonRow => {
    const va = m.value(a);
    const vb = m.value(b);
    const difference = va === null || vb === null ? null : round2(vb - va);
    const better =
      !m.better || difference === null || difference === 0
        ? null
        : difference < 0 === (m.better === 'lower')
          ? 'b'
          : 'a';
    return { metric: m.label, unit: m.unit, a: va, b: vb, difference, better };
  });
  return { a: a.policy, b: b.policy, seed: a.seed, period: a.period, rows };
}

const show = (x: number | null, unit: string) =>
  x === null
    ? '–'
    : unit.startsWith('£')
      ? formatPounds(Math.round(x * 100))
      : x.toLocaleString('en-GB', { maximumFractionDigits: 1 });

/** The comparison as an aligned text table for the terminal (and a Markdown table, same columns). */
export function formatComparison(c: Comparison, markdown = false): string {
  const head = ['Measure', 'Unit', c.a, c.b, 'B − A', 'Better'];
  const body = c.rows.map((r) => [
    r.metric,
    r.unit,
    show(r.a, r.unit),
    show(r.b, r.unit),
    r.difference === null ? '–' : `${r.difference > 0 ? '+' : ''}${show(r.difference, r.unit)}`,
    r.better === null ? '' : r.better === 'a' ? c.a : c.b,
  ]);
  if (markdown) {
    const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
    return [line(head), line(head.map(() => '---')), ...body.map(line)].join('\n');
  }
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i >= 2 && i <= 4 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ');
  return [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

export function comparisonRows(c: Comparison): Row[] {
  return c.rows.map((r) => ({
    metric: r.metric,
    unit: r.unit,
    [c.a]: r.a,
    [c.b]: r.b,
    difference_b_minus_a: r.difference,
    better: r.better === null ? null : r.better === 'a' ? c.a : c.b,
  }));
}

/** Charts overlaying the two runs. */
export function comparisonCharts(a: SimulationSummary, b: SimulationSummary): Record<string, object> {
  const subtitle = `${a.policy} vs ${b.policy} · same demand, seed ${a.seed} · ${a.period.from} to ${a.period.to}`;
  const unplaced: SeriesPoint[] = [a, b].flatMap((s) =>
    s.timeline.map((t) => ({ date: t.date, series: s.policy, value: t.waitingHours })),
  );
  const bars = [a, b].flatMap((s) =>
    BANDS.map((band) => ({
      category: band,
      series: s.policy,
      value: s.pickUp.byBand[band].medianHours ?? 0,
    })),
  );
  return {
    'compare-waiting-hours.svg': lineChartSpec({
      title: 'Weekly hours waiting for a provider',
      subtitle,
      yTitle: 'Weekly hours',
      points: unplaced,
    }),
    'compare-pickup-by-band.svg': groupedBarSpec({
      title: 'Median pick-up time by band',
      subtitle,
      yTitle: 'Hours',
      categories: [...BANDS],
      data: bars,
    }),
  };
}

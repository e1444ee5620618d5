/**
 * Policies run on the same demand, side by side: the headline figures of each run and each one's
 * difference from the first, as a table for the terminal, CSV and JSON, and charts overlaying the runs.
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

/** The first policy against each of the others (one comparison for two policies). */
export function compareAll(summaries: readonly SimulationSummary[]): Comparison[] {
  const [first, ...others] = summaries;
  return others.map((other) => compareSummaries(first!, other));
}

/** Policy letters in the tables' headings: A is the first policy, every difference is from it. */
export const policyLetter = (i: number) => String.fromCharCode(65 + i);

/** The policies a comparison's columns show: the first, then each one compared with it. */
const policiesOf = (list: readonly Comparison[]) => [list[0]!.a, ...list.map((c) => c.b)];

/**
 * Which policies do best on a row: for two, the pair's own verdict; for more, every policy with the
 * best value, when the values differ.
 */
function bestOf(list: readonly Comparison[], row: number): string | null {
  if (list.length === 1) {
    const r = list[0]!.rows[row]!;
    return r.better === null ? null : r.better === 'a' ? list[0]!.a : list[0]!.b;
  }
  const direction = METRICS[row]!.better;
  const values = [list[0]!.rows[row]!.a, ...list.map((c) => c.rows[row]!.b)];
  const known = values.filter((v): v is number => v !== null);
  if (!direction || known.length < 2 || known.every((v) => v === known[0])) return null;
  const best = direction === 'lower' ? Math.min(...known) : Math.max(...known);
  return policiesOf(list)
    .filter((_, i) => values[i] === best)
    .join(', ');
}

/**
 * The comparisons as one aligned text table for the terminal (and a Markdown table, same columns):
 * every policy's figure, each one's difference from the first, and which does best.
 */
export function formatComparison(list: readonly Comparison[], markdown = false): string {
  const head = [
    'Measure',
    'Unit',
    ...policiesOf(list),
    ...list.map((_, i) => `${policyLetter(i + 1)} − A`),
    'Better',
  ];
  const body = list[0]!.rows.map((first, row) => [
    first.metric,
    first.unit,
    show(first.a, first.unit),
    ...list.map((c) => show(c.rows[row]!.b, first.unit)),
    ...list.map(({ rows: { [row]: r } }) =>
      r!.difference === null ? '–' : `${r!.difference > 0 ? '+' : ''}${show(r!.difference, first.unit)}`,
    ),
    bestOf(list, row) ?? '',
  ]);
  if (markdown) {
    const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
    return [line(head), line(head.map(() => '---')), ...body.map(line)].join('\n');
  }
  const numeric = (i: number) => i >= 2 && i < head.length - 1;
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (numeric(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

export function comparisonRows(list: readonly Comparison[]): Row[] {
  return list[0]!.rows.map((first, row) => ({
    metric: first.metric,
    unit: first.unit,
    [list[0]!.a]: first.a,
    ...Object.fromEntries(list.map((c) => [c.b, c.rows[row]!.b])),
    ...Object.fromEntries(
      list.map((c, i) => [
        `difference_${policyLetter(i + 1).toLowerCase()}_minus_a`,
        c.rows[row]!.difference,
      ]),
    ),
    better: bestOf(list, row),
  }));
}

/** Charts overlaying the runs. */
export function comparisonCharts(runs: readonly SimulationSummary[]): Record<string, object> {
  const first = runs[0]!;
  const subtitle = `${runs.map((s) => s.policy).join(' vs ')} · same demand, seed ${first.seed} · ${first.period.from} to ${first.period.to}`;
  const unplaced: SeriesPoint[] = runs.flatMap((s) =>
    s.timeline.map((t) => ({ date: t.date, series: s.policy, value: t.waitingHours })),
  );
  const bars = runs.flatMap((s) =>
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

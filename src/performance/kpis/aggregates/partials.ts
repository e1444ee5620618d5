/**
 * A group's mergeable KPI partial: what the daily aggregates store and what a period's KPIs are
 * assembled from (docs/quality-score.md "Aggregates"). Counts add; reasons add; durations are kept
 * as a fixed histogram whose buckets add (each with its count, least and greatest value), so that a
 * period is a `sum … group by` in SQL and no row is merged one by one in JavaScript.
 */
import { HISTOGRAM } from './histogram';

export const COUNT_COLUMNS = [
  'received',
  'decided',
  'responded',
  'accepted',
  'quick',
  'expired',
  'declined',
  'awarded',
  'within_target',
  'started',
  'judged',
  'on_time',
  'hand_backs',
  'hand_back_minutes',
  'without_notice',
] as const;
export type CountColumn = (typeof COUNT_COLUMNS)[number];

/** The durations kept as histograms: answer time and pick-up in ms, award → start in whole days. */
export type Metric = keyof typeof HISTOGRAM;
export type ReasonKind = 'decline' | 'hand_back';

export interface BucketCell {
  n: number;
  min: number;
  max: number;
}

export interface KpiPartial {
  counts: Record<CountColumn, number>;
  /** `${kind}|${reason}` → count and weekly minutes (hand-backs). */
  reasons: Map<string, { n: number; minutes: number }>;
  /** `${metric}|${bucket}` → the bucket's cell. */
  buckets: Map<string, BucketCell>;
  /**
   * Set where the stored days answered: each metric's buckets summed over the period in SQL, in
   * bucket order (./store.ts), which the median and p90 read instead of `buckets`.
   */
  summed?: Map<Metric, BucketCell[]>;
  notes: string[];
}

export function emptyPartial(): KpiPartial {
  const counts = Object.fromEntries(COUNT_COLUMNS.map((c) => [c, 0])) as Record<CountColumn, number>;
  return { counts, reasons: new Map(), buckets: new Map(), notes: [] };
}

export function addReason(
  p: KpiPartial,
  kind: ReasonKind,
  reason: string,
  add: { n: number; minutes: number },
) {
  const key = `${kind}|${reason}`;
  const had = p.reasons.get(key);
  if (had) {
    had.n += add.n;
    had.minutes += add.minutes;
  } else p.reasons.set(key, { ...add });
}

export function addCell(p: KpiPartial, metric: Metric, bucket: number, cell: BucketCell) {
  const key = `${metric}|${bucket}`;
  const had = p.buckets.get(key);
  if (had) {
    had.n += cell.n;
    had.min = Math.min(had.min, cell.min);
    had.max = Math.max(had.max, cell.max);
  } else p.buckets.set(key, { ...cell });
}

/** Adds one observed duration to its bucket. */
export function addValue(p: KpiPartial, metric: Metric, value: number) {
  addCell(p, metric, HISTOGRAM[metric](value), { n: 1, min: value, max: value });
}

/** Adds `from` into `into` (for part-days read from the events beside the stored days). */
export function mergePartial(into: KpiPartial, from: KpiPartial) {
  for (const c of COUNT_COLUMNS) into.counts[c] += from.counts[c];
  for (const [key, r] of from.reasons) {
    const had = into.reasons.get(key);
    if (had) {
      had.n += r.n;
      had.minutes += r.minutes;
    } else into.reasons.set(key, { ...r });
  }
  for (const [key, cell] of from.buckets) {
    const [metric, bucket] = key.split('|') as [Metric, string];
    addCell(into, metric, Number(bucket), cell);
  }
  into.notes.push(...from.notes);
}

/** One metric's cells in bucket order (buckets are ordered as their values). */
export function cellsOf(p: KpiPartial, metric: Metric): BucketCell[] {
  const cells: [number, BucketCell][] = [];
  for (const [key, cell] of p.buckets) {
    const bar = key.indexOf('|');
    if (key.slice(0, bar) === metric) cells.push([Number(key.slice(bar + 1)), cell]);
  }
  return cells.sort((a, b) => a[0] - b[0]).map(([, cell]) => cell);
}

/**
 * The fixed histograms durations are kept in (docs/quality-score.md "How close the percentiles
 * are"), and percentiles read back from them.
 *
 * Durations in ms go into log-spaced buckets 1% wide: bucket b > 0 holds values in
 * [1.01^(b−1), 1.01^b). Each stored bucket keeps its count and its least and greatest value, so a
 * rank is read exactly when it is a bucket's first or last value (or the bucket holds one value,
 * or equal ones), and otherwise interpolated inside [least, greatest]: never further from the exact
 * value than the bucket is wide (1% of the value). Days from award to start are whole numbers and
 * get a bucket each, so they are exact.
 *
 * Example: msBucket(0) → 0; msBucket(1) → 1; msBucket(60_000) → 1107; msBucket(-60_000) → −1107
 */
import type { BucketCell } from './partials';

const LOG_GROWTH = Math.log(1.01);

export function msBucket(ms: number): number {
  if (ms === 0) return 0;
  const magnitude = Math.floor(Math.log(Math.abs(ms)) / LOG_GROWTH) + 1;
  return ms > 0 ? magnitude : -magnitude;
}

/** Whole days are their own bucket. */
export const dayBucket = (days: number) => Math.round(days);

export const HISTOGRAM = {
  response_ms: msBucket,
  pick_up_ms: msBucket,
  start_days: dayBucket,
} as const;

/**
 * The percentile (0–1) of the values in `cells` (in bucket order), interpolated between closest
 * ranks as `percentile_cont` does (./../percentiles.ts), each rank's value read from its bucket.
 *
 * Example: cells [{n:1,min:10,max:10},{n:1,min:20,max:20},{n:2,min:30,max:40}], 0.5 → 25
 */
export function cellPercentile(cells: readonly BucketCell[], fraction: number): number | null {
  const total = cells.reduce((sum, c) => sum + c.n, 0);
  if (total === 0) return null;
  const position = fraction * (total - 1);
  const lower = Math.floor(position);
  const low = valueAtRank(cells, lower);
  const upper = Math.ceil(position);
  if (upper === lower) return low;
  return low + (valueAtRank(cells, upper) - low) * (position - lower);
}

/** The value of rank `rank` (0-based, ascending): exact at a bucket's ends, linear inside it. */
function valueAtRank(cells: readonly BucketCell[], rank: number): number {
  let before = 0;
  for (const cell of cells) {
    if (rank < before + cell.n) return valueInCell(cell, rank - before);
    before += cell.n;
  }
  return cells[cells.length - 1]!.max;
}

/** The index-th value (0-based) of a bucket: exact at its ends, linear between them. */
function valueInCell(cell: BucketCell, index: number): number {
  if (cell.n === 1 || index === 0) return cell.min;
  if (index === cell.n - 1) return cell.max;
  return cell.min + ((cell.max - cell.min) * index) / (cell.n - 1);
}

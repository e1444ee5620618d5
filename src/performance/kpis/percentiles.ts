/**
 * Continuous percentile by linear interpolation between closest ranks, exactly as PostgreSQL's
 * percentile_cont, so that a KPI is the same whichever engine computed it.
 *
 * Example: percentile([10, 20, 30, 40], 0.5) → 25; percentile([10, 20, 30, 40], 0.9) → 37; percentile([], 0.5) → null
 */
export function percentile(values: readonly number[], fraction: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return percentileOfSorted(sorted, fraction);
}

/** As `percentile`, for values already in ascending order (no copy, no sort). */
export function percentileOfSorted(sorted: readonly number[], fraction: number): number | null {
  if (!(fraction >= 0 && fraction <= 1)) throw new RangeError(`fraction must be 0–1, got ${fraction}`);
  if (sorted.length === 0) return null;
  const position = fraction * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower]!;
  return low + (sorted[upper]! - low) * (position - lower);
}

/** Median and 90th percentile, the pair every duration KPI reports. */
export function medianAndP90(values: readonly number[]): { median: number | null; p90: number | null } {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: percentileOfSorted(sorted, 0.5), p90: percentileOfSorted(sorted, 0.9) };
}

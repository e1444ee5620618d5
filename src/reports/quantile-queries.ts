/**
 * Median and 90th percentile of one numeric SQL expression for several groupings of the same rows
 * at once (e.g. per zone × urgency, per zone, per urgency and county-wide). Where the engine has
 * percentile_cont (src/db/dialect.ts `percentileSql`), one grouped query per grouping; else one
 * query fetching the value column (with the grouping keys) in ascending order, so every group's
 * values arrive already sorted and src/performance/percentiles.ts interpolates them the same way.
 */
import type { Knex } from 'knex';
import { percentileSql } from '../db/dialect';
import { percentileOfSorted } from '../performance/percentiles';

export interface Quantiles {
  median: number | null;
  p90: number | null;
}

export const NO_QUANTILES: Quantiles = { median: null, p90: null };

/** A group's key: its key columns' values joined with '|' ('' for the ungrouped total). */
export function groupKey(values: readonly unknown[]): string {
  return values.map(String).join('|');
}

export async function groupedQuantiles<G extends string>(
  db: Knex,
  base: () => Knex.QueryBuilder,
  value: string,
  columns: Record<string, string>,
  groupings: Record<G, readonly string[]>,
): Promise<Record<G, Map<string, Quantiles>>> {
  const names = Object.keys(groupings) as G[];
  const out = Object.fromEntries(names.map((g) => [g, new Map<string, Quantiles>()])) as Record<G, Map<string, Quantiles>>;
  const median = percentileSql(db, 0.5, value);
  const p90 = percentileSql(db, 0.9, value);
  if (median !== null && p90 !== null) {
    await Promise.all(
      names.map(async (g) => {
        const keys = groupings[g];
        const q = base().select(db.raw(`${median} as median`), db.raw(`${p90} as p90`));
        for (const k of keys) q.select(`${columns[k]} as ${k}`).groupBy(columns[k]!);
        const rows: Record<string, unknown>[] = await q;
        for (const r of rows) {
          out[g].set(groupKey(keys.map((k) => r[k])), { median: Number(r.median), p90: Number(r.p90) });
        }
      }),
    );
    return out;
  }
  const used = [...new Set(names.flatMap((g) => groupings[g]))];
  const rows: Record<string, unknown>[] = await base()
    .select(...used.map((k) => `${columns[k]} as ${k}`), db.raw(`${value} as v`))
    .orderBy('v');
  const values = names.map(() => new Map<string, number[]>());
  for (const r of rows) {
    const v = Number(r.v);
    names.forEach((g, i) => {
      const key = groupKey(groupings[g].map((k) => r[k]));
      const list = values[i]!.get(key);
      if (list) list.push(v);
      else values[i]!.set(key, [v]);
    });
  }
  names.forEach((g, i) => {
    for (const [key, sorted] of values[i]!) {
      out[g].set(key, { median: percentileOfSorted(sorted, 0.5), p90: percentileOfSorted(sorted, 0.9) });
    }
  });
  return out;
}

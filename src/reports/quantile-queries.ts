/**
 * A grouped aggregate together with the median and 90th percentile of one numeric expression over
 * the same rows, for several groupings at once (e.g. per zone × urgency, per zone, per urgency,
 * county-wide). Where the engine has percentile_cont (src/db/dialect.ts `percentileSql`), one
 * grouped query per grouping. Else only the numeric column is fetched, ordered by the finest
 * grouping's keys and then by value, in the same transaction as the aggregate, whose row counts
 * (ordered by the same keys) cut it into each group's sorted slice; src/performance/kpis/percentiles.ts
 * then interpolates exactly as percentile_cont would. Coarser groups merge their slices.
 */
import type { Knex } from 'knex';
import type { Queryable } from '../db/connect';
import { percentileSql } from '../db/dialect';
import { percentileOfSorted } from '../performance/kpis/percentiles';

export interface Quantiles {
  median: number | null;
  p90: number | null;
}

export const NO_QUANTILES: Quantiles = { median: null, p90: null };

export type Row = Record<string, unknown>;

/** A group's key: its key columns' values joined with '|' ('' for the ungrouped total). */
export function groupKey(values: readonly unknown[]): string {
  return values.map(String).join('|');
}

export interface QuantileSpec<G extends string> {
  /** The rows, read from the given connection or transaction. */
  base: (q: Queryable) => Knex.QueryBuilder;
  /** The finest grouping: alias → SQL column, in order, e.g. { zone: 'p.zone_id', urgency: 'p.urgency' }. */
  keys: Record<string, string>;
  /** Adds the aggregate's columns (and any further group-by columns) to `base` grouped by `keys`; it must select `count(*) as n`. */
  aggregate: (q: Knex.QueryBuilder) => Knex.QueryBuilder;
  /** The numeric SQL expression whose quantiles are wanted (trusted SQL). */
  value: string;
  /** Each grouping's aliases, a prefix-free subset of `keys` in the same order ([] = all rows). */
  groupings: Record<G, readonly string[]>;
}

export async function aggregateWithQuantiles<G extends string>(
  db: Knex,
  spec: QuantileSpec<G>,
): Promise<{ rows: Row[]; quantiles: Record<G, Map<string, Quantiles>> }> {
  const names = Object.keys(spec.groupings) as G[];
  const aliases = Object.keys(spec.keys);
  const columns = aliases.map((k) => spec.keys[k]!);
  const quantiles = Object.fromEntries(names.map((g) => [g, new Map<string, Quantiles>()])) as Record<
    G,
    Map<string, Quantiles>
  >;
  const aggregate = (q: Queryable) =>
    spec
      .aggregate(spec.base(q).select(...aliases.map((k) => `${spec.keys[k]} as ${k}`)))
      .groupBy(columns)
      .orderBy(columns) as Promise<Row[]>;
  const median = percentileSql(db, 0.5, spec.value);
  const p90 = percentileSql(db, 0.9, spec.value);
  if (median !== null && p90 !== null) {
    const [rows] = await Promise.all([
      aggregate(db),
      ...names.map(async (g) => {
        const keys = spec.groupings[g];
        const q = spec.base(db).select(db.raw(`${median} as median`), db.raw(`${p90} as p90`));
        for (const k of keys) q.select(`${spec.keys[k]} as ${k}`).groupBy(spec.keys[k]!);
        for (const r of (await q) as Row[]) {
          quantiles[g].set(groupKey(keys.map((k) => r[k])), { median: Number(r.median), p90: Number(r.p90) });
        }
      }),
    ]);
    return { rows, quantiles };
  }
  const [rows, values] = await db.transaction(async (trx) => {
    const aggregated = await aggregate(trx);
    const fetched: { v: unknown }[] = await spec
      .base(trx)
      .select(db.raw(`${spec.value} as v`))
      .orderBy(columns)
      .orderByRaw(spec.value);
    return [aggregated, fetched] as const;
  });
  // Consecutive aggregate rows with the same keys are one finest group; its values are one sorted slice.
  const slices = names.map(() => new Map<string, number[][]>());
  let offset = 0;
  for (let i = 0; i < rows.length;) {
    const key = groupKey(aliases.map((k) => rows[i]![k]));
    let count = 0;
    const first = rows[i]!;
    for (; i < rows.length && groupKey(aliases.map((k) => rows[i]![k])) === key; i += 1)
      count += Number(rows[i]!.n);
    const slice = values.slice(offset, offset + count).map((r) => Number(r.v));
    offset += count;
    names.forEach((g, n) => {
      const groupingKey = groupKey(spec.groupings[g].map((k) => first[k]));
      const list = slices[n]!.get(groupingKey);
      if (list) list.push(slice);
      else slices[n]!.set(groupingKey, [slice]);
    });
  }
  if (offset !== values.length)
    throw new Error(`quantiles: ${values.length} values for ${offset} counted rows`);
  names.forEach((g, n) => {
    for (const [key, parts] of slices[n]!) {
      // One slice is sorted already; the union of several is sorted numerically.
      const sorted = parts.length === 1 ? parts[0]! : Array.from(Float64Array.from(parts.flat()).sort());
      quantiles[g].set(key, {
        median: percentileOfSorted(sorted, 0.5),
        p90: percentileOfSorted(sorted, 0.9),
      });
    }
  });
  return { rows, quantiles };
}

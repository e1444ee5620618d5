/**
 * A grouped aggregate together with the median and 90th percentile of one numeric expression over
 * the same rows, for several groupings at once (e.g. per zone × urgency, per zone, per urgency,
 * county-wide). Where the engine has percentile_cont (src/db/dialect.ts `percentileSql`), one
 * query with a grouping set per grouping, and one more for the aggregate rows (a second statement
 * scanned the same rows again: 0.5–0.6 s of PostgreSQL's CPU per read at 100× history). Else each
 * aggregate row also carries its values, sorted, as one text (one statement, not a fetched row per
 * value: 49,000 row objects cost the report ~100 ms at 10×);
 * the rows ordered by the finest grouping's keys give each finest group its sorted values, and
 * src/performance/kpis/percentiles.ts interpolates exactly as percentile_cont would. Coarser groups
 * merge their lists.
 */
import type { Knex } from 'knex';
import type { Queryable } from '../db/connect';
import { percentileSql, withPlainPlans } from '../db/dialect';
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
  /** Further columns the aggregate rows (not the quantiles) are grouped by: alias → SQL column. */
  by?: Record<string, string>;
  /** Adds the aggregate's columns to `base` grouped by `keys` and `by`; it must select `count(*) as n`. */
  aggregate: (q: Knex.QueryBuilder) => Knex.QueryBuilder;
  /** The numeric SQL expression whose quantiles are wanted (trusted SQL). */
  value: string;
  /** Each grouping's aliases, a prefix-free subset of `keys` in the same order ([] = all rows). */
  groupings: Record<G, readonly string[]>;
}

/** The column that carries an aggregate row's values on SQLite. */
const VALUES = 'quantile_values';

/** Sorted lists' values in one sorted list (numerically). */
function sortedUnion(parts: readonly number[][]): number[] {
  return Array.from(Float64Array.from(parts.flat()).sort());
}

type Result<G extends string> = { rows: Row[]; quantiles: Record<G, Map<string, Quantiles>> };

/** The base rows with their key and `by` columns selected under their aliases. */
function withKeys(spec: QuantileSpec<string>, q: Queryable): Knex.QueryBuilder {
  const all = { ...spec.keys, ...spec.by };
  return spec.base(q).select(...Object.entries(all).map(([alias, column]) => `${column} as ${alias}`));
}

/**
 * PostgreSQL: one scan for every grouping and the aggregate rows (grouping sets); grouping() tells
 * which set a row belongs to: a bit per key and `by` column, most significant first, set when the
 * column is not in the set. The aggregate rows are the set of every column (bits 0), which may also
 * be one of the groupings.
 */
async function inOneStatement<G extends string>(
  db: Knex,
  spec: QuantileSpec<G>,
  percentiles: { median: string; p90: string },
  quantiles: Record<G, Map<string, Quantiles>>,
): Promise<Result<G>> {
  const names = Object.keys(spec.groupings) as G[];
  const all = { ...spec.keys, ...spec.by };
  const allColumns = Object.values(all);
  const bitsOf = (keys: readonly string[]) =>
    Object.keys(all).reduce((bits, k) => bits * 2 + (keys.includes(k) ? 0 : 1), 0);
  const byBits = new Map(names.map((g) => [bitsOf(spec.groupings[g]), g]));
  const sets = names.map((g) => `(${spec.groupings[g].map((k) => spec.keys[k]).join(', ')})`);
  if (!byBits.has(0)) sets.push(`(${allColumns.join(', ')})`);
  // A scan of the period's rows: plain plans (withPlainPlans).
  const grouped: Row[] = await withPlainPlans(
    db,
    (db) =>
      spec
        .aggregate(withKeys(spec, db))
        .select(db.raw(`${percentiles.median} as median`), db.raw(`${percentiles.p90} as p90`))
        .select(db.raw(`grouping(${allColumns.join(', ')}) as grouping_bits`))
        .groupByRaw(`grouping sets (${sets.join(', ')})`)
        .orderBy(Object.values(spec.keys)) as Promise<Row[]>,
  );
  const rows: Row[] = [];
  for (const r of grouped) {
    const { median, p90, grouping_bits: bits, ...aggregateRow } = r;
    const g = byBits.get(Number(bits));
    if (g !== undefined)
      quantiles[g].set(groupKey(spec.groupings[g].map((k) => r[k])), {
        median: Number(median),
        p90: Number(p90),
      });
    if (Number(bits) === 0) rows.push(aggregateRow);
  }
  return { rows, quantiles };
}

export async function aggregateWithQuantiles<G extends string>(
  db: Knex,
  spec: QuantileSpec<G>,
): Promise<Result<G>> {
  const names = Object.keys(spec.groupings) as G[];
  const aliases = Object.keys(spec.keys);
  const columns = aliases.map((k) => spec.keys[k]!);
  const quantiles = Object.fromEntries(names.map((g) => [g, new Map<string, Quantiles>()])) as Record<
    G,
    Map<string, Quantiles>
  >;
  const median = percentileSql(db, 0.5, spec.value);
  const p90 = percentileSql(db, 0.9, spec.value);
  if (median !== null && p90 !== null) return inOneStatement(db, spec, { median, p90 }, quantiles);
  // SQLite: each aggregate row carries its values, sorted, as one text (group_concat with ORDER BY,
  // SQLite 3.44+), rather than a fetched row per value; the values are whole numbers (epoch-ms
  // differences), which the text holds exactly.
  const rows = (await spec
    .aggregate(withKeys(spec, db))
    .groupBy([...columns, ...Object.values(spec.by ?? {})])
    .orderBy(columns)
    .select(db.raw(`group_concat(${spec.value}, ',' order by ${spec.value}) as ${VALUES}`))) as Row[];
  // Consecutive aggregate rows with the same keys are one finest group; its values are their lists.
  const slices = names.map(() => new Map<string, number[][]>());
  for (let i = 0; i < rows.length;) {
    const key = groupKey(aliases.map((k) => rows[i]![k]));
    const first = rows[i]!;
    const parts: number[][] = [];
    for (; i < rows.length && groupKey(aliases.map((k) => rows[i]![k])) === key; i += 1) {
      parts.push(String(rows[i]![VALUES]).split(',').map(Number));
      delete rows[i]![VALUES];
    }
    const slice = parts.length === 1 ? parts[0]! : sortedUnion(parts);
    names.forEach((g, n) => {
      const groupingKey = groupKey(spec.groupings[g].map((k) => first[k]));
      const list = slices[n]!.get(groupingKey);
      if (list) list.push(slice);
      else slices[n]!.set(groupingKey, [slice]);
    });
  }
  names.forEach((g, n) => {
    for (const [key, parts] of slices[n]!) {
      const sorted = parts.length === 1 ? parts[0]! : sortedUnion(parts);
      quantiles[g].set(key, {
        median: percentileOfSorted(sorted, 0.5),
        p90: percentileOfSorted(sorted, 0.9),
      });
    }
  });
  return { rows, quantiles };
}

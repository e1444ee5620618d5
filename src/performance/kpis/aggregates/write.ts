/**
 * Writes recomputed days' rows, touching only those that changed. A nightly fold recomputes every
 * day an event touched — an award from months back whose package ended today, say — and most of
 * such a day's rows come out as they were: rewriting them all cost more than everything else the
 * fold does (docs/BENCHMARKS.md "Issue 22, third session").
 */
import type { Knex } from 'knex';

export const TABLES = ['kpi_day_counts', 'kpi_day_reasons', 'kpi_day_buckets', 'kpi_day_notes'] as const;
export type DayTable = (typeof TABLES)[number];
export type DayRows = Record<DayTable, Record<string, unknown>[]>;

const GROUP = ['day', 'provider_id', 'zone_id', 'band'];
/** The tables ./months.ts rolls up per month. */
const ROLLED_UP: ReadonlySet<DayTable> = new Set(['kpi_day_counts', 'kpi_day_reasons']);
/** Each table's primary key. */
const KEY: Record<DayTable, readonly string[]> = {
  kpi_day_counts: GROUP,
  kpi_day_reasons: [...GROUP, 'kind', 'reason'],
  kpi_day_buckets: [...GROUP, 'metric', 'bucket'],
  kpi_day_notes: [...GROUP, 'seq'],
};

/**
 * Rows per statement: under SQLite's 500 selects in a compound statement (knex writes a multi-row
 * insert as `select … union all select …`) and its 32,766 bound parameters (PostgreSQL's limit is higher).
 */
const MAX_ROWS = 500;
const MAX_PARAMETERS = 30_000;

export function emptyDayRows(): DayRows {
  return { kpi_day_counts: [], kpi_day_reasons: [], kpi_day_buckets: [], kpi_day_notes: [] };
}

/**
 * Makes the stored rows of `days` exactly `rows`: deletes the rows that went or changed, inserts the
 * new and changed. Returns the days whose counts or reasons changed (their months' roll-ups are
 * then stale: ./months.ts).
 */
export async function replaceDays(trx: Knex, days: readonly string[], rows: DayRows): Promise<Set<string>> {
  const changed = new Set<string>();
  for (const table of TABLES) {
    const keyOf = (r: Record<string, unknown>) => KEY[table].map((c) => String(r[c])).join('\u0000');
    const wanted = new Map(rows[table].map((r) => [keyOf(r), r]));
    const stale: (string | number)[][] = [];
    for (const stored of (await trx(table).whereIn('day', days)) as Record<string, unknown>[]) {
      const key = keyOf(stored);
      const row = wanted.get(key);
      // PostgreSQL returns bigint columns as strings: compare every value as text.
      if (row && Object.keys(row).every((c) => String(row[c]) === String(stored[c]))) wanted.delete(key);
      else stale.push(KEY[table].map((c) => stored[c] as string | number));
    }
    const keyChunk = Math.floor(MAX_PARAMETERS / KEY[table].length);
    for (let i = 0; i < stale.length; i += keyChunk) {
      await trx(table)
        .whereIn([...KEY[table]], stale.slice(i, i + keyChunk))
        .delete();
    }
    const fresh = [...wanted.values()];
    if (ROLLED_UP.has(table)) {
      for (const key of stale) changed.add(String(key[0]));
      for (const row of fresh) changed.add(String(row.day));
    }
    const columns = Object.keys(fresh[0] ?? { a: 1 }).length;
    const chunk = Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / columns));
    for (let i = 0; i < fresh.length; i += chunk) await trx(table).insert(fresh.slice(i, i + chunk));
  }
  return changed;
}

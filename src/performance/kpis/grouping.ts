/**
 * How the KPI queries group and filter each event source by provider, zone and band: the column
 * each dimension is read from, the alias it comes back under, and the key that joins one group's
 * rows from the different sources.
 */
import type { Knex } from 'knex';
import { londonDaySql } from '../../calendar/london-day';
import { addDays, londonMidnight } from '../../calendar/dates';
import type { Period } from '../../calendar/periods';
import type { KpiDimension, KpiGroup } from './kpis';

export interface KpiFilter {
  providerId?: number;
  zoneId?: string;
  band?: string;
  /** Only packages of this funding stream (offers through their package). */
  fundingStream?: string;
}

export type Source = 'offers' | 'episodes' | 'packages';

/** The column each dimension is read from in each event source. */
export const COLUMNS: Record<Source, Record<KpiDimension, string>> = {
  offers: { provider: 'o.provider_id', zone: 'o.zone_id', band: 'o.band' },
  episodes: { provider: 'e.awarded_provider_id', zone: 'p.zone_id', band: 'p.band' },
  packages: { provider: 'p.provider_id', zone: 'p.zone_id', band: 'p.band' },
};
export const ALIAS: Record<KpiDimension, string> = { provider: 'g_provider', zone: 'g_zone', band: 'g_band' };

export type Row = Record<string, unknown>;

/** The alias of an event's London day number, when a query is split by day (see `byDay`). */
export const DAY_ALIAS = 'g_day';

/** A query that may be split by the London day of each event (the aggregates' fold reads many days at once). */
export interface DaySplit {
  period: Period;
  byDay?: boolean;
  /**
   * Only the events of these London days (sorted), within the period: the days a fold recomputes,
   * read through the instant index as one range per run of consecutive days, so that days
   * scattered across a year cost what they hold, not the year between them.
   */
  onlyDays?: readonly string[];
}

/** Events whose `column` instant lies in the period (and on one of its `onlyDays`, when given). */
export function inPeriod(q: Knex.QueryBuilder, split: DaySplit, column: string) {
  const { period, onlyDays } = split;
  q.where(column, '>=', period.from).where(column, '<', Math.min(period.to, period.asOf));
  if (onlyDays === undefined) return q;
  return q.where((any) => {
    for (const run of consecutiveRuns(onlyDays)) {
      any.orWhere((one) =>
        one
          .where(column, '>=', londonMidnight(run.first))
          .where(column, '<', londonMidnight(addDays(run.last, 1))),
      );
    }
  });
}

function consecutiveRuns(days: readonly string[]): { first: string; last: string }[] {
  const runs: { first: string; last: string }[] = [];
  for (const day of days) {
    const run = runs.at(-1);
    if (run && addDays(run.last, 1) === day) run.last = day;
    else runs.push({ first: day, last: day });
  }
  return runs;
}

/**
 * With `byDay`, also selects the London day number of `column` (the event's own instant, as the
 * stored days are cut), and groups by it when the query is `grouped`; the key then leads with it.
 */
export function splitByDay(q: Knex.QueryBuilder, split: DaySplit, column: string, grouped = false) {
  if (split.byDay !== true) return q;
  const year = (ms: number) => new Date(ms).getUTCFullYear();
  // Whole days even where an instant is stored as a real (SQLite divides reals exactly).
  const day = `cast(${londonDaySql(column, year(split.period.from), year(split.period.to))} as bigint)`;
  q.select(q.client.raw(`${day} as ${DAY_ALIAS}`));
  return grouped ? q.groupByRaw(day) : q;
}

/** Selects and groups by each dimension's column. */
export function dimensions(q: Knex.QueryBuilder, source: Source, groupBy: readonly KpiDimension[]) {
  for (const d of groupBy) q.select(`${COLUMNS[source][d]} as ${ALIAS[d]}`).groupBy(COLUMNS[source][d]);
  return q;
}

/** Selects each dimension's column without grouping (for rows fetched one by one). */
export function dimensionColumns(source: Source, groupBy: readonly KpiDimension[]): string[] {
  return groupBy.map((d) => `${COLUMNS[source][d]} as ${ALIAS[d]}`);
}

export function filtered(q: Knex.QueryBuilder, source: Source, filter: KpiFilter = {}) {
  if (filter.providerId !== undefined) q.where(COLUMNS[source].provider, filter.providerId);
  if (filter.zoneId !== undefined) q.where(COLUMNS[source].zone, filter.zoneId);
  if (filter.band !== undefined) q.where(COLUMNS[source].band, filter.band);
  const stream = filter.fundingStream;
  if (stream === undefined) return q;
  if (source !== 'offers') return q.where('p.funding_stream', stream);
  return q.whereIn('o.package_id', (sub: Knex.QueryBuilder) =>
    sub.select('id').from('packages').where('funding_stream', stream),
  );
}

export function keyOf(row: Row, groupBy: readonly KpiDimension[]): string {
  const key = groupBy.map((d) => String(row[ALIAS[d]])).join('|');
  return row[DAY_ALIAS] === undefined ? key : `${String(row[DAY_ALIAS])}|${key}`;
}

export function groupOf(row: Row, groupBy: readonly KpiDimension[]): KpiGroup {
  const group: KpiGroup = {};
  if (groupBy.includes('provider')) group.providerId = Number(row[ALIAS.provider]);
  if (groupBy.includes('zone')) group.zoneId = String(row[ALIAS.zone]);
  if (groupBy.includes('band')) group.band = String(row[ALIAS.band]);
  return group;
}

/** One source's values per group key, with the group each key stands for. */
export interface Grouped<T> {
  groups: Map<string, KpiGroup>;
  values: Map<string, T>;
  /** The notes on left-out dates of each group's rows (the aggregates store them by group). */
  notes: Map<string, string[]>;
}

export function grouped<T>(): Grouped<T> {
  return { groups: new Map(), values: new Map(), notes: new Map() };
}

/** Files the notes added since `had` (a row's) under its group too. */
export function noteGroup(out: Grouped<unknown>, key: string, notes: readonly string[], had: number) {
  if (notes.length === had) return;
  const list = out.notes.get(key) ?? [];
  list.push(...notes.slice(had));
  out.notes.set(key, list);
}

/** A count or sum as a number (SQL gives null for a sum over no rows). */
export const n = (v: unknown) => Number(v ?? 0);

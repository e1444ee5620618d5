/** The stored daily aggregates: recomputing a day from the events, and summing a span of days in SQL. */
import type { Knex } from 'knex';
import { addDays, londonMidnight } from '../../../calendar/dates';
import type { Db } from '../../../db/connect';
import { together } from '../../../db/dialect';
import { ALIAS, keyOf, groupOf, n, type KpiFilter, type Row } from '../grouping';
import type { KpiDimension, KpiGroup } from '../kpis';
import {
  addReason,
  type BucketCell,
  COUNT_COLUMNS,
  emptyPartial,
  type KpiPartial,
  type Metric,
  type ReasonKind,
} from './partials';
import { rawPartials, type FoldSettings, type KeyedPartial } from './raw';
import { daysAndMonths } from './months';
import { emptyDayRows, replaceDays, type DayRows } from './write';

/**
 * Replaces the stored rows of `days` with what the events known before `asOf` add up to: the
 * days' events read in one pass split by London day (../grouping.ts `splitByDay`, `inPeriod`), then
 * only the rows that changed written (./write.ts). Returns the days whose counts or reasons changed.
 */
export async function recomputeDays(
  trx: Knex,
  days: readonly string[],
  asOf: number,
  settings: FoldSettings,
) {
  const rows = emptyDayRows();
  const sorted = [...days].sort();
  if (sorted.length > 0) {
    const span = {
      from: londonMidnight(sorted[0]!),
      to: londonMidnight(addDays(sorted.at(-1)!, 1)),
      asOf,
      byDay: true,
      onlyDays: sorted,
    };
    addDayRows(rows, [...(await rawPartials(trx, span, settings)).values()]);
  }
  return replaceDays(trx, sorted, rows);
}

function addDayRows(rows: DayRows, keyed: readonly KeyedPartial[]) {
  for (const { group, partial, day } of keyed) {
    const key = { day, provider_id: group.providerId, zone_id: group.zoneId, band: group.band };
    rows.kpi_day_counts.push({ ...key, ...partial.counts });
    for (const [name, r] of partial.reasons) {
      const [kind, reason] = splitKey(name);
      rows.kpi_day_reasons.push({ ...key, kind, reason, n: r.n, minutes: r.minutes });
    }
    for (const [name, cell] of partial.buckets) {
      const [metric, bucket] = splitKey(name);
      rows.kpi_day_buckets.push({ ...key, metric, bucket: Number(bucket), ...cell });
    }
    partial.notes.forEach((note, seq) => rows.kpi_day_notes.push({ ...key, seq, note }));
  }
}

function splitKey(name: string): [string, string] {
  const bar = name.indexOf('|');
  return [name.slice(0, bar), name.slice(bar + 1)];
}

export interface SummedGroups {
  groups: Map<string, KpiGroup>;
  partials: Map<string, KpiPartial>;
}

const COLUMN: Record<KpiDimension, string> = { provider: 'provider_id', zone: 'zone_id', band: 'band' };

export interface SumRequest {
  /** Whole days whose counts, reasons and notes are summed: `from` included, `to` excluded. */
  days: { from: string; to: string };
  /** The days whose histograms the percentiles read (the period's part-days too: see read.ts). */
  histogramDays: { from: string; to: string };
  groupBy: readonly KpiDimension[];
  filter?: KpiFilter;
  /** The month of the instant the aggregates were folded to: months before it are rolled up (./months.ts). */
  openMonth: string;
  /** Only the counts (and notes): no reasons nor histogram cells (a reader of KpiCounts: ../queries.ts). */
  countsOnly: boolean;
}

/** The stored days summed in SQL per group of `groupBy`, with the histogram cells the percentiles need. */
export async function summedDays(db: Db, request: SumRequest): Promise<SummedGroups> {
  const { groupBy, filter = {} } = request;
  const grouped = (q: Knex.QueryBuilder) => {
    if (filter.providerId !== undefined) q.where('provider_id', filter.providerId);
    if (filter.zoneId !== undefined) q.where('zone_id', filter.zoneId);
    if (filter.band !== undefined) q.where('band', filter.band);
    for (const d of groupBy) q.select(`${COLUMN[d]} as ${ALIAS[d]}`).groupBy(COLUMN[d]);
    return q;
  };
  const daily = (table: string, span = request.days) =>
    grouped(db(table).where('day', '>=', span.from).where('day', '<', span.to));
  const rolledUp = (table: 'kpi_day_counts' | 'kpi_day_reasons') =>
    grouped(db.from(daysAndMonths(db, table, { ...request.days, openMonth: request.openMonth })));
  const [counts, reasons, cells, notes] = await together<[Row[], Row[], Row[], Row[]]>(db, [
    () => rolledUp('kpi_day_counts').select(COUNT_COLUMNS.map((c) => db.raw(`sum(${c}) as ${c}`))),
    () =>
      request.countsOnly
        ? Promise.resolve([])
        : rolledUp('kpi_day_reasons')
            .groupBy('kind', 'reason')
            .select('kind', 'reason', db.raw('sum(n) as n'), db.raw('sum(minutes) as minutes')),
    () =>
      request.countsOnly
        ? Promise.resolve([])
        : summedCells(db, daily('kpi_day_buckets', request.histogramDays), groupBy),
    () =>
      daily('kpi_day_notes')
        .groupBy('day', 'provider_id', 'zone_id', 'band', 'seq', 'note')
        .orderBy(['day', 'seq'])
        .select('note'),
  ]);
  const out: SummedGroups = { groups: new Map(), partials: new Map() };
  const partialOf = (r: Row) => {
    const key = keyOf(r, groupBy);
    let p = out.partials.get(key);
    if (!p) {
      out.groups.set(key, groupOf(r, groupBy));
      out.partials.set(key, (p = emptyPartial()));
      p.summed = new Map();
    }
    return p;
  };
  for (const r of counts) {
    const p = partialOf(r);
    for (const c of COUNT_COLUMNS) p.counts[c] = n(r[c]);
  }
  for (const r of reasons) {
    addReason(partialOf(r), r.kind as ReasonKind, String(r.reason), { n: n(r.n), minutes: n(r.minutes) });
  }
  for (const r of cells) partialOf(r).summed!.set(r.metric as Metric, parsedCells(String(r.cells)));
  for (const r of notes) partialOf(r).notes.push(String(r.note));
  return out;
}

/**
 * Each metric's buckets summed per group, sent back as one row per group and metric whose `cells`
 * holds them as text, `bucket,n,min,max` one after another, read as one JSON array of numbers.
 * Ranking the cells in SQL (window sums over every cell, to send back only those holding the
 * median's and p90's ranks) cost more than everything else a KPI read does, and a row per cell costs
 * more to send than its text: a year per provider and zone at 10× a county's history is about
 * 23,600 cells, most of one value (docs/quality-score.md "How close the percentiles are").
 * `string_agg` is PostgreSQL's and SQLite's (3.44 on; node-sqlite3 bundles a later one).
 */
function summedCells(db: Db, buckets: Knex.QueryBuilder, groupBy: readonly KpiDimension[]): Promise<Row[]> {
  const summed = buckets
    .groupBy('metric', 'bucket')
    .select('metric', 'bucket', db.raw('sum(n) as n'), db.raw('min(min) as min'), db.raw('max(max) as max'));
  const dimensions = groupBy.map((d) => ALIAS[d]);
  return db
    .from(summed.as('s'))
    .groupBy('metric', ...dimensions)
    .select(
      'metric',
      ...dimensions,
      db.raw(`string_agg(bucket || ',' || n || ',' || min || ',' || max, ',') as cells`),
    ) as Promise<Row[]>;
}

/** The cells of summedCells' text, in bucket order (buckets are ordered as their values). */
function parsedCells(text: string): BucketCell[] {
  const numbers = JSON.parse(`[${text}]`) as number[];
  const cells: (BucketCell & { bucket: number })[] = [];
  for (let i = 0; i < numbers.length; i += 4) {
    cells.push({ bucket: numbers[i]!, n: numbers[i + 1]!, min: numbers[i + 2]!, max: numbers[i + 3]! });
  }
  return cells.sort((a, b) => a.bucket - b.bucket);
}

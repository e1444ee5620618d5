/**
 * The stored aggregate: visit_day_counts, a day recomputed from its visit rows; visit_month_counts,
 * a month's days summed, rewritten whenever one of its days is; and a span of whole days summed in
 * SQL per group, its whole months from the roll-up.
 */
import type { Knex } from 'knex';
import { addDays, londonMidnight } from '../../calendar/dates';
import { addMonths, monthOf } from '../../calendar/months';
import type { Queryable } from '../../db/connect';
import { rolledUpSpan } from '../../db/rolled-up-span';
import type { VisitDimension, VisitFilter } from '../kpis';
import { DIMENSION_COLUMN, rawTallies, tallyRows, type GroupTally, type Thresholds } from './raw';

/** Rows a statement writes: 10 bound values each, well under every engine's limit. */
const WRITE_CHUNK = 500;
/** Days deleted in one statement. */
const DELETE_CHUNK = 200;

const ALL_DIMENSIONS: readonly VisitDimension[] = ['provider', 'zone', 'band'];
const KEY = ['provider_id', 'zone_id', 'band'];
const COUNTS = ['visits', 'delivered', 'late', 'short', 'two_carer', 'two_carer_fewer'];

/**
 * Replaces the stored rows of `days` with what their visit rows add up to now, every visit counted
 * (a stored day is read only once it is wholly judged: ./read.ts). One query per day, on the
 * planned-start index; the caller's transaction.
 */
export async function recomputeDays(trx: Knex, days: readonly string[], settings: Thresholds): Promise<void> {
  const rows: Record<string, unknown>[] = [];
  for (const day of days) {
    const tallies = await rawTallies(trx, {
      from: londonMidnight(day),
      to: londonMidnight(addDays(day, 1)),
      dueBefore: null,
      groupBy: ALL_DIMENSIONS,
      filter: {},
      settings,
    });
    for (const { group, tally } of tallies.values()) {
      rows.push({
        day,
        provider_id: group.providerId,
        zone_id: group.zoneId,
        band: group.band,
        visits: tally.due,
        delivered: tally.delivered,
        late: tally.late,
        short: tally.short,
        two_carer: tally.twoCarer,
        two_carer_fewer: tally.twoCarerFewer,
      });
    }
  }
  for (let i = 0; i < days.length; i += DELETE_CHUNK)
    await trx('visit_day_counts')
      .whereIn('day', days.slice(i, i + DELETE_CHUNK))
      .delete();
  for (let i = 0; i < rows.length; i += WRITE_CHUNK)
    await trx('visit_day_counts').insert(rows.slice(i, i + WRITE_CHUNK));
  for (const month of new Set(days.map(monthOf))) await rollUpMonth(trx, month);
}

/** Rewrites a month's roll-up as the sum of its stored days. */
async function rollUpMonth(trx: Knex, month: string): Promise<void> {
  await trx('visit_month_counts').where({ month }).delete();
  const sums = COUNTS.map((c) => `sum(${c})`).join(', ');
  await trx.raw(
    `insert into visit_month_counts (month, ${[...KEY, ...COUNTS].join(', ')}) ` +
      `select ?, ${KEY.join(', ')}, ${sums} from visit_day_counts where day >= ? and day < ? group by ${KEY.join(', ')}`,
    [month, `${month}-01`, `${addMonths(month, 1)}-01`],
  );
}

/** The stored days [from, to) ('YYYY-MM-DD') summed per group of `groupBy`, filtered like the raw read. */
export async function summedDays(
  db: Queryable,
  request: {
    days: { from: string; to: string };
    groupBy: readonly VisitDimension[];
    filter: VisitFilter;
  },
): Promise<Map<string, GroupTally>> {
  const { days, groupBy, filter } = request;
  const q = db
    .from(
      rolledUpSpan(
        db,
        { daily: 'visit_day_counts', monthly: 'visit_month_counts', columns: [...KEY, ...COUNTS] },
        days,
      ),
    )
    .select(groupBy.map((d) => DIMENSION_COLUMN[d]))
    .select(COUNTS.map((c) => db.raw(`sum(${c}) as ${c}`)));
  if (filter.providerId !== undefined) q.where('provider_id', filter.providerId);
  if (filter.zoneId !== undefined) q.where('zone_id', filter.zoneId);
  if (filter.band !== undefined) q.where('band', filter.band);
  if (groupBy.length > 0) q.groupBy(groupBy.map((d) => DIMENSION_COLUMN[d]));
  return tallyRows(await q, groupBy, 'visits');
}

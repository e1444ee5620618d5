/**
 * Monthly roll-ups of the daily counts and reasons (docs/quality-score.md "Aggregates"): a year's
 * KPIs sum about twelve rows a group where they summed 365. The fold rolls up closed months in SQL
 * from the daily rows (`rollUpMonths`); a span of days reads its whole months from
 * the roll-ups and the days at either end from the daily rows. Histograms stay daily: a month of
 * durations fills about as many 1% buckets as its days do, so rolling them up saves nothing.
 */
import type { Knex } from 'knex';
import { londonDate } from '../../../calendar/dates';
import { addMonths, monthOf } from '../../../calendar/months';
import type { Db } from '../../../db/connect';
import { rolledUpSpan } from '../../../db/rolled-up-span';
import { COUNT_COLUMNS } from './partials';

const GROUP = ['provider_id', 'zone_id', 'band'];

/** Each rolled-up daily table: its monthly table and the columns summed (after the group's). */
const ROLLED_UP = {
  kpi_day_counts: { months: 'kpi_month_counts', keys: [], sums: [...COUNT_COLUMNS] },
  kpi_day_reasons: { months: 'kpi_month_reasons', keys: ['kind', 'reason'], sums: ['n', 'minutes'] },
} as const;
type RolledUp = keyof typeof ROLLED_UP;
export const MONTH_TABLES = Object.values(ROLLED_UP).map((r) => r.months);

const MONTH_SQL = 'substr(day, 1, 7)';

/**
 * Rolls up again, in the fold's transaction, every closed month (one that ended before `now`) that
 * holds a recomputed day or that closed since the last fold (`since`). The month `now` is in is
 * never rolled up: it changes every day, no span reads it whole until it has closed, and the first
 * fold after it closes rolls it up in full.
 */
export async function rollUpMonths(
  trx: Knex,
  fold: { days: readonly string[]; since?: number; now: number },
): Promise<void> {
  const open = monthOf(londonDate(fold.now));
  const touched = new Set(fold.days.map(monthOf));
  if (fold.since !== undefined && fold.since > 0) {
    for (let m = monthOf(londonDate(fold.since)); m < open; m = addMonths(m, 1)) touched.add(m);
  }
  const months = [...touched].filter((m) => m < open);
  if (months.length === 0) return;
  for (const [table, { months: monthTable, keys, sums }] of Object.entries(ROLLED_UP)) {
    await trx(monthTable).whereIn('month', months).delete();
    const daily = trx(table)
      .where((any) => {
        for (const m of months)
          any.orWhere((one) => one.where('day', '>=', `${m}-01`).where('day', '<', `${addMonths(m, 1)}-01`));
      })
      .select(trx.raw(MONTH_SQL), ...GROUP, ...keys, ...sums.map((c) => trx.raw('sum(??)', [c])))
      .groupByRaw(MONTH_SQL)
      .groupBy([...GROUP, ...keys]);
    await trx.into(trx.raw('?? (??)', [monthTable, ['month', ...GROUP, ...keys, ...sums]])).insert(daily);
  }
}

/**
 * The rows of [from, to) (dates) of a rolled-up table, with the daily table's group, key and summed
 * columns: its whole months before `openMonth` (the month of the instant folded to) from the
 * roll-ups, the other days from the daily rows.
 */
export function daysAndMonths(
  db: Db,
  table: RolledUp,
  span: { from: string; to: string; openMonth: string },
) {
  const { months: monthly, keys, sums } = ROLLED_UP[table];
  return rolledUpSpan(db, { daily: table, monthly, columns: [...GROUP, ...keys, ...sums] }, span);
}

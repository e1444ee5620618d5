/**
 * Monthly roll-ups of the daily counts and reasons (docs/quality-score.md "Aggregates"): a year's
 * KPIs sum about twelve rows a group where they summed 365. The fold rolls up closed months in SQL
 * from the daily rows (`rollUpMonths`); a span of days reads its whole months from
 * the roll-ups and the days at either end from the daily rows. Histograms stay daily: a month of
 * durations fills about as many 1% buckets as its days do, so rolling them up saves nothing.
 */
import type { Knex } from 'knex';
import { addDays, londonDate } from '../../../calendar/dates';
import type { Db } from '../../../db/connect';
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

/** The first day of the month after `month` ('YYYY-MM'). */
const nextMonthStart = (month: string) => addDays(`${month}-28`, 4).slice(0, 7) + '-01';

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
  const open = londonDate(fold.now).slice(0, 7);
  const touched = new Set(fold.days.map((d) => d.slice(0, 7)));
  if (fold.since !== undefined && fold.since > 0) {
    for (let m = londonDate(fold.since).slice(0, 7); m < open; m = nextMonthStart(m).slice(0, 7))
      touched.add(m);
  }
  const months = [...touched].filter((m) => m < open);
  if (months.length === 0) return;
  for (const [table, { months: monthTable, keys, sums }] of Object.entries(ROLLED_UP)) {
    await trx(monthTable).whereIn('month', months).delete();
    const daily = trx(table)
      .where((any) => {
        for (const m of months)
          any.orWhere((one) => one.where('day', '>=', `${m}-01`).where('day', '<', nextMonthStart(m)));
      })
      .select(trx.raw(MONTH_SQL), ...GROUP, ...keys, ...sums.map((c) => trx.raw('sum(??)', [c])))
      .groupByRaw(MONTH_SQL)
      .groupBy([...GROUP, ...keys]);
    await trx.into(trx.raw('?? (??)', [monthTable, ['month', ...GROUP, ...keys, ...sums]])).insert(daily);
  }
}

/**
 * The rows of [from, to) (dates) of a rolled-up table, as a subquery with the daily table's group,
 * key and summed columns: its whole months before `openMonth` (the month of the instant folded to)
 * from the roll-ups, the other days from the daily rows. Sums over it equal sums over the daily rows.
 */
export function daysAndMonths(
  db: Db,
  table: RolledUp,
  span: { from: string; to: string; openMonth: string },
) {
  const { months: monthTable, keys, sums } = ROLLED_UP[table];
  const columns = [...GROUP, ...keys, ...sums];
  const month = (day: string) => day.slice(0, 7);
  const firstMonth = span.from.endsWith('-01') ? month(span.from) : month(nextMonthStart(month(span.from)));
  const endMonth = [month(span.to), span.openMonth].sort()[0]!;
  const daily = db(table).where('day', '>=', span.from).where('day', '<', span.to);
  if (firstMonth >= endMonth) return daily.select(columns).as('k');
  return daily
    .where((q) => q.where('day', '<', `${firstMonth}-01`).orWhere('day', '>=', `${endMonth}-01`))
    .select(columns)
    .unionAll(
      (q) =>
        q.from(monthTable).where('month', '>=', firstMonth).where('month', '<', endMonth).select(columns),
      false,
    )
    .as('k');
}

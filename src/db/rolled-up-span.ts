/**
 * A span of days read from a daily table and its monthly roll-up (the KPI and visit aggregates,
 * docs/quality-score.md "Aggregates", docs/visits.md): the whole months from the roll-up, the days
 * either side from the daily rows, as one subquery of the same columns. Sums over it equal sums over
 * the daily rows, as long as each roll-up month is the sum of its days.
 */
import { addMonths, monthOf } from '../calendar/months';
import type { Queryable } from './connect';

export function rolledUpSpan(
  db: Queryable,
  tables: { daily: string; monthly: string; columns: readonly string[] },
  /** Dates [from, to); months from `openMonth` on (one still changing) are read from the days. */
  span: { from: string; to: string; openMonth?: string },
) {
  const columns = [...tables.columns];
  const firstMonth = span.from.endsWith('-01') ? monthOf(span.from) : addMonths(monthOf(span.from), 1);
  const lastEnd = monthOf(span.to);
  const endMonth = span.openMonth !== undefined && span.openMonth < lastEnd ? span.openMonth : lastEnd;
  const daily = db(tables.daily).where('day', '>=', span.from).where('day', '<', span.to);
  if (firstMonth >= endMonth) return daily.select(columns).as('k');
  return daily
    .where((q) => q.where('day', '<', `${firstMonth}-01`).orWhere('day', '>=', `${endMonth}-01`))
    .select(columns)
    .unionAll(
      (q) =>
        q.from(tables.monthly).where('month', '>=', firstMonth).where('month', '<', endMonth).select(columns),
      false,
    )
    .as('k');
}

/**
 * The visit KPIs of a period from the daily aggregate (docs/visits.md "Aggregate"): the stored days
 * wholly judged at asOf — every visit of the day planned more than the late threshold before asOf,
 * so each one counts whether delivered or missed — summed in SQL (folded first), and the rest read
 * from the visit rows: the part-day at the period's start, and everything from the first day not yet
 * wholly judged to the period's end (today, and the visits within the late threshold of asOf, which
 * count only once delivered). Null when the aggregate cannot answer (an asOf before its watermark);
 * the caller then reads the rows.
 */
import { addDays, londonDate, londonMidnight } from '../../calendar/dates';
import type { Period } from '../../calendar/periods';
import type { Db } from '../../db/connect';
import type { VisitQuery } from '../kpis';
import { foldVisitAggregates } from './fold';
import { addTallies, MS_PER_MINUTE, rawTallies, type GroupTally } from './raw';
import { summedDays } from './store';

export async function aggregatedTallies(db: Db, query: VisitQuery): Promise<Map<string, GroupTally> | null> {
  const { period, groupBy, filter, settings } = query;
  const dueBefore = period.asOf - settings.lateMinutes * MS_PER_MINUTE;
  const whole = wholeDays(period, dueBefore);
  const raw = (from: number, to: number) =>
    rawTallies(db, { from, to, dueBefore, groupBy, filter, settings });
  if (whole === null) return raw(period.from, period.to);
  const fold = await foldVisitAggregates(db, period.asOf, settings);
  if (!fold.current) return null;
  const out = await summedDays(db, { days: whole.days, groupBy, filter });
  for (const [from, to] of [
    [period.from, whole.from],
    [whole.to, period.to],
  ] as const) {
    if (from < to) addTallies(out, await raw(from, to));
  }
  return out;
}

/**
 * The London days of the period that lie wholly before both its end and `dueBefore`, as dates
 * [from, to) and instants; null when there is none.
 */
function wholeDays(period: Period, dueBefore: number) {
  const firstDay = londonDate(period.from);
  const from = londonMidnight(firstDay) === period.from ? firstDay : addDays(firstDay, 1);
  // The day holding the limit is not whole before it (or starts at it): the days before it are.
  const to = londonDate(Math.min(period.to, dueBefore));
  if (from >= to) return null;
  return { days: { from, to }, from: londonMidnight(from), to: londonMidnight(to) };
}

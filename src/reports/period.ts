/**
 * The period and instant of a report. A period is calendar days in England, both ends included
 * (as the KPIs: src/performance/kpis/period.ts); the instant (asOf) is a date-time, or a date meaning
 * the end of that day in England; events at or after asOf are not yet known.
 */
import { londonDate } from '../clock';
import { Invalid } from '../errors';
import { londonMidnight } from '../performance/kpis/period';
import { addDays } from '../pricing/dates';

export interface ReportWhen {
  from?: string;
  to?: string;
  /** 'YYYY-MM-DD' or an ISO date-time with offset (validated by the schema). */
  asOf?: string;
}

/** The day in England a report as at `asOf` is about: that of the last instant before it. */
export function reportDay(asOf: number): string {
  return londonDate(asOf - 1);
}

/**
 * Resolves the defaults: asOf now; `to` the day of asOf; `from` 364 days before `to` (a year).
 * @example reportDates({ asOf: '2025-12-31' }, now) // { from: '2025-01-01', to: '2025-12-31', asOf: 2026-01-01T00:00Z }
 */
export function reportDates(when: ReportWhen, now: number): { from: string; to: string; asOf: number } {
  const asOf =
    when.asOf === undefined
      ? now
      : /^\d{4}-\d{2}-\d{2}$/.test(when.asOf)
        ? londonMidnight(addDays(when.asOf, 1))
        : Date.parse(when.asOf);
  if (asOf > now) {
    throw new Invalid('A report cannot be as at a future instant.', [
      { path: 'query.asOf', message: 'must not be in the future' },
    ]);
  }
  const to = when.to ?? reportDay(asOf);
  const from = when.from ?? addDays(to, -364);
  if (from > to) {
    throw new Invalid('The period ends before it starts.', [
      { path: 'query.from', message: `must not be after ${to}` },
    ]);
  }
  return { from, to, asOf };
}

/**
 * Periods: calendar days in England ('YYYY-MM-DD', both ends included) as the API and the pages take
 * them, and the instants queries need. KPIs, scores, reviews and reports read their periods here, so
 * a period given without its ends means the same everywhere.
 */
import type { z } from 'zod';
import { Invalid } from '../errors';
import { addDays, londonDate, londonMidnight, type IsoDate } from './dates';
import { periodChecks, requireDatesInRange } from './field-rules';

/** The instants a KPI, score or report is computed over. */
export interface Period {
  /** Inclusive start instant (epoch ms). */
  from: number;
  /** Exclusive end instant. */
  to: number;
  /** Only what was known before this instant counts (responses, starts, hand-backs, evidence). */
  asOf: number;
}

const DAY = 86_400_000;

/** From the start of `from` to the end of `to`, judged with what is known at `now`. */
export function periodOfDates(from: IsoDate, to: IsoDate, now: number): Period {
  return { from: londonMidnight(from), to: londonMidnight(addDays(to, 1)), asOf: now };
}

/**
 * A period's dates, filling in what was not given: `to` defaults to `lastDay`, `from` to 364 days
 * before `to` (a year, both ends included). Example: ({}, '2026-03-31') → 2025-04-01 … 2026-03-31.
 */
export function datesOrDefault(
  dates: { from?: IsoDate; to?: IsoDate },
  lastDay: IsoDate,
): { from: IsoDate; to: IsoDate } {
  const to = dates.to ?? lastDay;
  return { from: dates.from ?? addDays(to, -364), to };
}

/**
 * `datesOrDefault` for a period a caller gave: each end given must lie within the service's life
 * (./field-rules.ts `periodChecks`), else 400 naming it.
 */
export function askedPeriodDates(
  dates: { from?: IsoDate; to?: IsoDate },
  lastDay: IsoDate,
  now: number,
): { from: IsoDate; to: IsoDate } {
  requireDatesInRange(periodChecks('query', dates, now));
  return datesOrDefault(dates, lastDay);
}

/** The score's evidence window: the `days` before `asOf`. */
export function trailingPeriod(asOf: number, days: number): Period {
  return { from: asOf - days * DAY, to: asOf, asOf };
}

/** A zod refinement for a query's `from` and `to`: in order, and at most five years apart. */
export function checkRange(q: { from?: IsoDate; to?: IsoDate }, ctx: z.RefinementCtx) {
  if (q.from && q.to && q.to < q.from)
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
  if (q.from && q.to && Date.parse(q.to) - Date.parse(q.from) > 5 * 366 * DAY) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'the period may be at most five years' });
  }
}

/**
 * The period and instant of a report: the instant (asOf) is a date-time, or a date meaning the end
 * of that day in England; events at or after asOf are not yet known.
 */
export interface ReportWhen {
  from?: IsoDate;
  to?: IsoDate;
  /** 'YYYY-MM-DD' or an ISO date-time with offset (validated by the schema). */
  asOf?: string;
}

/** The day in England a report as at `asOf` is about: that of the last instant before it. */
export function reportDay(asOf: number): IsoDate {
  return londonDate(asOf - 1);
}

/**
 * Resolves the defaults: asOf now; then the period as `datesOrDefault` ending on the day of asOf.
 * @example reportDates({ asOf: '2025-12-31' }, now) // { from: '2025-01-01', to: '2025-12-31', asOf: 2026-01-01T00:00Z }
 */
export function reportDates(when: ReportWhen, now: number): { from: IsoDate; to: IsoDate; asOf: number } {
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
  const { from, to } = askedPeriodDates(when, reportDay(asOf), now);
  if (from > to) {
    throw new Invalid('The period ends before it starts.', [
      { path: 'query.from', message: `must not be after ${to}` },
    ]);
  }
  return { from, to, asOf };
}

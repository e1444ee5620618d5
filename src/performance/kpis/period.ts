/**
 * Periods in the API are calendar dates in England ('YYYY-MM-DD', both ends included); queries
 * need instants. London is UTC+0 or UTC+1 and changes at 01:00 UTC, so midnight is one of two
 * instants and a single check tells which.
 */
import { londonDate } from '../../clock';
import { addDays } from '../../pricing/dates';

/** The instants a KPI or score is computed over. */
export interface Period {
  /** Inclusive start instant (epoch ms). */
  from: number;
  /** Exclusive end instant. */
  to: number;
  /** Only what was known before this instant counts (responses, starts, hand-backs, evidence). */
  asOf: number;
}

const HOUR = 3_600_000;
const DAY = 86_400_000;

/** The instant of 00:00 in England on a date. Example: '2026-07-01' → 2026-06-30T23:00:00Z (BST). */
export function londonMidnight(date: string): number {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  return londonDate(utcMidnight - HOUR) === date ? utcMidnight - HOUR : utcMidnight;
}

/** From the start of `from` to the end of `to`, judged with what is known at `now`. */
export function periodOfDates(from: string, to: string, now: number): Period {
  return { from: londonMidnight(from), to: londonMidnight(addDays(to, 1)), asOf: now };
}

/**
 * The KPI period's dates, filling in what was not given: `to` defaults to today, `from` to 364
 * days before `to` (a year, both ends included). Example at 2026-03-31: {} → 2025-04-01 … 2026-03-31.
 */
export function datesOrDefault(
  dates: { from?: string; to?: string },
  now: number,
): { from: string; to: string } {
  const to = dates.to ?? londonDate(now);
  return { from: dates.from ?? addDays(to, -364), to };
}

/** The score's evidence window: the `days` before `asOf`. */
export function trailingPeriod(asOf: number, days: number): Period {
  return { from: asOf - days * DAY, to: asOf, asOf };
}

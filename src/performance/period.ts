/**
 * Periods in the API are calendar dates in England ('YYYY-MM-DD', both ends included); queries
 * need instants. London is UTC+0 or UTC+1 and changes at 01:00 UTC, so midnight is one of two
 * instants and a single check tells which.
 */
import { londonDate } from '../clock';
import { addDays } from '../pricing/dates';
import type { Period } from './model';

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

/** The default KPI period: the 365 days up to and including today. */
export function defaultDates(now: number): { from: string; to: string } {
  const to = londonDate(now);
  return { from: addDays(to, -364), to };
}

/** The score's evidence window: the `days` before `asOf`. */
export function trailingPeriod(asOf: number, days: number): Period {
  return { from: asOf - days * DAY, to: asOf, asOf };
}

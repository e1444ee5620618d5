/**
 * Calendar dates as ISO strings 'YYYY-MM-DD' (the form rate cards, packages and periods use), and
 * the days of England. Dates are days, not instants, so arithmetic is done on UTC day numbers and
 * never meets a time zone; only `londonDate` and `londonMidnight` cross between days and instants.
 */
import { z } from 'zod';

/** A calendar date in a request, YYYY-MM-DD. */
export const IsoDate = z.iso.date().describe('A calendar date, YYYY-MM-DD');
export type IsoDate = z.output<typeof IsoDate>;

/**
 * The same dates as `IsoDate`, checked by `isIsoDate` with the message "must be a calendar date as
 * YYYY-MM-DD" (the rate card, price and provider fields answer with it).
 */
export const CalendarDate = z.string().refine(isIsoDate, 'must be a calendar date as YYYY-MM-DD');

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;

/** True for a real calendar date in 'YYYY-MM-DD' form ('2021-02-29' is false). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function assertIsoDate(value: string, name = 'date'): void {
  if (!isIsoDate(value))
    throw new RangeError(`${name} must be a calendar date as YYYY-MM-DD, got "${value}"`);
}

/** Days since 1970-01-01 for an ISO date. */
export function toDayNumber(date: IsoDate): number {
  assertIsoDate(date);
  return Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY;
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Number of days from `from` to `to`, both included: the same day twice is 1. */
export function daysInclusive(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from) + 1;
}

const londonDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in England at an instant, as 'YYYY-MM-DD' (rates and start dates are English dates). */
export function londonDate(ms: number): IsoDate {
  return londonDateFormat.format(new Date(ms));
}

/**
 * The instant of 00:00 in England on a date. London is UTC+0 or UTC+1 and changes at 01:00 UTC,
 * so midnight is one of two instants and a single check tells which.
 * @example londonMidnight('2026-07-01') // 2026-06-30T23:00:00Z (BST)
 */
export function londonMidnight(date: IsoDate): number {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  return londonDate(utcMidnight - MS_PER_HOUR) === date ? utcMidnight - MS_PER_HOUR : utcMidnight;
}

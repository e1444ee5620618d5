/**
 * Calendar dates as ISO strings 'YYYY-MM-DD' (the form rate cards, packages and periods use), and
 * the days of England. Dates are days, not instants, so arithmetic is done on UTC day numbers and
 * never meets a time zone; only `londonDate` and `londonMidnight` cross between days and instants.
 */
import { z } from 'zod';
import { bstInterval } from './london-day';

/**
 * The years any date of this service may fall in. Nothing the service records happened before
 * 1900 or is planned after 2200; a year outside is a typing slip (0023 for 2023) that would
 * otherwise reach arithmetic and SQL that were never meant for it. Each field narrows this further
 * (./field-rules.ts).
 */
export const SENSIBLE_YEARS = { first: 1900, last: 2200 } as const;
export const FIRST_SENSIBLE_DATE = `${SENSIBLE_YEARS.first}-01-01`;
export const LAST_SENSIBLE_DATE = `${SENSIBLE_YEARS.last}-12-31`;
const DATE_MESSAGE = `must be a calendar date as YYYY-MM-DD, in the years ${SENSIBLE_YEARS.first}–${SENSIBLE_YEARS.last}`;

/**
 * A calendar date in a request, YYYY-MM-DD, in the sensible years. Every date field of the API,
 * the web forms and the imports is built from this schema.
 */
export const IsoDate = z
  .string()
  .refine(isIsoDate, DATE_MESSAGE)
  .meta({ format: 'date' })
  .describe(`A calendar date, YYYY-MM-DD, ${SENSIBLE_YEARS.first}-01-01 to ${SENSIBLE_YEARS.last}-12-31`);
export type IsoDate = z.output<typeof IsoDate>;

/** The same schema under its older name (rate card, price and provider fields). */
export const CalendarDate = IsoDate;

/** An instant in a request (ISO date-time with offset), in the same sensible years as dates. */
export const IsoDateTime = z.iso
  .datetime({ offset: true })
  .refine(
    (value) => isSensibleInstant(Date.parse(value)),
    `must be in the years ${SENSIBLE_YEARS.first}–${SENSIBLE_YEARS.last}`,
  );

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;
const FIRST_SENSIBLE_MS = Date.parse(`${FIRST_SENSIBLE_DATE}T00:00:00Z`);
const AFTER_LAST_SENSIBLE_MS = Date.parse(`${SENSIBLE_YEARS.last + 1}-01-01T00:00:00Z`);

/**
 * True for a real calendar date in 'YYYY-MM-DD' form in the sensible years ('2021-02-29' and
 * '0023-01-01' are false). The date is built with setUTCFullYear because Date.UTC reads the
 * years 0–99 as 1900–1999, which once let '0023-01-01' through as 1923 and on into the KPIs.
 */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  if (y < SENSIBLE_YEARS.first || y > SENSIBLE_YEARS.last) return false;
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** True for an epoch-ms instant in the sensible years (NaN is false). */
export function isSensibleInstant(ms: number): boolean {
  return ms >= FIRST_SENSIBLE_MS && ms < AFTER_LAST_SENSIBLE_MS;
}

export function assertIsoDate(value: string, name = 'date'): void {
  if (!isIsoDate(value))
    throw new RangeError(`${name} must be a calendar date as YYYY-MM-DD, got "${value}"`);
}

/**
 * Day numbers and dates already converted, both ways. Reports and the nightly score run convert the
 * same few hundred dates again and again (a KPI year is 365 of them); the memo is emptied when it
 * grows past a few years of dates, so it stays small whatever a process is asked.
 */
const MEMO_LIMIT = 4096;
const dayNumberOf = new Map<string, number>();
const dateOfDay = new Map<number, IsoDate>();

function remember<K, V>(memo: Map<K, V>, key: K, value: V): V {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

/** Days since 1970-01-01 for an ISO date. */
export function toDayNumber(date: IsoDate): number {
  const known = dayNumberOf.get(date);
  if (known !== undefined) return known;
  assertIsoDate(date);
  return remember(dayNumberOf, date, Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY);
}

export function fromDayNumber(day: number): IsoDate {
  return (
    dateOfDay.get(day) ?? remember(dateOfDay, day, new Date(day * MS_PER_DAY).toISOString().slice(0, 10))
  );
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

/** The years whose clocks change on the rule `bstInterval` follows (since 1996), within the sensible years. */
const BST_RULE_YEARS = { first: 1996, last: SENSIBLE_YEARS.last } as const;

/** The last instants asked about that share one date in England, [from, to), and that date. */
let lastDay = { from: 0, to: 0, date: '' };

/**
 * The calendar date in England at an instant, as 'YYYY-MM-DD' (rates and start dates are English dates).
 *
 * Asked for every event, offer and KPI row, so it is worked out by arithmetic from the clock-change
 * rule (the same answer as the time-zone database, proved in dates.test.ts), and the last day asked
 * about is remembered; instants before 1996, when the rule differed, or after the sensible years go
 * to the time-zone database.
 */
export function londonDate(ms: number): IsoDate {
  if (ms >= lastDay.from && ms < lastDay.to) return lastDay.date;
  const year = new Date(ms).getUTCFullYear();
  if (!(year >= BST_RULE_YEARS.first && year <= BST_RULE_YEARS.last))
    return londonDateFormat.format(new Date(ms));
  const [summerFrom, summerTo] = bstInterval(year);
  const summer = ms >= summerFrom && ms < summerTo;
  const offset = summer ? MS_PER_HOUR : 0;
  const day = Math.floor((ms + offset) / MS_PER_DAY);
  // The instants with this date and this offset: the day's, cut at the clock change.
  const [offsetFrom, offsetTo] = summer
    ? [summerFrom, summerTo]
    : ms < summerFrom
      ? [Date.UTC(year, 0, 1), summerFrom]
      : [summerTo, Date.UTC(year + 1, 0, 1)];
  lastDay = {
    from: Math.max(day * MS_PER_DAY - offset, offsetFrom),
    to: Math.min((day + 1) * MS_PER_DAY - offset, offsetTo),
    date: fromDayNumber(day),
  };
  return lastDay.date;
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

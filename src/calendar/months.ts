/** Calendar months, 'YYYY-MM', in England's calendar (the monthly provider-risk RAG counts by them). */
import { z } from 'zod';
import { addDays, londonDate, type IsoDate } from './dates';

export const IsoMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month, YYYY-MM')
  .describe('A calendar month, YYYY-MM');

/** '2026-02-14' → '2026-02'. */
export const monthOf = (date: IsoDate): string => date.slice(0, 7);

/** The month `n` months after (or before, when negative) `month`: ('2026-01', -1) → '2025-12'. */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The first and last day of a month: '2026-02' → 2026-02-01 to 2026-02-28. */
export function monthDays(month: string): { first: IsoDate; last: IsoDate } {
  return { first: `${month}-01`, last: addDays(`${addMonths(month, 1)}-01`, -1) };
}

/** The month before the one `now` falls in (England's calendar). */
export const lastCompleteMonth = (now: number): string => addMonths(monthOf(londonDate(now)), -1);

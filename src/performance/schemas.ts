/** Request fields the performance endpoints share: ids, zone ids and a period of dates in England. */
import { z } from 'zod';
import { IsoDate } from '../calendar/dates';

export const ZoneId = z.string().regex(/^[a-z0-9-]{1,60}$/, 'a zone id such as charnwood-north');

/** A period of calendar dates in England, both ends included, at most five years. */
export const DateRange = {
  from: IsoDate.optional().describe('First day, YYYY-MM-DD (default: 364 days before `to`)'),
  to: IsoDate.optional().describe('Last day, YYYY-MM-DD (default: today)'),
};

/** A period a KPI or report is computed over: each end from the framework start to a year ahead. */
export const PeriodRange = {
  from: DateRange.from.describe(
    'First day, YYYY-MM-DD (default: 364 days before `to`); from 2021-11-01 (the framework start) to a year from today',
  ),
  to: DateRange.to.describe('Last day, YYYY-MM-DD (default: today); from 2021-11-01 to a year from today'),
};

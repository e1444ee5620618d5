import { z } from 'zod';
import { IsoDate, IsoDateTime } from '../calendar/dates';
import { checkRange } from '../calendar/periods';
import { Id } from '../http/params';
import { FUNDING_STREAMS } from '../packages/model';

export const REPORT_FORMATS = ['json', 'csv', 'geojson'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const common = {
  from: IsoDate.optional().describe(
    'First day of the period, YYYY-MM-DD, England (default: 364 days before `to`); from 2021-11-01 (the framework start) to a year from today',
  ),
  to: IsoDate.optional().describe(
    'Last day of the period, included (default: the day of `asOf`); from 2021-11-01 to a year from today',
  ),
  asOf: z
    .union([IsoDate, IsoDateTime])
    .optional()
    .describe(
      'The instant the report is as at: a date (the end of that day in England) or a date-time (default: now)',
    ),
  format: z
    .enum(REPORT_FORMATS)
    .optional()
    .describe(
      'json (default), csv (one row per zone and a county total) or geojson (zone features); or send Accept: text/csv',
    ),
};

export const CoverageReportQuery = z
  .object({
    ...common,
    fundingStream: z
      .enum(FUNDING_STREAMS)
      .optional()
      .describe('Only packages of this funding stream (council, chc, d2a, joint); default every stream'),
  })
  .superRefine(checkRange);

export const ProviderReportQuery = z
  .object({
    ...common,
    provider: Id.optional().describe('Only this provider (a provider user sees only its own)'),
  })
  .superRefine(checkRange);

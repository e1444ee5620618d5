import { z } from 'zod';
import { IsoDate } from '../calendar/dates';
import { checkRange } from '../calendar/periods';
import { BANDS } from '../pricing/bands';
import { FUNDING_STREAMS } from '../packages/model';

export const PAYMENT_FORMATS = ['json', 'csv'] as const;

export const PaymentsQuery = z
  .object({
    from: IsoDate.describe(
      'First day of the period, YYYY-MM-DD, England; from 2021-11-01 to a year from today',
    ),
    to: IsoDate.describe('Last day of the period, included; at most five years after `from`'),
    fundingStream: z.enum(FUNDING_STREAMS).optional().describe('Only packages of this funding stream'),
    format: z
      .enum(PAYMENT_FORMATS)
      .optional()
      .describe(
        'json (default) or csv (one line per package and provider, then the totals); or Accept: text/csv',
      ),
  })
  .superRefine(checkRange);

const Total = z.object({
  rows: z.number().int(),
  hours: z.number().describe('Sum of the rows’ hours'),
  amountPence: z.number().int().describe('Sum of the rows’ amounts'),
});

export const PaymentRowSchema = z.object({
  providerId: z.number().int(),
  providerName: z.string(),
  packageId: z.number().int(),
  packageReference: z.string().nullable(),
  fundingStream: z.enum(FUNDING_STREAMS),
  band: z.enum(BANDS),
  weeklyMinutes: z.number().int(),
  firstDay: IsoDate.describe('First day of care in the period'),
  lastDay: IsoDate.describe('Last day of care in the period'),
  days: z.number().int().describe('Days of care in the period'),
  hours: z.number().describe('weekly minutes × days ÷ 7 ÷ 60, to two decimals'),
  rates: z
    .array(
      z.object({
        hourlyRatePence: z.number().int(),
        source: z.enum(['card', 'negotiated']),
        days: z.number().int(),
        amountPence: z.number().int().describe('round(rate × weekly minutes × days ÷ 420), half up'),
      }),
    )
    .describe('One entry per rate paid in the period (a package crossing an uplift has two)'),
  amountPence: z.number().int().describe('Sum of the rates’ amounts'),
});

export const PaymentsSchema = z
  .object({
    period: z.object({ from: IsoDate, to: IsoDate }),
    generatedAt: z.string(),
    fundingStream: z.enum(FUNDING_STREAMS).nullable(),
    rows: z.array(PaymentRowSchema),
    totals: z.object({
      all: Total,
      byFundingStream: z.record(z.enum(FUNDING_STREAMS), Total).describe('CHC is its own line (story H1)'),
    }),
  })
  .meta({ id: 'Payments' });

export const PaymentsCsvSchema = z.string().meta({ id: 'PaymentsCsv' });

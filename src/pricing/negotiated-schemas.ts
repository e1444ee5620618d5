import { z } from 'zod';
import { IsoDate } from '../calendar/dates';

/** The dearest hourly rate the service accepts (£200/h): anything more is a typing error. */
export const MAX_HOURLY_RATE_PENCE = 20_000;

export const NegotiatedRateBody = z
  .object({
    appliesFrom: IsoDate.describe(
      'First day the rate is paid: from the package’s intake day to a year from today (may be in the past)',
    ),
    hourlyRatePence: z
      .number()
      .int()
      .min(1)
      .max(MAX_HOURLY_RATE_PENCE)
      .nullable()
      .describe('Pence an hour; null: from appliesFrom the package follows the rate card again'),
    reason: z.string().trim().min(3).max(200).describe('Why this rate was agreed (kept on the audit trail)'),
  })
  .strict()
  .meta({ id: 'NegotiatedRateInput' });

const Recorded = z.object({
  id: z.number().int(),
  appliesFrom: IsoDate,
  hourlyRatePence: z.number().int().nullable(),
  reason: z.string(),
  createdAt: z.string(),
  createdBy: z.number().int().nullable(),
});

export const PackageRatesSchema = z
  .object({
    packageId: z.number().int(),
    band: z.string(),
    intakeHourlyRatePence: z.number().int().describe('The rate quoted at intake (history; not what is paid)'),
    today: z.object({
      date: IsoDate,
      hourlyRatePence: z.number().int().nullable(),
      source: z.enum(['card', 'negotiated']).nullable(),
    }),
    negotiated: z.array(Recorded),
  })
  .meta({ id: 'PackageRates' });

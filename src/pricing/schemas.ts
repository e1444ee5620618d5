import { z } from 'zod';
import { CalendarDate, daysInclusive, isIsoDate } from '../calendar/dates';
import { BANDS } from './bands';

/** A rate in whole pence per hour; £1,000/h is far above any care rate, so larger is a typing error. */
const pence = z.number().int('must be a whole number of pence').positive().max(100_000);

const RatesSchema = z
  .object({ urban: pence, fringe: pence, rural: pence, isolated: pence })
  .strict()
  .describe('Hourly rate per band, in pence');

export const RateCardSchema = z
  .object({
    id: z.number().int(),
    appliesFrom: z.string(),
    appliesUntil: z
      .string()
      .nullable()
      .describe('The day before the next card applies; null for the latest card'),
    label: z.string(),
    status: z.enum(['superseded', 'in-force', 'future']),
    ratesPence: z.object({
      urban: z.number().int(),
      fringe: z.number().int(),
      rural: z.number().int(),
      isolated: z.number().int(),
    }),
    createdAt: z.string(),
    createdBy: z.number().int().nullable(),
  })
  .meta({ id: 'RateCard' });

export const NewRateCardSchema = z
  .object({
    appliesFrom: CalendarDate.describe('A future date (annual uplift); cards in force are never changed'),
    label: z.string().trim().min(1).max(200),
    ratesPence: RatesSchema,
  })
  .strict()
  .meta({ id: 'NewRateCard' });

export const RateCardPatchSchema = z
  .object({
    appliesFrom: CalendarDate.optional(),
    label: z.string().trim().min(1).max(200).optional(),
    ratesPence: RatesSchema.partial().optional(),
  })
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: 'name at least one field to change', path: [] })
  .meta({ id: 'RateCardPatch' });

export const DateQuery = z.object({
  date: CalendarDate.optional().describe("Defaults to today's date in England"),
});

/** The longest framework call-off: 3 + 1 + 1 years (domain.md §4.3), plus a leap day. */
export const MAX_QUOTE_DAYS = 1827;

export const QuoteQuery = z
  .object({
    lon: z.coerce.number().min(-180).max(180).optional(),
    lat: z.coerce.number().min(-90).max(90).optional(),
    band: z.enum(BANDS).optional().describe('Price a band directly instead of a location'),
    weeklyHours: z.coerce
      .number()
      .positive()
      .max(500)
      .describe('Hours of care a week; decimals allowed (7.5)'),
    date: CalendarDate.optional().describe(
      'Date whose rate card prices the weekly and annual cost; defaults to from, else today',
    ),
    from: CalendarDate.optional(),
    to: CalendarDate.optional(),
  })
  .superRefine(
    (q, ctx) => {
      // Runs even when other fields failed (see `when`), so one answer names every problem.
      const hasLocation = q.lon !== undefined || q.lat !== undefined;
      if (hasLocation && q.band !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['band'],
          message: 'give either lat and lon, or band, not both',
        });
      } else if (!hasLocation && q.band === undefined) {
        ctx.addIssue({ code: 'custom', path: ['band'], message: 'give lat and lon, or band' });
      } else if (hasLocation) {
        if (q.lon === undefined)
          ctx.addIssue({ code: 'custom', path: ['lon'], message: 'lon is required with lat' });
        if (q.lat === undefined)
          ctx.addIssue({ code: 'custom', path: ['lat'], message: 'lat is required with lon' });
      }
      if ((q.from === undefined) !== (q.to === undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: [q.from === undefined ? 'from' : 'to'],
          message: 'give both from and to',
        });
      } else if (
        typeof q.from === 'string' &&
        typeof q.to === 'string' &&
        isIsoDate(q.from) &&
        isIsoDate(q.to)
      ) {
        if (q.to < q.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
        else if (daysInclusive(q.from, q.to) > MAX_QUOTE_DAYS) {
          ctx.addIssue({
            code: 'custom',
            path: ['to'],
            message: `the range may be at most ${MAX_QUOTE_DAYS} days (five years)`,
          });
        }
      }
    },
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  );

const SegmentSchema = z.object({
  from: z.string(),
  to: z.string(),
  days: z.number().int(),
  rateCardId: z.number().int(),
  rateCardAppliesFrom: z.string(),
  hourlyRatePence: z.number().int(),
  costPence: z.number().int(),
});

export const QuoteSchema = z
  .object({
    zoneId: z.string().nullable().describe('null when a band was given instead of a location'),
    zoneName: z.string().nullable(),
    band: z.enum(BANDS),
    bandSource: z.string().describe("How the band was set: the area's source (geo/README.md), or 'given'"),
    area: z.object({ areaId: z.string(), lsoa: z.string(), lad: z.string(), ladName: z.string() }).nullable(),
    weeklyHours: z.number(),
    weeklyMinutes: z.number().int(),
    date: z.string(),
    rateCard: z.object({ id: z.number().int(), appliesFrom: z.string(), label: z.string().nullable() }),
    hourlyRatePence: z.number().int(),
    weeklyCostPence: z.number().int(),
    annualCostPence: z.number().int().describe('weekly × 52 (domain.md §3.2)'),
    range: z
      .object({
        from: z.string(),
        to: z.string(),
        days: z.number().int(),
        totalPence: z.number().int().describe('Exactly the sum of the segments'),
        segments: z.array(SegmentSchema),
      })
      .nullable(),
  })
  .meta({ id: 'PriceQuote' });

const hours = z.coerce.number().min(0).max(1_000_000);

export const CostModelQuery = z.object({
  urban: hours.optional(),
  fringe: hours.optional(),
  rural: hours.optional(),
  isolated: hours.optional(),
  date: CalendarDate.optional(),
});

export const CostModelSchema = z
  .object({
    date: z.string(),
    hoursSource: z.enum(['july-2019-maintenance', 'given']),
    rateCardId: z.number().int(),
    rateCardAppliesFrom: z.string(),
    rateCardLabel: z.string().nullable(),
    totalWeeklyHours: z.number(),
    averageHourlyRatePence: z.number().int().nullable(),
    weeklyCostPence: z.number().int(),
    annualCostPence: z.number().int(),
    bands: z.array(
      z.object({
        band: z.enum(BANDS),
        weeklyHours: z.number(),
        weeklyMinutes: z.number().int(),
        shareBasisPoints: z.number().int(),
        sharePercent: z.number(),
        hourlyRatePence: z.number().int(),
        weeklyCostPence: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'CostModel' });

import { SpecialistListSchema } from '../providers/needs-schemas';
import { NotesSchema } from '../calendar/unplaced';
/**
 * The reports' answers as the document gives them: the JSON reports (model.ts, provider-report.ts),
 * and the CSV and GeoJSON renderings of the same figures (render.ts).
 */
import { z } from 'zod';
import { BudgetPositionSchema } from '../payments/budget-schemas';
import { PaymentsSchema } from '../payments/schemas';
import { FUNDING_STREAMS } from '../packages/model';
import { KpiSetSchema, PickUpTargetDaysSchema } from '../performance/kpis/schemas';
import { BANDS } from '../pricing/bands';
import { TargetInForceSchema } from './targets/schemas';

const Rag = z.enum(['red', 'amber', 'green']);
const Count = z.number().int();
const Pct = z.number().nullable().describe('Percent; null when there is nothing to divide by');
const Period = z.object({ from: z.string(), to: z.string() });
const byBand = <S extends z.ZodType>(schema: S) =>
  z.object(Object.fromEntries(BANDS.map((b) => [b, schema])) as Record<(typeof BANDS)[number], S>);

const Measure = z.object({
  value: z.number().nullable(),
  rag: Rag.nullable(),
  target: TargetInForceSchema.optional().describe(
    'The target it was judged against, with who set it and why (coverage: judged against the minimums)',
  ),
});
const RagBands = z.object({ green: z.number(), amber: z.number() });

const PickUpFigures = z.object({
  awards: Count,
  medianHours: z.number().nullable(),
  p90Hours: z.number().nullable(),
  withinTarget: Count,
  withinTargetPct: Pct,
});

const CostFigures = z.object({
  weeklyPence: Count,
  annualPence: Count,
  averageHourlyRatePence: z.number().nullable(),
  byBand: byBand(
    z.object({ weeklyHours: z.number(), weeklyPence: Count, averageHourlyRatePence: z.number().nullable() }),
  ),
});

const AreaReportSchema = z
  .object({
    area: z.object({
      type: z.enum(['zone', 'county']),
      id: z.string(),
      name: z.string(),
      sizeClass: z.string().nullable(),
    }),
    framework: z.object({
      primes: z.object({
        count: Count,
        minimum: Count.nullable(),
        zonesBelowMinimum: Count,
        names: z.array(z.string()),
        ratedInadequate: Count.describe(
          'Active primes rated Inadequate by the CQC: offered nothing, not counted',
        ),
        belowMinimumReason: z
          .string()
          .nullable()
          .describe('Why the zone is below its minimum primes, e.g. "2 active primes, 1 rated Inadequate"'),
      }),
      supplementaries: z.object({ count: Count, names: z.array(z.string()) }),
      providers: z.object({ count: Count, minimum: Count.nullable(), zonesBelowMinimum: Count }),
      chcApproved: Count,
      notTakingWork: Count.describe('Members that are mobilising or suspended'),
      capacity: z.object({ declaredWeeklyHours: z.number(), staleOrMissing: Count }),
    }),
    demand: z.object({
      plannedWeeklyHoursJuly2019: z.number(),
      placedWeeklyHours: z.number(),
      placedPctOfPlanned: Pct,
      placedPackages: Count,
      inCarePackages: Count,
      chc: z.object({ packages: Count, weeklyHours: z.number() }),
      byBand: byBand(z.object({ weeklyHours: z.number(), sharePct: Pct, july2019SharePct: z.number() })),
    }),
    unmetNeed: z.object({
      packages: Count,
      weeklyHours: z.number(),
      unplaced: Count,
      hospitalDischarge: Count,
      longestWaitHours: z.number().nullable(),
      medianWaitHours: z.number().nullable(),
    }),
    pickUp: z.object({
      all: PickUpFigures,
      byUrgency: z.record(z.string(), PickUpFigures),
      rounds: z.record(z.string(), z.object({ awards: Count, pct: Pct })),
    }),
    handBacks: z.object({
      count: Count,
      weeklyHours: z.number(),
      per100Awards: z.number().nullable(),
      byReason: z.record(z.string(), z.object({ count: Count, weeklyHours: z.number() })),
      byBand: z
        .record(z.string(), z.object({ count: Count, weeklyHours: z.number() }))
        .describe("Hand-backs by the package's price band"),
    }),
    bandOverrides: z
      .object({ packages: Count })
      .describe(
        'Packages taken in during the period whose band an officer overrode (docs/specification/zones-and-bands.md §2.9)',
      ),
    cost: z.object({
      atRatesInForce: CostFigures.describe(
        'Placed hours at the rate each package is paid on the report’s day: its negotiated rate, else the card in force for its band',
      ),
    }),
    rag: z.object({
      overall: Rag.nullable(),
      coverage: Measure,
      supply: Measure,
      pickUp: Measure,
      primeShare: Measure,
      longestWait: Measure,
      handBacks: Measure,
    }),
  })
  .meta({ id: 'AreaReport', description: "One zone's (or the county's) figures" });

const Placement = z.object({
  zoneId: z.string().nullable(),
  band: z.string().nullable(),
  placements: Count,
  medianHours: z.number().nullable(),
  p90Hours: z.number().nullable(),
});

/** Story H2: hospital-discharge and D2A packages, referral (intake) to first award in the period. */
const DischargePlacementSchema = z
  .object({
    byZoneAndBand: z.array(Placement),
    byZone: z.array(Placement),
    byBand: z.array(Placement),
    county: Placement,
  })
  .meta({ id: 'DischargePlacement' });

export const CoverageReportSchema = z
  .object({
    period: Period,
    asOf: z.string(),
    frameworkAsAt: z.string(),
    specialists: SpecialistListSchema.shape.specialisms.describe(
      'The countywide specialist list by specialism, open to every zone (HC20 ¶30)',
    ),
    pickUpTargetDays: PickUpTargetDaysSchema,
    rateCardInForce: z.object({ id: Count, appliesFrom: z.string(), label: z.string() }).nullable(),
    baselines: z.object({
      plannedWeeklyHoursJuly2019: z.number(),
      maintenanceWeeklyHoursJuly2019: z.number(),
      bandSharePctJuly2019: byBand(z.number()),
    }),
    ragThresholds: z.object({
      supplyPct: RagBands,
      pickUpWithinTargetPct: RagBands,
      primeSharePct: RagBands,
      longestWaitHours: RagBands,
      handBacksPer100Awards: RagBands,
      coverageAmberMargin: z.number(),
    }),
    fundingStream: z
      .enum(FUNDING_STREAMS)
      .nullable()
      .describe('The stream the report is limited to, or null'),
    dischargePlacement: DischargePlacementSchema,
    periodCost: z
      .object({
        from: z.string(),
        to: z.string(),
        amountPence: z.number().int(),
        hours: z.number(),
        byFundingStream: PaymentsSchema.shape.totals.shape.byFundingStream,
      })
      .describe(
        'What care in the period cost by the payments calculation: equals GET /exports/payments’ total for the same period and stream, to the penny',
      ),
    budget: BudgetPositionSchema,
    zones: z.array(AreaReportSchema),
    county: AreaReportSchema,
  })
  .meta({ id: 'ZoneCoverageReport' });

export const ProviderReportSchema = z
  .object({
    period: Period,
    asOf: z.string(),
    pickUpTargetDays: PickUpTargetDaysSchema,
    providers: z.array(
      z.object({
        provider: z.object({ id: Count, name: z.string() }),
        allZones: KpiSetSchema,
        zones: z.array(
          z.object({
            zone: z.object({ id: z.string(), name: z.string() }),
            role: z.string().nullable().describe('Its role in the zone now; null when it has none'),
            kpis: KpiSetSchema,
          }),
        ),
      }),
    ),
    notes: NotesSchema,
  })
  .meta({ id: 'ProviderReport' });

export const CsvSchema = z
  .string()
  .meta({ id: 'Csv', description: 'RFC 4180 CSV with a header row, UTF-8 with a byte-order mark' });

/** A report as GeoJSON: one feature per zone (or provider × zone) with the CSV's columns as properties. */
export const ReportFeatureCollectionSchema = z
  .looseObject({
    type: z.literal('FeatureCollection'),
    period: Period,
    asOf: z.string(),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        id: z.string(),
        geometry: z.looseObject({ type: z.string() }).nullable(),
        properties: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
      }),
    ),
  })
  .meta({
    id: 'ReportFeatureCollection',
    description:
      'RFC 7946 FeatureCollection; what has no outline (the county row) travels as foreign members',
  });

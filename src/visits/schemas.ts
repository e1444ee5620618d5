/** One zod schema per visit endpoint (docs/visits.md); the OpenAPI document is built from them. */
import { z } from 'zod';
import { checkRange } from '../calendar/periods';
import { Id } from '../http/params';
import { BANDS } from '../pricing/bands';
import { PeriodRange, ZoneId } from '../performance/schemas';
import { DryRunFlag, ImportModeFlag, RefusalSchema } from '../imports/schemas';
import { VISIT_BATCH_MAX } from './model';
import { VISIT_DIMENSIONS, type VisitDimension } from './kpis';

export const VisitUploadQuery = z.object({
  dryRun: DryRunFlag,
  mode: ImportModeFlag,
  providerId: Id.optional().describe(
    'Staff: the provider the records are uploaded for (required). A provider user: its own, or leave out',
  ),
});

/** The file itself, as text (the route reads `text/csv`). */
export const VisitsCsv = z
  .string({ error: 'send the file as the body, with Content-Type: text/csv' })
  .min(1, 'the file is empty')
  .describe(
    'Visit records as CSV with a header row: package_reference, planned_start, planned_minutes, actual_start, actual_end, carers_present (optional); see docs/visits.md',
  );

const Instant = z
  .string()
  .max(40)
  .describe('ISO 8601 with offset or Z, or an England time "YYYY-MM-DD HH:MM"');

export const VisitItemSchema = z.object({
  packageReference: z.string().max(40),
  plannedStart: Instant,
  plannedMinutes: z.number().int().describe('1–1440'),
  actualStart: Instant.nullable().optional().describe('Empty with actualEnd: the visit was missed'),
  actualEnd: Instant.nullable().optional(),
  carersPresent: z.number().int().nullable().optional().describe('0–4; absent: as planned when delivered'),
});
export type VisitItem = z.output<typeof VisitItemSchema>;

export const VisitBatchBody = z.object({
  visits: z
    .array(VisitItemSchema)
    .min(1)
    .max(VISIT_BATCH_MAX)
    .describe(`Up to ${VISIT_BATCH_MAX} visit records; a refusal's row is the item's position, from 1`),
});

export const VisitImportReportSchema = z
  .object({
    dryRun: z.boolean(),
    applied: z.boolean().describe('True when records were written (never on a dry run)'),
    providerId: z.number().int(),
    rowsRead: z.number().int(),
    accepted: z.number().int(),
    refused: z.number().int(),
    refusals: z.array(RefusalSchema),
    created: z.number().int().describe('Accepted records new to the service'),
    updated: z
      .number()
      .int()
      .describe('Accepted records that replaced one for the same package and planned start'),
  })
  .meta({ id: 'VisitImportReport', description: 'What an upload of visit records wrote (or would write)' });

export const VisitImportRefusedSchema = z.object({
  dryRun: z.boolean(),
  applied: z.literal(false),
  rowsRead: z.number().int(),
  accepted: z.number().int(),
  refused: z.number().int(),
  refusals: z.array(RefusalSchema),
});

const GroupBy = z
  .string()
  .optional()
  .describe('Comma-separated dimensions: provider, zone, band (default: provider)')
  .transform((v, ctx) => {
    const dims = (v ?? 'provider')
      .split(',')
      .map((d) => d.trim())
      .filter(Boolean);
    for (const d of dims) {
      if (!(VISIT_DIMENSIONS as readonly string[]).includes(d)) {
        ctx.addIssue({ code: 'custom', message: `unknown dimension "${d}" (provider, zone, band)` });
        return z.NEVER;
      }
    }
    return [...new Set(dims)] as VisitDimension[];
  });

export const VisitKpiQuery = z
  .object({
    ...PeriodRange,
    groupBy: GroupBy,
    providerId: Id.optional(),
    zoneId: ZoneId.optional(),
    band: z.enum(BANDS).optional(),
  })
  .superRefine(checkRange);

const Count = z.number().int();
export const VisitCountsSchema = z.object({
  due: Count.describe('Visits planned in the period that were delivered or missed'),
  delivered: Count,
  missed: Count,
  late: Count.describe('Delivered more than the late threshold after the planned start'),
  short: Count.describe('Delivered for less than the short share of the planned minutes'),
  twoCarerVisits: Count,
  twoCarerWithFewer: Count.describe('Two-carer visits delivered with fewer carers'),
  punctual: Count.describe('Delivered and not late'),
  punctualPct: z.number().nullable().describe('punctual ÷ due, percent to one decimal place'),
});

export const VisitKpiReportSchema = z
  .object({
    period: z.object({ from: z.string(), to: z.string() }),
    asOf: z.string(),
    thresholds: z.object({ lateMinutes: z.number(), shortShare: z.number() }),
    groups: z.array(
      z.object({
        provider: z.object({ id: z.number().int(), name: z.string().nullable() }).optional(),
        zone: z.object({ id: z.string(), name: z.string().nullable() }).optional(),
        band: z.string().optional(),
        counts: VisitCountsSchema,
      }),
    ),
  })
  .meta({ id: 'VisitKpiReport', description: 'Visit KPIs per group (a provider sees only its own)' });

export const PackageVisitsQuery = z
  .object({
    from: PeriodRange.from.describe('First day, YYYY-MM-DD (default: 27 days before `to`)'),
    to: PeriodRange.to,
  })
  .superRefine(checkRange);

export const PackageVisitsSchema = z
  .object({
    packageId: z.number().int(),
    period: z.object({ from: z.string(), to: z.string() }),
    thresholds: z.object({ lateMinutes: z.number(), shortShare: z.number() }),
    visits: z.array(
      z.object({
        providerId: z.number().int(),
        plannedStart: z.string(),
        plannedMinutes: z.number().int(),
        actualStart: z.string().nullable(),
        actualEnd: z.string().nullable(),
        carersPlanned: z.number().int(),
        carersPresent: z.number().int(),
        outcome: z.enum(['planned', 'missed', 'delivered']),
        late: z.boolean(),
        short: z.boolean(),
        carerShort: z.boolean(),
        minutesLate: z.number().int().nullable(),
        actualMinutes: z.number().int().nullable(),
      }),
    ),
  })
  .meta({ id: 'PackageVisits', description: "A package's planned against actual visits for a period" });

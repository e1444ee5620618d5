import { NotesSchema } from '../../calendar/unplaced';
import { z } from 'zod';
import { checkRange } from '../../calendar/periods';
import { Id } from '../../http/params';
import { FUNDING_STREAMS } from '../../packages/model';
import { BANDS } from '../../pricing/bands';
import { PeriodRange, ZoneId } from '../schemas';
import { KPI_DIMENSIONS, type KpiDimension } from './kpis';

/** 'provider,zone' → ['provider', 'zone']; an unknown dimension is a validation error. */
const GroupBy = z
  .string()
  .optional()
  .describe('Comma-separated dimensions: provider, zone, band (none = county-wide)')
  .transform((v, ctx) => {
    const dims = v
      ? v
          .split(',')
          .map((d) => d.trim())
          .filter(Boolean)
      : [];
    for (const d of dims) {
      if (!(KPI_DIMENSIONS as readonly string[]).includes(d)) {
        ctx.addIssue({ code: 'custom', message: `unknown dimension "${d}" (provider, zone, band)` });
        return z.NEVER;
      }
    }
    return [...new Set(dims)] as KpiDimension[];
  });

export const KpiQuerySchema = z
  .object({
    ...PeriodRange,
    groupBy: GroupBy,
    provider: Id.optional(),
    zone: ZoneId.optional(),
    band: z.enum(BANDS).optional(),
    fundingStream: z
      .enum(FUNDING_STREAMS)
      .optional()
      .describe('Only packages of this funding stream (offers through their package)'),
  })
  .superRefine(checkRange);

const Pct = z
  .number()
  .nullable()
  .describe('Percent to one decimal place; null when there is nothing to divide by');
const Count = z.number().int();

/**
 * One group's KPIs (docs/quality-score.md "KPIs"); the same set the scores, snapshots and provider
 * report carry.
 */
export const KpiSetSchema = z
  .object({
    offers: z.object({
      received: Count,
      decided: Count.describe('Offers that could be answered (not withdrawn before their deadline)'),
      respondedInWindow: Count,
      respondedInWindowPct: Pct,
      accepted: Count,
      acceptedPct: Pct,
      quickAccepted: Count,
      expired: Count,
      declined: Count,
      declinedByReason: z.record(z.string(), Count),
      responseMinutes: z.object({ median: z.number().nullable(), p90: z.number().nullable() }),
    }),
    pickUp: z.object({
      awarded: Count,
      medianHours: z.number().nullable(),
      p90Hours: z.number().nullable(),
      withinTarget: Count,
      withinTargetPct: Pct,
    }),
    careStart: z.object({
      started: Count,
      medianDaysFromAward: z.number().nullable(),
      judged: Count,
      startedByAgreedDate: Count,
      startedByAgreedDatePct: Pct,
    }),
    handBacks: z.object({
      count: Count,
      per100Awarded: z.number().nullable(),
      weeklyHours: z.number(),
      byReason: z.record(z.string(), z.object({ count: Count, weeklyHours: z.number() })),
      withoutNotice: Count.describe(
        'Hand-backs with less than the default notice for a reason that needed it (not safety or provider exit), approved or not; each counts against the response component',
      ),
    }),
    held: z.object({ packages: Count, weeklyHours: z.number() }),
  })
  .meta({ id: 'KpiSet' });

export const PickUpTargetDaysSchema = z
  .object({
    urgent: Count.describe('Calendar days after intake; 0 = the same day'),
    standard: Count,
  })
  .meta({ id: 'PickUpTargetDays' });

const NamedProvider = z.object({ id: Count, name: z.string().nullable() });
const NamedZone = z.object({ id: z.string(), name: z.string().nullable() });

export const KpiReportSchema = z
  .object({
    period: z.object({ from: z.string(), to: z.string() }),
    asOf: z.string(),
    groupBy: z.array(z.enum(KPI_DIMENSIONS)),
    filter: z.object({
      providerId: Count.optional(),
      zoneId: z.string().optional(),
      band: z.string().optional(),
      fundingStream: z.string().optional(),
    }),
    pickUpTargetDays: PickUpTargetDaysSchema,
    groups: z.array(
      z.object({
        group: z.object({
          provider: NamedProvider.optional(),
          zone: NamedZone.optional(),
          band: z.string().optional(),
        }),
        kpis: KpiSetSchema,
      }),
    ),
    notes: NotesSchema,
  })
  .meta({ id: 'KpiReport' });

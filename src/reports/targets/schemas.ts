import { z } from 'zod';
import { IsoDate } from '../../calendar/dates';
import { ZoneId } from '../../performance/schemas';
import { RAG_METRICS } from './model';

const Value = z.number().finite().min(0).max(100_000);

export const RagTargetsQuery = z.object({
  on: IsoDate.optional().describe("The day the targets are in force on (default: today's date in England)"),
});

export const SetRagTargetSchema = z
  .object({
    metric: z.enum(RAG_METRICS),
    zoneId: ZoneId.optional().describe(
      'A zone: this is its override (with a comment); absent: the council-wide target',
    ),
    target: Value.optional().describe(
      'The green line; absent with a zone: the zone follows the council-wide target again',
    ),
    tolerance: Value.optional().describe('How far past the target is still amber'),
    effectiveFrom: IsoDate.describe('The first day it applies: today to a year ahead'),
    comment: z.string().trim().min(1).max(2_000).optional().describe('Why; required for a zone override'),
  })
  .strict();

const SetBy = z.object({ id: z.number().int(), name: z.string() }).nullable();

export const TargetInForceSchema = z
  .object({
    target: z.number(),
    tolerance: z.number(),
    green: z.number(),
    amber: z.number(),
    source: z.enum(['default', 'council', 'zone-override']),
    effectiveFrom: z.string().nullable(),
    setBy: SetBy,
    comment: z.string().nullable(),
  })
  .meta({ id: 'RagTargetInForce' });

export const StoredTargetSchema = z
  .object({
    id: z.number().int(),
    metric: z.enum(RAG_METRICS),
    zoneId: z.string().nullable(),
    target: z.number().nullable(),
    tolerance: z.number().nullable(),
    effectiveFrom: z.string(),
    comment: z.string().nullable(),
    setBy: SetBy,
    setAt: z.string().describe('ISO instant'),
  })
  .meta({ id: 'RagTarget' });

export const RagTargetsSchema = z
  .object({
    on: z.string(),
    metrics: z.array(
      z.object({
        metric: z.enum(RAG_METRICS),
        higherIsBetter: z.boolean(),
        unit: z.string(),
        council: TargetInForceSchema,
        overrides: z.array(TargetInForceSchema.extend({ zoneId: z.string(), zoneName: z.string() })),
      }),
    ),
    history: z.array(StoredTargetSchema),
  })
  .meta({ id: 'RagTargets' });

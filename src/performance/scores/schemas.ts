import { NotesSchema } from '../../calendar/unplaced';
import { z } from 'zod';
import { ZONE_ROLES } from '../../providers/model';
import { RAGS } from '../evidence/model';
import { KpiSetSchema } from '../kpis/schemas';
import { IsoDateTime } from '../../calendar/dates';
import { checkRange } from '../../calendar/periods';
import { DateRange, ZoneId } from '../schemas';

export const HistoryQuerySchema = z
  .object({
    ...DateRange,
    zone: ZoneId.optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
  })
  .superRefine(checkRange);

export const ScoresQuerySchema = z.object({
  zone: ZoneId.optional(),
  at: IsoDateTime.optional().describe('The instant to read scores at (default: now)'),
});

export const ProviderScoreQuery = z.object({ at: ScoresQuerySchema.shape.at });

const Score = z.number().describe('0–100');
const Instant = z.string().describe('ISO instant (UTC)');
const Role = z.enum(ZONE_ROLES);
const Components = z.object({ pickUp: Score, quality: Score, response: Score });

const ComponentScoreSchema = z.object({
  value: Score.describe('The blended value, 0–100'),
  live: Score.nullable().describe('The live evidence alone; null with no evidence'),
  evidence: z.number().int().describe('How many observations the live value rests on'),
  liveWeight: z.number().describe('n / (n + k): how far the value has moved from the tender score'),
});

export const SnapshotSchema = z
  .object({
    id: z.number().int(),
    runId: z.number().int(),
    providerId: z.number().int(),
    zoneId: z.string(),
    computedFor: z.string().describe('The England date of the run'),
    computedAt: Instant,
    role: z.string().nullable(),
    tenderScore: Score,
    value: Score,
    rag: z.enum(RAGS),
    components: z.object({
      pickUp: ComponentScoreSchema,
      quality: ComponentScoreSchema,
      response: ComponentScoreSchema,
    }),
    evidencePeriod: z.object({ from: z.string(), to: z.string() }),
    quality: z.object({
      visits: z.number().int(),
      meanVisitScore: z.number().nullable(),
      cqcRating: z.string().nullable(),
      cqcRatedOn: z
        .string()
        .nullable()
        .optional()
        .describe(
          "The overall rating's publication date in the CQC ratings register (absent on older snapshots)",
        ),
      upheldComplaints: z.number().int(),
      safeguardingConcerns: z.number().int(),
      visitRecords: z
        .object({ due: z.number().int(), punctual: z.number().int() })
        .optional()
        .describe('Call-monitoring visits due in the zone, and those not late (absent on older snapshots)'),
    }),
    kpis: KpiSetSchema,
  })
  .meta({
    id: 'ScoreSnapshot',
    description: 'A stored score with its components and the evidence behind it',
  });

export const SnapshotHistorySchema = z
  .object({ snapshots: z.array(SnapshotSchema) })
  .meta({ id: 'ScoreSnapshotHistory' });

/** The score in force: a snapshot's (with its id), or the tender score until there is one. */
const ScoreInForceSchema = z.union([
  SnapshotSchema.extend({ source: z.literal('snapshot'), snapshotId: z.number().int() }),
  z.object({
    source: z.literal('tender'),
    snapshotId: z.null(),
    value: Score,
    rag: z.enum(RAGS),
    tenderScore: Score,
    components: z.null(),
    kpis: z.null(),
  }),
]);

export const ProviderScoresSchema = z
  .object({
    provider: z.object({ id: z.number().int(), name: z.string(), tenderScore: Score }),
    at: Instant,
    zones: z.array(
      z.object({
        zone: z.object({ id: z.string(), name: z.string() }),
        role: Role,
        score: ScoreInForceSchema,
      }),
    ),
  })
  .meta({ id: 'ProviderScores' });

export const ZoneScoresSchema = z
  .object({
    at: Instant,
    zones: z.array(
      z.object({
        zone: z.object({ id: z.string(), name: z.string() }),
        providers: z.array(
          z.object({
            provider: z.object({ id: z.number().int(), name: z.string() }),
            role: Role,
            value: Score,
            rag: z.enum(RAGS),
            source: z.enum(['snapshot', 'tender']),
            snapshotId: z.number().int().nullable(),
            computedFor: z.string().nullable(),
            components: Components.nullable(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'ZoneScores' });

export const ScoreRunSchema = z
  .object({
    runId: z.number().int().nullable(),
    runKey: z.string(),
    computedFor: z.string(),
    asOf: Instant,
    snapshots: z.number().int().describe('Snapshots stored'),
    skipped: z.boolean().describe('True when another computation already stored this run'),
    notes: NotesSchema,
  })
  .meta({ id: 'ScoreRun' });

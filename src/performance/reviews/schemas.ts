import { z } from 'zod';
import { ZONE_ROLES } from '../../providers/model';
import { Id } from '../../http/params';
import { ZoneId } from '../schemas';
import { DECISION_REASONS, FLAG_KINDS, FLAG_STATUSES } from './model';

export const FlagListQuery = z.object({
  status: z.enum(FLAG_STATUSES).optional(),
  kind: z.enum(FLAG_KINDS).optional(),
  zone: ZoneId.optional(),
  provider: Id.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const ConfirmFlagSchema = z
  .object({
    reason: z.enum(DECISION_REASONS),
    acknowledgeBelowMinPrimes: z
      .boolean()
      .default(false)
      .describe('Required (true) when the demotion leaves the zone below its minimum primes'),
  })
  .strict();

export const DismissFlagSchema = z.object({ reason: z.enum(DECISION_REASONS) }).strict();

const Instant = z.string().describe('ISO instant (UTC)');
const Role = z.enum(ZONE_ROLES);

export const PrimeCoverageSchema = z
  .object({
    minPrimes: z.number().int(),
    activePrimes: z.number().int(),
    primesAfter: z.number().int().describe('Active primes if the provider were demoted'),
    belowMinPrimes: z.boolean(),
  })
  .meta({ id: 'PrimeCoverage' });

/** What the review recorded as the flag's grounds (src/performance/reviews/rules.ts, run.ts). */
const FlagEvidenceSchema = z.looseObject({
  rule: z.string(),
  months: z.array(
    z.object({
      month: z.string().describe('YYYY-MM'),
      meanScore: z.number(),
      snapshots: z.number().int(),
      threshold: z.number().optional(),
      primeMedian: z.number().optional(),
    }),
  ),
  offers: z.number().int().optional(),
  minOffers: z.number().int().optional(),
  latestSnapshot: z
    .object({
      id: z.number().int(),
      computedFor: z.string(),
      value: z.number(),
      rag: z.string(),
      components: z.object({ pickUp: z.number(), quality: z.number(), response: z.number() }),
    })
    .nullable()
    .optional(),
  coverage: PrimeCoverageSchema.nullable().optional(),
});

export const FlagSchema = z
  .object({
    id: z.number().int(),
    provider: z.object({ id: z.number().int(), name: z.string().nullable() }),
    zone: z.object({ id: z.string(), name: z.string().nullable() }),
    kind: z.enum(FLAG_KINDS),
    fromRole: Role,
    toRole: Role,
    reviewMonth: z.string(),
    period: z.object({ from: z.string(), to: z.string() }),
    belowMinPrimes: z.boolean(),
    evidence: FlagEvidenceSchema,
    status: z.enum(FLAG_STATUSES),
    raisedAt: Instant,
    decision: z
      .object({
        at: Instant.nullable(),
        by: z.number().int().nullable(),
        reason: z.enum(DECISION_REASONS).nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'ReviewFlag', description: 'A promotion or demotion flag with its evidence' });

export const FlagListSchema = z.object({ flags: z.array(FlagSchema) }).meta({ id: 'ReviewFlagList' });

export const FlagWithCoverageSchema = FlagSchema.extend({
  coverageNow: PrimeCoverageSchema.nullable().describe("For a demotion: the zone's prime coverage now"),
}).meta({ id: 'ReviewFlagDetail' });

export const ReviewRunSchema = z
  .object({
    reviewMonth: z.string(),
    period: z.object({ from: z.string(), to: z.string() }),
    candidates: z.number().int(),
    raised: z.number().int(),
    flagIds: z.array(z.number().int()),
  })
  .meta({ id: 'ReviewRun' });

/** Extension members of a 409 on a flag: where it stands, or the provider's role now. */
export const FlagConflictProblem = z.object({
  flagStatus: z.enum(FLAG_STATUSES).optional(),
  currentRole: Role.nullable().optional(),
});

/** Extension members of the 422 for a demotion below the zone's minimum primes. */
export const BelowMinPrimesProblem = z.object({ coverage: PrimeCoverageSchema.optional() });

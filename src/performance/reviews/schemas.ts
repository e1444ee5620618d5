import { z } from 'zod';
import { ZONE_ROLES } from '../../providers/model';
import { Id } from '../../http/params';
import { ZoneId } from '../schemas';
import { DECISION_REASONS, FLAG_KINDS, FLAG_STATUSES, MANUAL_FLAG_KINDS } from './model';

export const FlagListQuery = z.object({
  status: z.enum(FLAG_STATUSES).optional(),
  kind: z.enum(FLAG_KINDS).optional(),
  zone: ZoneId.optional(),
  provider: Id.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

/** What every decision and every flag raised by hand records beside its code (HC20 ¶27: decided on evidence). */
const Statement = (what: string) => z.string().trim().min(1).max(4_000).describe(what);
const DecisionRecord = {
  reason: z.enum(DECISION_REASONS),
  evidence: Statement('The evidence the decision rests on (visits, scores, correspondence)'),
  comment: Statement('Why the commissioner decided so'),
};

export const ConfirmFlagSchema = z
  .object({
    ...DecisionRecord,
    acknowledgeBelowMinPrimes: z
      .boolean()
      .default(false)
      .describe('Required (true) when the demotion leaves the zone below its minimum primes'),
  })
  .strict();

export const DismissFlagSchema = z.object(DecisionRecord).strict();

/** A flag raised by a commissioner, with its evidence; someone else confirms it. */
export const RaiseFlagSchema = z
  .object({
    providerId: Id,
    zoneId: ZoneId,
    kind: z.enum(MANUAL_FLAG_KINDS),
    evidence: Statement('The evidence of sustained performance the flag rests on'),
    comment: Statement('Why the flag is raised'),
  })
  .strict();

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
      supplementaryMedian: z.number().optional(),
    }),
  ),
  offers: z.number().int().optional(),
  minOffers: z.number().int().optional(),
  statement: z.string().optional().describe('A flag raised by hand: the evidence its raiser gave'),
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
    raisedBy: z.number().int().nullable().describe('The user who raised it by hand; null: the daily review'),
    raiseComment: z.string().nullable(),
    decision: z
      .object({
        at: Instant.nullable(),
        by: z.number().int().nullable(),
        reason: z.enum(DECISION_REASONS).nullable(),
        evidence: z.string().nullable().describe('Null on decisions recorded before evidence was asked for'),
        comment: z.string().nullable(),
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

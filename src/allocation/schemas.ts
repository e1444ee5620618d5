/** The allocation API's requests and answers: offers, the queue, the sweep and the explanation. */
import { z } from 'zod';
import {
  BAND_OVERRIDE_REASONS,
  CARE_TYPES,
  FUNDING_STREAMS,
  DECLINE_REASONS,
  PACKAGE_STATUSES,
  URGENCIES,
} from '../packages/model';
import { SORT_ORDERS } from '../http/params';
import { NeedsSchema } from '../packages/needs-schema';
import { BANDS } from '../pricing/bands';
import { ACTION_REASONS, QUEUE_SORTS, QUEUE_VIEWS } from '../packages/queue/views';
import { ROUND_KINDS } from './policy';

const Id = z.coerce.number().int().positive().max(2_147_483_647);
const Instant = z.string().describe('ISO instant (UTC)');
const NamedZone = z.object({ id: z.string(), name: z.string() });

export const OFFER_STATUSES = [
  'pending',
  'accepted',
  'declined',
  'expired',
  'won',
  'lost',
  'withdrawn',
] as const;
export const EXCLUSION_REASONS = [
  'not-active',
  'rated-inadequate',
  'not-chc-approved',
  'no-capacity-declared',
  'not-enough-capacity',
  'offered-as-prime',
  'no-needs-declared',
  'cannot-double-up',
  'carer-gender-unavailable',
  'specialism-not-declared',
  'not-on-specialist-list',
  'handed-back',
  'leaving-market',
] as const;

export const IdParams = z.object({ id: Id });

export const OfferListQuery = z.object({
  status: z.enum(OFFER_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const QueueQuery = z.object({
  view: z.enum(QUEUE_VIEWS).optional().describe('One view; without it, both (needing action first)'),
  zone: z.string().max(60).optional(),
  band: z.enum(BANDS).optional(),
  urgency: z.enum(URGENCIES).optional(),
  status: z.enum(['brokering', 'unplaced', 'awarded']).optional(),
  sort: z
    .enum(QUEUE_SORTS)
    .default('priority')
    .describe(
      'priority: urgent and hospital discharge first, then the longest waiting (needs action) or the soonest window end (with providers)',
    ),
  order: z.enum(SORT_ORDERS).default('asc').describe('For a column sort; empty values always last'),
});

export const OfferAnswerSchema = z
  .object({
    offerId: z.number().int(),
    status: z.enum(OFFER_STATUSES),
    roundOutcome: z.enum(['waiting', 'awarded', 'next-round']),
  })
  .meta({ id: 'OfferResponse' });

/** Extension members of a 409 for an offer that can no longer be answered. */
export const OfferClosedProblem = z.object({
  offerStatus: z.enum(OFFER_STATUSES).optional().describe('Where the offer stands'),
});

/** An officer's band override as providers and explanations see it: from which band, and why. */
const BandOverrideNote = z
  .object({ placedBand: z.string(), reason: z.enum(BAND_OVERRIDE_REASONS) })
  .nullable()
  .describe(
    'Null unless an officer overrode the band the area gave (docs/specification/zones-and-bands.md §2.9)',
  );

export const OfferSchema = z
  .object({
    id: z.number().int(),
    status: z.enum(OFFER_STATUSES),
    rank: z.number().int(),
    round: z.enum(ROUND_KINDS),
    sentAt: Instant,
    deadlineAt: Instant,
    respondedAt: Instant.nullable(),
    declineReason: z.enum(DECLINE_REASONS).nullable(),
    proposedStart: z.string().nullable(),
    packageId: z.number().int(),
    zone: NamedZone,
    whereabouts: z
      .object({
        near: z.string().nullable().describe('The nearest named settlement'),
        postcodeDistrict: z.string().nullable().describe('The outward code, e.g. LE12'),
        label: z.string().nullable().describe('e.g. "near Shepshed, LE12"'),
      })
      .describe('Roughly where the person lives, to judge travel: never the postcode or coordinates'),
    band: z.string(),
    bandOverride: BandOverrideNote,
    hourlyRatePence: z.number().int(),
    weeklyMinutes: z.number().int(),
    weeklyHours: z.number(),
    visitsPerWeek: z.number().int(),
    fundingStream: z.enum(FUNDING_STREAMS),
    careType: z
      .enum(CARE_TYPES)
      .describe('Derived from fundingStream: chc for the chc stream, otherwise core'),
    urgency: z.enum(URGENCIES),
    wantedStart: z.string(),
    needs: NeedsSchema,
  })
  .meta({ id: 'Offer', description: 'An offer as its provider sees it: nothing that identifies the person' });

export const OfferListSchema = z.object({ offers: z.array(OfferSchema) }).meta({ id: 'OfferList' });

export const QueueSchema = z
  .object({
    packages: z.array(
      z.object({
        id: z.number().int(),
        zone: NamedZone,
        band: z.string(),
        weeklyHours: z.number(),
        urgency: z.enum(URGENCIES),
        careType: z
          .enum(CARE_TYPES)
          .describe('Derived from fundingStream: chc for the chc stream, otherwise core'),
        fundingStream: z.enum(FUNDING_STREAMS),
        status: z.enum(PACKAGE_STATUSES),
        round: z
          .object({ number: z.number().int(), kind: z.enum(ROUND_KINDS) })
          .nullable()
          .describe('The open round, if any'),
        waitedMinutes: z.number().int().describe('Since intake'),
        minutesLeftInWindow: z.number().int().nullable(),
        escalated: z.boolean(),
        reference: z.string().nullable(),
        weeklyMinutes: z.number().int(),
        visitsPerWeek: z.number().int(),
        wantedStart: z.string(),
        agreedStart: z.string().nullable().describe('The start agreed at the award, if awarded'),
        view: z.enum(QUEUE_VIEWS),
        reasons: z.array(z.enum(ACTION_REASONS)).describe('Why it needs an officer (empty: with providers)'),
        canWiden: z.boolean(),
        answers: z
          .object({
            offered: z.number().int(),
            accepted: z.number().int(),
            declined: z.number().int(),
            waiting: z.number().int(),
          })
          .describe("Answers to the latest round's offers"),
      }),
    ),
    counts: z.object({ needsAction: z.number().int(), withProviders: z.number().int() }),
    rules: z.object({
      escalateAfterHours: z.number().describe('ESCALATE_AFTER_HOURS: flagged this long after intake'),
      careStartOverdueDays: z
        .number()
        .int()
        .describe(
          'CARE_START_OVERDUE_DAYS: an award with no start confirmed this many days after the agreed start',
        ),
    }),
  })
  .meta({ id: 'BrokerageQueue' });

export const SweepResultSchema = z
  .object({
    roundsClosed: z.number().int().describe('Rounds settled at their deadline'),
    escalated: z.number().int().describe('Packages newly flagged for escalation'),
    rebrokered: z.number().int().describe('Hand-backs whose re-brokering opened on its day'),
    noticesEnded: z
      .number()
      .int()
      .describe('Packages still re-brokering whose outgoing provider reached its notice date'),
  })
  .meta({ id: 'SweepResult' });

const ScoreSchema = z.object({
  value: z.number(),
  components: z.object({ pickUp: z.number(), quality: z.number(), response: z.number() }).nullable(),
  source: z.enum(['tender', 'snapshot']),
  snapshotId: z.number().int().nullable(),
});

const RoundStorySchema = z.object({
  number: z.number().int(),
  kind: z.enum(ROUND_KINDS),
  openedAt: Instant,
  deadlineAt: Instant.nullable(),
  closedAt: Instant.nullable(),
  outcome: z.string(),
  ranking: z.array(
    z.object({
      providerId: z.number().int(),
      name: z.string(),
      rank: z.number().int(),
      score: ScoreSchema,
      recentAwardsInZone: z.number().int(),
      capacityMinutes: z.number().int().nullable(),
      notes: z.array(z.enum(EXCLUSION_REASONS)),
      deliversCareNearby: z
        .boolean()
        .optional()
        .describe(
          'On re-brokering after a hand-back only: already delivering care within CONTINUITY_DISTANCE_KM of the person, so first among equal scores',
        ),
      meetsLanguages: z
        .boolean()
        .nullable()
        .optional()
        .describe('Declared every language the package prefers (null: none preferred); breaks ties only'),
    }),
  ),
  excluded: z.array(
    z.object({ providerId: z.number().int(), name: z.string(), reasons: z.array(z.enum(EXCLUSION_REASONS)) }),
  ),
  tieBreak: z.string(),
  order: z
    .object({ rounds: z.array(z.enum(ROUND_KINDS)), because: z.string() })
    .optional()
    .describe("The package's order of automatic rounds and why (docs/specification/allocation.md §5.17)"),
  responses: z.array(
    z.object({
      offerId: z.number().int(),
      provider: z.object({ id: z.number().int(), name: z.string() }),
      rank: z.number().int(),
      status: z.enum(OFFER_STATUSES),
      sentAt: Instant,
      respondedAt: Instant.nullable(),
      responseMinutes: z.number().int().nullable(),
      declineReason: z.string().nullable(),
      proposedStart: z.string().nullable(),
    }),
  ),
  why: z.string().nullable().describe('Why the winner won, in words'),
});

export const AllocationExplanationSchema = z
  .object({
    packageId: z.number().int(),
    band: z
      .object({ band: z.string(), override: BandOverrideNote })
      .nullable()
      .describe("The band the package is offered at, and an officer's override of the area's band"),
    episodes: z.array(
      z.object({
        number: z.number().int(),
        openedBecause: z.string(),
        openedAt: Instant,
        outcome: z.string(),
        awardedProvider: z.object({ id: z.number().int(), name: z.string().nullable() }).nullable(),
        awardedAt: Instant.nullable(),
        pickUpMinutes: z.number().int().nullable(),
        careStartedOn: z.string().nullable(),
        handBack: z
          .object({
            at: Instant.nullable(),
            reason: z.string().nullable(),
            noticeDate: z.string().nullable(),
          })
          .nullable(),
        rounds: z.array(RoundStorySchema),
      }),
    ),
  })
  .meta({ id: 'AllocationExplanation' });

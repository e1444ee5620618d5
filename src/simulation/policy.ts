/**
 * A brokerage policy to try in the simulator: the settings commissioners change on evidence (offer
 * windows, quality-score weights, review rules, rates, capacity strictness, primes per zone, the
 * specialist round order, hand-back notice and continuity), as a
 * JSON file validated with zod. Every field is optional: what a file leaves out keeps the service's
 * own configuration (src/config.ts), so `{}` is "the service as configured today".
 *
 * @example
 *   { "name": "longer windows", "allocation": { "standardWindowMinutes": 2880 }, "ratesPence": { "rural": 2500 } }
 */
import fs from 'node:fs';
import { z } from 'zod';
import { RoundKinds } from '../allocation/round-order';
import type { Config } from '../config';
import { BANDS, type Band } from '../pricing/bands';
import { INDICATIVE_RATE_CARD_2021 } from '../pricing/rate-card';
import { isSupportedCron } from './runner/cron';
import { ZONE_CATALOGUE } from '../zones/catalogue';

const ZONE_IDS = ZONE_CATALOGUE.map((z) => z.id) as [string, ...string[]];
const zoneId = z.enum(ZONE_IDS);
const minutes = z.number().int().min(1).max(10_080);
const weight = z.number().min(0).max(100);
const pence = z.number().int().min(1).max(100_000);

const cronSchedule = z
  .string()
  .refine(isSupportedCron, 'a cron expression as the scheduler reads it (minute hour day month weekday)');

/** What the simulated brokerage officers do with an unplaced package (the service leaves it to them). */
const OfficerSchema = z
  .object({
    /** Widened rounds after the package became unplaced, in order (docs/brokerage.md "Rounds"). */
    widen: z
      .array(
        z.object({ scope: z.enum(['neighbours', 'all']), afterHours: z.number().min(0).max(2_000) }).strict(),
      )
      .max(5),
    /** After the last widening, widen to neighbours again this often (capacity frees up over time). */
    retryEveryHours: z.number().min(1).max(2_000),
    /** A package still waiting this many days after intake is cancelled (needs met another way). */
    cancelAfterDays: z.number().min(1).max(365),
  })
  .strict();

/**
 * Hand-backs (docs/specification/hand-backs.md §6.2–6.3): the service's settings, and how many
 * simulated providers give short notice and what the simulated commissioner decides about it.
 */
const HandBackSchema = z
  .object({
    /** HAND_BACK_NOTICE_DAYS: notice shorter than this needs a commissioner's approval. */
    noticeDays: z.number().int().min(1).max(365),
    /** HAND_BACK_REBROKER_LEAD_DAYS: re-brokering opens this many days before the notice date; null: at once. */
    rebrokerLeadDays: z.number().int().min(0).max(365).nullable(),
    /** CONTINUITY_DISTANCE_KM: providers delivering care this near the person win ties on re-brokering. */
    continuityKm: z.number().min(0).max(100),
    /** Share of simulated hand-backs given with short notice (a behaviour assumption, default 0). */
    shortNoticeShare: z.number().min(0).max(1),
    /** Days of notice those hand-backs give (default 7); must be shorter than noticeDays. */
    shortNoticeDays: z.number().int().min(0).max(364),
    /** What the simulated commissioner decides on short notice, a working day after it is given. */
    shortNoticeDecision: z.enum(['approve', 'refuse']),
  })
  .strict()
  .partial();

export const PolicySchema = z
  .object({
    name: z.string().trim().min(1).max(60).optional(),
    allocation: z
      .object({
        urgentWindowMinutes: minutes,
        standardWindowMinutes: minutes,
        escalateAfterHours: z.number().min(1).max(2_000),
        capacityMode: z.enum(['strict', 'advisory']),
        tieBreakDays: z.number().int().min(1).max(365),
        /** SPECIALIST_ROUND_ORDER, e.g. ["specialists", "primes", "supplementaries"]. */
        specialistRoundOrder: RoundKinds,
      })
      .strict()
      .partial()
      .optional(),
    score: z
      .object({
        weights: z.object({ pickUp: weight, quality: weight, response: weight }).strict(),
        evidenceK: z
          .object({ pickUp: z.number().min(0), quality: z.number().min(0), response: z.number().min(0) })
          .strict(),
        periodDays: z.number().int().min(7).max(1_830),
        quickResponseFraction: z.number().gt(0).max(1),
        complaintPenalty: z.number().min(0).max(100),
        safeguardingPenalty: z.number().min(0).max(100),
        redBelow: z.number().min(0).max(100),
        amberBelow: z.number().min(0).max(100),
        schedule: cronSchedule,
      })
      .strict()
      .partial()
      .optional(),
    review: z
      .object({
        periodMonths: z.number().int().min(1).max(24),
        minOffers: z.number().int().min(0).max(10_000),
        zoneThresholds: z.partialRecord(zoneId, z.number().min(0).max(100)),
        schedule: cronSchedule,
        /** What the simulated commissioner does with each flag the review raises. */
        decision: z.enum(['confirm', 'dismiss', 'leave-open']),
      })
      .strict()
      .partial()
      .optional(),
    /** Hourly rates in pence by band, in force from the simulation's first day (bands left out keep today's rate). */
    ratesPence: z.partialRecord(z.enum(BANDS), pence).optional(),
    /** Primes per zone, the rest of its members supplementary, by tender score (harborough-rural has none). */
    primesPerZone: z.partialRecord(zoneId, z.number().int().min(0).max(30)).optional(),
    officers: OfficerSchema.partial().optional(),
    handBack: HandBackSchema.optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    const w = p.score?.weights;
    if (w && w.pickUp + w.quality + w.response <= 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['score', 'weights'],
        message: 'at least one weight must be above 0',
      });
    }
    if ((p.primesPerZone?.['harborough-rural'] ?? 0) > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['primesPerZone', 'harborough-rural'],
        message: 'the rural free zone has no primes (HC20 ¶26, ¶30)',
      });
    }
  });

export type Policy = z.output<typeof PolicySchema>;
export type OfficerPolicy = z.output<typeof OfficerSchema>;
export type ReviewDecision = 'confirm' | 'dismiss' | 'leave-open';

/** How the simulated providers and commissioner behave around hand-backs' notice. */
export interface HandBackBehaviour {
  shortNoticeShare: number;
  shortNoticeDays: number;
  shortNoticeDecision: 'approve' | 'refuse';
}

/**
 * By default every simulated hand-back gives the full notice: the papers give no figure for short
 * notice (docs/specification/hand-backs.md §6.3), so a policy sets one to see its effect.
 */
export const DEFAULT_HAND_BACK_BEHAVIOUR: HandBackBehaviour = {
  shortNoticeShare: 0,
  shortNoticeDays: 7,
  shortNoticeDecision: 'approve',
};

/**
 * The simulated officers' defaults: a choice of this simulator, stated in docs/BENCHMARKS.md and
 * src/simulation/README.md.
 */
export const DEFAULT_OFFICERS: OfficerPolicy = {
  widen: [
    { scope: 'neighbours', afterHours: 2 },
    { scope: 'all', afterHours: 24 },
  ],
  retryEveryHours: 72,
  cancelAfterDays: 28,
};

/** A policy applied to the service's configuration: everything one simulation run needs to know. */
export interface ResolvedPolicy {
  name: string;
  config: Config;
  /** The full rate card in force from the first simulated day. */
  ratesPence: Record<Band, number>;
  /** True when the policy sets rates, so the run stores a new card from its first day. */
  ratesChanged: boolean;
  primesPerZone: Partial<Record<string, number>>;
  officers: OfficerPolicy;
  reviewDecision: ReviewDecision;
  handBacks: HandBackBehaviour;
}

export class PolicyError extends Error {}

/** Parses a policy object; the message lists every failing field with its path. */
export function parsePolicy(value: unknown, source = 'policy'): Policy {
  const parsed = PolicySchema.safeParse(value);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new PolicyError(`Invalid ${source}:\n  ${lines.join('\n  ')}`);
  }
  return parsed.data;
}

export function readPolicyFile(file: string): Policy {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new PolicyError(`Cannot read policy ${file}: ${(err as Error).message}`);
  }
  return parsePolicy(json, `policy ${file}`);
}

/** The service's configuration with the policy's changes; defaults are the service's own. */
export function resolvePolicy(
  policy: Policy,
  base: Config,
  fallbackName = 'service defaults',
): ResolvedPolicy {
  const perf = base.performance;
  const s = policy.score ?? {};
  const r = policy.review ?? {};
  const { specialistRoundOrder, ...allocation } = policy.allocation ?? {};
  const { shortNoticeShare, shortNoticeDays, shortNoticeDecision, ...handBack } = policy.handBack ?? {};
  const config: Config = {
    ...base,
    allocation: {
      ...base.allocation,
      ...allocation,
      roundOrder: {
        ...base.allocation.roundOrder,
        specialist: specialistRoundOrder ?? base.allocation.roundOrder.specialist,
      },
      handBack: { ...base.allocation.handBack, ...handBack },
    },
    performance: {
      ...perf,
      weights: s.weights ?? perf.weights,
      evidenceK: s.evidenceK ?? perf.evidenceK,
      scorePeriodDays: s.periodDays ?? perf.scorePeriodDays,
      quickResponseFraction: s.quickResponseFraction ?? perf.quickResponseFraction,
      complaintPenalty: s.complaintPenalty ?? perf.complaintPenalty,
      safeguardingPenalty: s.safeguardingPenalty ?? perf.safeguardingPenalty,
      rag: { redBelow: s.redBelow ?? perf.rag.redBelow, amberBelow: s.amberBelow ?? perf.rag.amberBelow },
      scoreSchedule: s.schedule ?? perf.scoreSchedule,
      review: {
        periodMonths: r.periodMonths ?? perf.review.periodMonths,
        minOffers: r.minOffers ?? perf.review.minOffers,
        zoneThresholds: {
          ...perf.review.zoneThresholds,
          ...(r.zoneThresholds as Record<string, number> | undefined),
        },
        schedule: r.schedule ?? perf.review.schedule,
      },
    },
  };
  if (config.performance.rag.amberBelow < config.performance.rag.redBelow) {
    throw new PolicyError('score.amberBelow: must not be below score.redBelow');
  }
  const handBacks: HandBackBehaviour = {
    shortNoticeShare: shortNoticeShare ?? DEFAULT_HAND_BACK_BEHAVIOUR.shortNoticeShare,
    shortNoticeDays: shortNoticeDays ?? DEFAULT_HAND_BACK_BEHAVIOUR.shortNoticeDays,
    shortNoticeDecision: shortNoticeDecision ?? DEFAULT_HAND_BACK_BEHAVIOUR.shortNoticeDecision,
  };
  if (handBacks.shortNoticeShare > 0 && handBacks.shortNoticeDays >= config.allocation.handBack.noticeDays) {
    throw new PolicyError('handBack.shortNoticeDays: must be shorter than handBack.noticeDays');
  }
  const ratesPence = {
    ...INDICATIVE_RATE_CARD_2021.rates,
    ...(policy.ratesPence as Partial<Record<Band, number>>),
  };
  return {
    name: policy.name ?? fallbackName,
    config,
    ratesPence,
    ratesChanged: policy.ratesPence !== undefined && Object.keys(policy.ratesPence).length > 0,
    primesPerZone: { ...(policy.primesPerZone as Record<string, number> | undefined) },
    officers: { ...DEFAULT_OFFICERS, ...policy.officers },
    reviewDecision: r.decision ?? 'confirm',
    handBacks,
  };
}

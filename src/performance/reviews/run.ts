/**
 * Runs the promotion and demotion review (daily by default; each review month raises a flag at
 * most once, so running it again — or in two instances at once — adds nothing). A flag is only a
 * recommendation: the role changes when an admin confirms it (flags.ts).
 */
import { recordAudit } from '../../audit/record';
import { londonDate } from '../../calendar/dates';
import { periodOfDates } from '../../calendar/periods';
import type { Db } from '../../db/connect';
import { notifyFlagRaised } from '../../notifications/provider-events';
import type { Services } from '../../services';
import type { CommandContext, RunContext } from '../command';
import { latestSnapshots, monthlyMeanScores } from '../scores/queries';
import type { SnapshotRow } from '../scores/snapshot';
import { coverageAfterDemotion, primeCoverage, type ZoneCoverageFacts } from './coverage';
import { hasOpenFlag, insertFlag, offersSent, providerStatus, reviewableRoles } from './queries';
import {
  demotionCandidates,
  promotionCandidates,
  reviewWindow,
  type FlagCandidate,
  type ReviewWindow,
  type RoleUnderReview,
} from './rules';

/** What one review run decides flags against. */
interface Review {
  reviewMonth: string;
  window: ReviewWindow;
  coverage: Map<string, ZoneCoverageFacts>;
}

export async function runRoleReview(ctx: RunContext & Pick<Services, 'zoneFacts'>) {
  const { db, now } = ctx;
  const { review, rag } = ctx.config.performance;
  const window = reviewWindow(londonDate(now), review.periodMonths);
  const reviewMonth = window.months[window.months.length - 1]!;
  const roles = await rolesUnderReview(db, window, now);
  const coverage = await primeCoverage(ctx);
  const candidates = [
    ...demotionCandidates(roles, window, {
      thresholdFor: (zoneId) => review.zoneThresholds[zoneId] ?? rag.redBelow,
      minOffers: review.minOffers,
    }),
    ...promotionCandidates(
      roles,
      window,
      review.minOffers,
      (zoneId) => coverage.get(zoneId)?.hasPrimes ?? false,
    ),
  ];
  const raised: number[] = [];
  for (const candidate of candidates) {
    const id = await raiseFlag(ctx, candidate, { reviewMonth, window, coverage });
    if (id !== null) raised.push(id);
  }
  return {
    reviewMonth,
    period: { from: window.from, to: window.to },
    candidates: candidates.length,
    raised: raised.length,
    flagIds: raised,
  };
}

async function rolesUnderReview(db: Db, window: ReviewWindow, now: number): Promise<RoleUnderReview[]> {
  const [roles, means, offers] = await Promise.all([
    reviewableRoles(db),
    monthlyMeanScores(db, window),
    offersSent(db, periodOfDates(window.from, window.to, now)),
  ]);
  const key = (providerId: number, zoneId: string) => `${providerId}|${zoneId}`;
  const monthly = new Map<string, RoleUnderReview['monthly']>();
  for (const m of means) {
    const k = key(m.providerId, m.zoneId);
    if (!monthly.has(k)) monthly.set(k, new Map());
    monthly.get(k)!.set(m.month, { mean: m.mean, snapshots: m.snapshots });
  }
  const offerCounts = new Map(offers.map((o) => [key(o.providerId, o.zoneId), o.offers]));
  return roles.map((r) => ({
    ...r,
    monthly: monthly.get(key(r.providerId, r.zoneId)) ?? new Map(),
    offers: offerCounts.get(key(r.providerId, r.zoneId)) ?? 0,
  }));
}

/** What a flag records beside the rule's evidence: the latest score, and for a demotion the zone's coverage. */
export type FlagEvidence = ReturnType<typeof flagEvidence>;

function flagEvidence(
  candidate: FlagCandidate,
  latest: SnapshotRow | undefined,
  coverage: ReturnType<typeof coverageAfterDemotion> | null,
) {
  return {
    ...candidate.evidence,
    latestSnapshot: latest
      ? {
          id: Number(latest.id),
          computedFor: latest.computed_for,
          value: Number(latest.value),
          rag: latest.rag,
          components: {
            pickUp: Number(latest.pick_up),
            quality: Number(latest.quality),
            response: Number(latest.response),
          },
        }
      : null,
    coverage,
  };
}

/** Inserts one flag with its audit row; null when it already exists or an open one is waiting. */
async function raiseFlag(
  ctx: CommandContext,
  candidate: FlagCandidate,
  review: Review,
): Promise<number | null> {
  const { actor, now } = ctx;
  const { providerId, zoneId, kind } = candidate;
  return ctx.db.transaction(async (trx) => {
    if (await hasOpenFlag(trx, { providerId, zoneId, kind })) return null;
    const facts = review.coverage.get(zoneId) ?? { minPrimes: 0, activePrimes: 0, hasPrimes: false };
    const coverage =
      kind === 'demotion'
        ? coverageAfterDemotion(facts, (await providerStatus(trx, providerId)) === 'active')
        : null;
    const latest = (await latestSnapshots(trx, zoneId, [providerId], now)).get(providerId);
    const id = await insertFlag(trx, {
      provider_id: providerId,
      zone_id: zoneId,
      kind,
      from_role: candidate.fromRole,
      to_role: candidate.toRole,
      review_month: review.reviewMonth,
      period_from: review.window.from,
      period_to: review.window.to,
      evidence_json: JSON.stringify(flagEvidence(candidate, latest, coverage)),
      below_min_primes: coverage?.belowMinPrimes ?? false,
      status: 'open',
      raised_at: now,
    });
    if (id === null) return null;
    await recordAudit(trx, actor, now, {
      action: 'review-flag.raise',
      entityType: 'review-flag',
      entityId: id,
      after: { providerId, zoneId, kind, reviewMonth: review.reviewMonth },
    });
    await notifyFlagRaised(trx, { id, providerId, zoneId, kind }, now);
    return id;
  });
}

import { recordAudit } from '../../audit/record';
import { inTransaction, type CommandContext, type EngineContext } from '../../allocation/context';
import { lockEpisode, withdrawCurrentEpisode } from '../../allocation/episodes';
import { Conflict } from '../../errors';
import { hoursToMinutes } from '../../pricing/minutes';
import type { PackageRecord, PackageStatus } from '../model';
import { getPackage } from '../queries';
import type { FundingReviewInput } from './schemas';

/** A D2A package can be reviewed while it is being brokered or in care, not once it has closed. */
export const REVIEWABLE_STATUSES: readonly PackageStatus[] = ['brokering', 'unplaced', 'awarded', 'active'];

function assertReviewable(pkg: PackageRecord): void {
  if (pkg.fundingStream !== 'd2a' || pkg.d2a === null || pkg.d2a.outcome !== null) {
    throw new Conflict('no-review-due', `Package ${pkg.id} has no discharge to assess review to record.`);
  }
  if (!REVIEWABLE_STATUSES.includes(pkg.status)) {
    throw new Conflict('illegal-transition', `Cannot review package ${pkg.id}: it is ${pkg.status}.`, {
      currentStatus: pkg.status,
    });
  }
}

/** The package's columns after the outcome: council funding, new hours, or closed. */
function changesFor(pkg: PackageRecord, review: FundingReviewInput, now: number): Record<string, unknown> {
  const reviewed = { review_outcome: review.outcome, reviewed_at: now };
  if (review.outcome === 'continue') return { ...reviewed, funding_stream: 'council' };
  if (review.outcome === 'change-hours') {
    return {
      ...reviewed,
      funding_stream: 'council',
      weekly_minutes: hoursToMinutes(review.weeklyHours!),
      visits_per_week: review.visitsPerWeek,
    };
  }
  // Ending care that has started ends the package; one not yet in care is cancelled (its offers withdrawn).
  return { ...reviewed, status: pkg.status === 'active' ? 'ended' : 'cancelled', closed_at: now };
}

const summary = (pkg: PackageRecord) => ({
  fundingStream: pkg.fundingStream,
  status: pkg.status,
  weeklyMinutes: pkg.weeklyMinutes,
  visitsPerWeek: pkg.visitsPerWeek,
  version: pkg.version,
});

async function applyReview(engine: EngineContext, pkg: PackageRecord, review: FundingReviewInput) {
  const { trx, now } = engine;
  const updated = await trx('packages')
    .where({ id: pkg.id, version: review.version })
    .update({ ...changesFor(pkg, review, now), updated_at: now, version: trx.raw('version + 1') });
  if (updated !== 1) {
    throw new Conflict(
      'package-version-conflict',
      `Package ${pkg.id} was changed by someone else since version ${review.version}; reload it and try again.`,
      { currentVersion: pkg.version },
    );
  }
  if (review.outcome === 'end' && pkg.status !== 'active') await withdrawCurrentEpisode(engine, pkg);
  const after = await getPackage(trx, pkg.id);
  await recordAudit(trx, engine.actor, now, {
    action: 'package.funding-review',
    entityType: 'package',
    entityId: pkg.id,
    before: summary(pkg),
    after: {
      ...summary(after),
      outcome: review.outcome,
      ...(review.reason ? { reason: review.reason } : {}),
    },
  });
  return after;
}

/**
 * An officer records the review of a discharge to assess package (docs/specification/allocation.md
 * §5.15): one transaction, version-checked like an edit, audited. After it the package is
 * council-funded (continue, change-hours) or closed (end), and leaves the reviews-due list.
 */
export function recordFundingReview(
  ctx: CommandContext,
  input: { packageId: number; review: FundingReviewInput },
): Promise<PackageRecord> {
  return inTransaction(ctx, async (engine) => {
    const before = await getPackage(engine.trx, input.packageId);
    if (before.currentEpisodeId !== null) await lockEpisode(engine.trx, before.currentEpisodeId);
    const pkg = await getPackage(engine.trx, input.packageId);
    assertReviewable(pkg);
    return applyReview(engine, pkg, input.review);
  });
}

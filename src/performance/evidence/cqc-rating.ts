import { recordAudit } from '../../audit/record';
import { notifyProviderChanged } from '../../notifications/provider-events';
import type { CommandContext } from '../command';
import type { CqcRating } from './model';
import { hasNewerCqcRating, providerCqcRating, setProviderCqcRating } from './queries';

/**
 * A CQC rating change is also the provider's current overall rating when nothing newer is on
 * record, so that allocation (which excludes Inadequate providers) acts on it at once. Runs in the
 * transaction that records the evidence (`ctx.db`).
 */
export async function applyLatestCqcRating(
  ctx: CommandContext,
  providerId: number,
  rated: { occurredOn: string; rating: CqcRating },
): Promise<void> {
  const { db, actor, now } = ctx;
  if (await hasNewerCqcRating(db, providerId, rated.occurredOn)) return;
  const current = await providerCqcRating(db, providerId);
  if (current === rated.rating) return;
  await setProviderCqcRating(db, providerId, { rating: rated.rating, at: now });
  await recordAudit(db, actor, now, {
    action: 'provider.cqc-rating',
    entityType: 'provider',
    entityId: providerId,
    before: { cqcOverall: current },
    after: { cqcOverall: rated.rating, ratedOn: rated.occurredOn },
  });
  const change = { providerId, before: { cqcOverall: current }, after: { cqcOverall: rated.rating } };
  await notifyProviderChanged(db, change, now);
}

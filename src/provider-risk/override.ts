/**
 * A quality officer sets a provider's risk RAG for a month by hand, with a reason from the list and
 * an optional short comment (docs/provider-risk.md). The computed RAG stays beside it; a later run
 * recomputes that and keeps the override. Audited with the reason, not the comment (free text stays
 * out of the append-only trail).
 */
import { recordAudit } from '../audit/record';
import { NotFound } from '../errors';
import type { CommandContext } from '../performance/command';
import type { ProviderRiskView, RiskOverrideReason, RiskRag } from './model';
import { findRating, setOverride } from './queries';

export interface RiskOverrideRequest {
  providerId: number;
  month: string;
  rag: RiskRag;
  reason: RiskOverrideReason;
  comment?: string;
}

export async function overrideProviderRisk(
  ctx: CommandContext,
  request: RiskOverrideRequest,
): Promise<ProviderRiskView> {
  const { actor, now } = ctx;
  const { providerId, month, rag, reason } = request;
  return ctx.db.transaction(async (trx) => {
    const before = await findRating(trx, providerId, month);
    if (!before)
      throw new NotFound(
        'provider-risk-not-found',
        `Provider ${providerId} has no risk rating for ${month}.`,
      );
    const override = { rag, reason, comment: request.comment ?? null, by: actor.userId, at: now };
    await setOverride(trx, { providerId, month }, override);
    await recordAudit(trx, actor, now, {
      action: 'provider-risk.override',
      entityType: 'provider',
      entityId: providerId,
      before: {
        month,
        computedRag: before.computedRag,
        rag: before.rag,
        overrideReason: before.override?.reason ?? null,
      },
      after: { month, computedRag: before.computedRag, rag, overrideReason: reason },
    });
    return (await findRating(trx, providerId, month))!;
  });
}

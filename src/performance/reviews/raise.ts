/**
 * A flag raised by a commissioner (docs/specification/allocation.md §5.7, story C4): the daily review
 * raises flags on scores alone; a commissioner who has other evidence of sustained performance (a
 * visit, a contract meeting) raises one by hand with that evidence. Someone else confirms it
 * (flags.ts): the raiser may not.
 */
import { recordAudit } from '../../audit/record';
import { londonDate } from '../../calendar/dates';
import { Conflict, NotFound, Unprocessable } from '../../errors';
import { notifyFlagRaised } from '../../notifications/provider-events';
import type { Services } from '../../services';
import type { RunContext } from '../command';
import { coverageAfterDemotion, primeCoverage } from './coverage';
import { getFlag } from './flags';
import type { ManualFlagKind } from './model';
import { hasOpenFlag, insertFlag, providerStatus, zoneRole } from './queries';
import { reviewWindow } from './rules';

export interface RaiseFlagInput {
  providerId: number;
  zoneId: string;
  kind: ManualFlagKind;
  evidence: string;
  comment: string;
}

const FROM_ROLE = { demotion: 'prime', promotion: 'supplementary' } as const;
const TO_ROLE = { demotion: 'supplementary', promotion: 'prime' } as const;

export async function raiseFlagByHand(ctx: RunContext & Pick<Services, 'zoneFacts'>, input: RaiseFlagInput) {
  const { actor, now } = ctx;
  const { providerId, zoneId, kind } = input;
  // The period the flag speaks for: the review's own window, ending with the last complete month.
  const window = reviewWindow(londonDate(now), ctx.config.performance.review.periodMonths);
  const id = await ctx.db.transaction(async (trx) => {
    const role = await zoneRole(trx, providerId, zoneId);
    if (role === undefined) {
      throw new NotFound('zone-role-not-found', `Provider ${providerId} holds no role in ${zoneId}.`);
    }
    if (role !== FROM_ROLE[kind]) {
      throw new Unprocessable(
        'role-mismatch',
        `A ${kind} needs a ${FROM_ROLE[kind]}; the provider is ${role}.`,
        {
          currentRole: role,
        },
      );
    }
    if (await hasOpenFlag(trx, { providerId, zoneId, kind })) {
      throw new Conflict('flag-already-open', `An open ${kind} flag for this provider and zone is waiting.`);
    }
    const facts = (await primeCoverage({ db: trx, zoneFacts: ctx.zoneFacts })).get(zoneId);
    const active = (await providerStatus(trx, providerId)) === 'active';
    const coverage = kind === 'demotion' && facts ? coverageAfterDemotion(facts, active) : null;
    const reviewMonth = window.months[window.months.length - 1]!;
    const inserted = await insertFlag(trx, {
      provider_id: providerId,
      zone_id: zoneId,
      kind,
      from_role: FROM_ROLE[kind],
      to_role: TO_ROLE[kind],
      review_month: reviewMonth,
      period_from: window.from,
      period_to: window.to,
      evidence_json: JSON.stringify({
        rule: 'raised by a commissioner',
        months: [],
        statement: input.evidence,
        coverage,
      }),
      below_min_primes: coverage?.belowMinPrimes ?? false,
      status: 'open',
      raised_at: now,
      raised_by: actor.userId,
      raise_comment: input.comment,
    });
    if (inserted === null) {
      throw new Conflict(
        'flag-exists',
        `A ${kind} flag for ${reviewMonth} already exists for this provider and zone.`,
      );
    }
    await recordAudit(trx, actor, now, {
      action: 'review-flag.raise',
      entityType: 'review-flag',
      entityId: inserted,
      after: { providerId, zoneId, kind, reviewMonth, evidence: input.evidence, comment: input.comment },
    });
    await notifyFlagRaised(trx, { id: inserted, providerId, zoneId, kind }, now);
    return inserted;
  });
  return getFlag(ctx, id);
}

/**
 * Opening an admission round, and registering a new organisation for one
 * (docs/specification/providers-and-framework.md §4.15; HC21 ¶25, ¶33; HC20 ¶45).
 */
import type { z } from 'zod';
import type { CommandContext } from '../allocation/context';
import { recordAudit } from '../audit/record';
import { londonDate } from '../calendar/dates';
import { requireDatesInRange, roundClosesCheck } from '../calendar/field-rules';
import { Unprocessable } from '../errors';
import { notify } from '../notifications/notify';
import type { AdmissionRound } from './model';
import { ELIGIBLE_STATUSES } from './policy';
import { findRound } from './queries';
import type { NewRoundSchema } from './schemas';

/**
 * Opens a round for the chosen zones and roles (and CHC approval), with its closing day and quality
 * threshold, audited, and tells every provider that may apply (their offer contacts).
 */
export async function openRound(
  ctx: CommandContext,
  input: z.output<typeof NewRoundSchema>,
): Promise<AdmissionRound> {
  const { db, actor, now, zoneFacts } = ctx;
  if (input.closesOn !== null) requireDatesInRange([roundClosesCheck('body.closesOn', input.closesOn, now)]);
  return db.transaction(async (trx) => {
    for (const zoneId of input.zoneIds) {
      if (!(await zoneFacts.of(trx, zoneId))) {
        throw new Unprocessable('zone-not-found', `No zone "${zoneId}".`, { zoneId });
      }
    }
    const [row] = await trx('admission_rounds')
      .insert({
        kind: input.kind,
        title: input.title,
        zone_ids: JSON.stringify(input.zoneIds),
        roles: JSON.stringify(input.roles),
        chc_approval: input.chcApproval,
        closes_on: input.closesOn,
        quality_threshold: input.qualityThreshold,
        opened_by: actor.userId,
        opened_at: now,
      })
      .returning('id');
    const round = (await findRound(trx, Number((row as { id: number }).id), londonDate(now)))!;
    await recordAudit(trx, actor, now, {
      action: 'admission.round.open',
      entityType: 'admission-round',
      entityId: round.id,
      after: round,
    });
    const eligible = (await trx('providers').whereIn('status', ELIGIBLE_STATUSES).pluck('id')).map(Number);
    if (eligible.length > 0) {
      const summary = { id: round.id, title: round.title, closesOn: round.closesOn };
      await notify(trx, { type: 'admission.round-opened', round: summary, providerIds: eligible }, now);
    }
    return round;
  });
}

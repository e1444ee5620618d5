/**
 * A new organisation registering for an admission round (docs/specification/providers-and-framework.md
 * §4.15; HC21 ¶25: the council helps off-framework providers to join). A commissioner or admin
 * registers it: the provider is made with status `applicant` (it takes no work and counts nowhere)
 * and its first user, an administrator of the organisation, is invited by email through the
 * ordinary invitation (src/users). That user signs in and applies like any provider. No public form:
 * nobody outside the council can create organisations or accounts.
 */
import type { z } from 'zod';
import type { CommandContext } from '../allocation/context';
import { recordAudit } from '../audit/record';
import { londonDate } from '../calendar/dates';
import { isUniqueViolation } from '../db/dialect';
import { Conflict, Unprocessable } from '../errors';
import { cqcRatingsRefusal } from '../providers/policy';
import { sendInvitation, type InvitationSettings } from '../users/commands';
import type { NewApplicantSchema } from './schemas';

export async function registerApplicant(
  ctx: CommandContext,
  input: z.output<typeof NewApplicantSchema>,
  settings: InvitationSettings,
) {
  const { db, actor, now } = ctx;
  const refusal = cqcRatingsRefusal({
    overall: input.cqcOverall,
    safe: input.cqcSafe,
    wellLed: input.cqcWellLed,
  });
  if (refusal) throw new Unprocessable(refusal.code, refusal.message);
  const work = db.transaction(async (trx) => {
    const taken = await trx('providers')
      .where('name', input.name)
      .orWhere('cqc_location_id', input.cqcLocationId)
      .first('id');
    if (taken) {
      throw new Conflict(
        'provider-exists',
        `Provider ${taken.id} already has this name or CQC location id.`,
        {
          providerId: Number(taken.id),
        },
      );
    }
    const [row] = await trx('providers')
      .insert({
        name: input.name,
        cqc_location_id: input.cqcLocationId,
        cqc_overall: input.cqcOverall,
        cqc_safe: input.cqcSafe,
        cqc_well_led: input.cqcWellLed,
        chc_approved: false,
        status: 'applicant',
        // Set from the accepted application's score when the organisation is admitted.
        tender_score: 0,
        admitted_on: londonDate(now),
        created_at: now,
        updated_at: now,
        version: 1,
      })
      .returning('id');
    const providerId = Number((row as { id: number }).id);
    await recordAudit(trx, actor, now, {
      action: 'admission.applicant.register',
      entityType: 'provider',
      entityId: providerId,
      after: { name: input.name, cqcLocationId: input.cqcLocationId, status: 'applicant' },
    });
    const invitation = {
      name: input.userName,
      email: input.email,
      role: 'provider' as const,
      providerId,
      providerAdmin: true,
    };
    const { user, expiresAt } = await sendInvitation({ db: trx, actor, now }, invitation, settings);
    return {
      providerId,
      name: input.name,
      status: 'applicant' as const,
      userId: user.id,
      linkExpiresAt: new Date(expiresAt).toISOString(),
    };
  });
  try {
    return await work;
  } catch (err) {
    if (isUniqueViolation(err))
      throw new Conflict('duplicate', 'Another provider has this name or CQC location id.');
    throw err;
  }
}

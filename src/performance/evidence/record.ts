/**
 * Quality of service delivery evidence (docs/specification/quality-and-performance.md §7.5–7.7):
 * admins and officers record it per provider, dated; it is withdrawn, never deleted, so a past
 * score can still be explained. Structured fields only: no free text about people.
 */
import { recordAudit } from '../../audit/record';
import { evidenceDateCheck, requireDatesInRange } from '../../calendar/field-rules';
import { Conflict, NotFound } from '../../errors';
import { ensureLocationsLinked } from '../../providers/cqc/queries';
import { recordCqcRatings } from '../../providers/cqc/register';
import { providerOrNotFound } from '../access';
import type { CommandContext } from '../command';
import type { EvidenceView, EvidenceWithdrawReason, NewEvidence } from './model';
import {
  admittedOn,
  evidenceExists,
  evidenceRow,
  findEvidence,
  insertEvidence,
  markWithdrawn,
} from './queries';

export async function recordEvidence(
  ctx: CommandContext,
  providerId: number,
  input: NewEvidence,
): Promise<EvidenceView> {
  const { actor, now } = ctx;
  return ctx.db.transaction(async (trx) => {
    await providerOrNotFound(trx, providerId);
    const joinedOn = await admittedOn(trx, providerId);
    requireDatesInRange([evidenceDateCheck('body.occurredOn', input.occurredOn, { joinedOn, now })]);
    const row = evidenceRow(providerId, input, { at: now, by: actor.userId });
    const id = await insertEvidence(trx, row);
    await recordAudit(trx, actor, now, {
      action: 'quality-evidence.record',
      entityType: 'provider',
      entityId: providerId,
      // The reference stays out of the append-only trail, so that an erasure (src/privacy) can forget it.
      after: { evidenceId: id, ...row, reference: row.reference === null ? null : '[withheld]' },
    });
    if (input.kind === 'cqc-rating') await recordRatingInRegister({ ...ctx, db: trx }, providerId, input);
    return findEvidence(trx, id);
  });
}

/**
 * A "CQC rating change" is written to the ratings register as the overall rating of the provider's
 * own registered location, published on the day given (docs/cqc-ratings.md): the register, not this
 * evidence row, is what the score, allocation and coverage read. Runs in the evidence's transaction.
 */
async function recordRatingInRegister(
  ctx: CommandContext,
  providerId: number,
  input: Extract<NewEvidence, { kind: 'cqc-rating' }>,
): Promise<void> {
  const { db, actor, now } = ctx;
  await ensureLocationsLinked(db, { now, by: actor.userId, source: 'carried-over' }, [providerId]);
  const { cqc_location_id: locationId } = await db('providers')
    .where({ id: providerId })
    .first('cqc_location_id');
  await recordCqcRatings(
    ctx,
    [
      {
        locationId: String(locationId),
        keyQuestion: 'overall',
        rating: input.rating,
        publishedOn: input.occurredOn,
      },
    ],
    'evidence',
  );
}

export async function withdrawEvidence(
  ctx: CommandContext,
  target: { providerId: number; evidenceId: number; reason: EvidenceWithdrawReason },
): Promise<EvidenceView> {
  const { actor, now } = ctx;
  const { providerId, evidenceId, reason } = target;
  return ctx.db.transaction(async (trx) => {
    if (!(await evidenceExists(trx, providerId, evidenceId)))
      throw new NotFound('evidence-not-found', `No evidence ${evidenceId} for provider ${providerId}.`);
    if (!(await markWithdrawn(trx, evidenceId, { at: now, by: actor.userId, reason })))
      throw new Conflict('evidence-already-withdrawn', `Evidence ${evidenceId} is already withdrawn.`);
    await recordAudit(trx, actor, now, {
      action: 'quality-evidence.withdraw',
      entityType: 'provider',
      entityId: providerId,
      before: { evidenceId, withdrawn: false },
      after: { evidenceId, withdrawn: true, reason },
    });
    return findEvidence(trx, evidenceId);
  });
}

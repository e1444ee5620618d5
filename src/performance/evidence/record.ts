/**
 * Quality of service delivery evidence (docs/specification/quality-and-performance.md §7.5–7.7):
 * admins and officers record it per provider, dated; it is withdrawn, never deleted, so a past
 * score can still be explained. Structured fields only: no free text about people.
 */
import { recordAudit } from '../../audit/record';
import { evidenceDateCheck, requireDatesInRange } from '../../calendar/field-rules';
import { Conflict, NotFound } from '../../errors';
import { providerOrNotFound } from '../access';
import type { CommandContext } from '../command';
import { applyLatestCqcRating } from './cqc-rating';
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
    if (input.kind === 'cqc-rating') await applyLatestCqcRating({ ...ctx, db: trx }, providerId, input);
    return findEvidence(trx, id);
  });
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

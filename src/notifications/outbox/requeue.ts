import type { Knex } from 'knex';
import { recordAudit } from '../../audit/record';
import type { AuditAction } from '../../audit/actions';
import type { Actor } from '../../auth/roles';
import { Conflict } from '../../errors';
import { wakeAfterCommit } from '../wake';

/**
 * Sends a message again (an admin re-sending a dead letter, a provider replaying a webhook
 * delivery): it becomes pending now, with its attempts and log kept and the same idempotency key, so
 * a receiver that has it already can tell. A message being sent at this moment cannot be re-queued.
 */
export async function requeueMessage(
  trx: Knex.Transaction,
  request: {
    messageId: number;
    actor: Actor;
    now: number;
    action: Extract<AuditAction, 'outbox.resend' | 'webhook.replay'>;
  },
): Promise<void> {
  const { messageId, actor, now } = request;
  const before = await trx('outbox_messages').where({ id: messageId }).first('status');
  const updated = await trx('outbox_messages')
    .where({ id: messageId })
    .whereIn('status', ['pending', 'sent', 'dead'])
    .update({ status: 'pending', next_attempt_at: now, claimed_by: null, claimed_until: null });
  if (updated !== 1) {
    throw new Conflict(
      'message-being-sent',
      `Message ${messageId} is being sent now; try again in a minute.`,
    );
  }
  await recordAudit(trx, actor, now, {
    action: request.action,
    entityType: 'outbox-message',
    entityId: messageId,
    before: { status: before?.status ?? null },
    after: { status: 'pending' },
  });
  wakeAfterCommit(trx);
}

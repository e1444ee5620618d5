import type { Knex } from 'knex';
import { recordAudit } from '../audit/record';
import { SYSTEM_ACTOR } from '../auth/roles';
import { coalescing } from '../notifications/delivery/coalesce';
import type { OutgoingMessage, SendOutcome, Transport } from '../notifications/delivery/outcome';
import { notify } from '../notifications/notify';
import { webhookDocument } from './payload';
import type { WebhookSender } from './send';

/**
 * The webhook channel of the outbox: each message goes to its endpoint, signed with the endpoint's
 * secret, with the outbox's idempotency key as `webhook-id`. An endpoint removed or disabled since
 * the message was written gets nothing (the message is a dead letter). An endpoint that has failed
 * every delivery for `disableAfterMs` is disabled, and its provider's users are told by email.
 */
export function webhookTransport(deps: {
  db: Knex;
  sender: WebhookSender;
  baseUrl: string;
  disableAfterMs: number;
}): Transport {
  // The endpoints of the messages being sent together are read in one query (read as each is sent, so a
  // removal or a disabling committed before then is seen).
  const endpointOf = coalescing(async (ids: number[]) => {
    const rows: EndpointRow[] = await deps
      .db('webhook_endpoints')
      .whereIn('id', [...new Set(ids)])
      .select('id', 'provider_id', 'url', 'secret', 'status', 'failing_since', 'deleted_at');
    const byId = new Map(rows.map((row) => [Number(row.id), row]));
    return ids.map((id) => byId.get(id));
  });
  return {
    async send(message: OutgoingMessage, now: number): Promise<SendOutcome> {
      const endpoint = await endpointOf(message.endpointId ?? 0);
      if (!endpoint || endpoint.deleted_at !== null || endpoint.status !== 'active') {
        return { ok: false, permanent: true, error: 'the endpoint was removed or disabled', latencyMs: 0 };
      }
      const body = JSON.stringify(webhookDocument(message, deps.baseUrl, message.createdAt));
      const outcome = await deps.sender.post({
        url: endpoint.url,
        secret: endpoint.secret,
        messageId: message.idempotencyKey,
        body,
      });
      await recordHealth(deps, { endpoint, ok: outcome.ok, now });
      return outcome;
    },
  };
}

interface EndpointRow {
  id: number;
  provider_id: number;
  url: string;
  secret: string;
  status: string;
  failing_since: number | null;
  deleted_at: number | null;
}

async function recordHealth(
  deps: { db: Knex; disableAfterMs: number },
  result: { endpoint: EndpointRow; ok: boolean; now: number },
): Promise<void> {
  const { endpoint, ok, now } = result;
  const table = () => deps.db('webhook_endpoints').where({ id: endpoint.id });
  if (ok) {
    if (endpoint.failing_since !== null) await table().update({ failing_since: null });
    return;
  }
  if (endpoint.failing_since === null) {
    await table().whereNull('failing_since').update({ failing_since: now });
    return;
  }
  if (now - Number(endpoint.failing_since) < deps.disableAfterMs) return;
  await deps.db.transaction(async (trx) => {
    const disabled = await trx('webhook_endpoints')
      .where({ id: endpoint.id, status: 'active' })
      .update({ status: 'disabled', disabled_at: now });
    if (disabled !== 1) return;
    await recordAudit(trx, SYSTEM_ACTOR, now, {
      action: 'webhook.disable',
      entityType: 'webhook-endpoint',
      entityId: endpoint.id,
      before: { status: 'active' },
      after: { status: 'disabled', failingSince: new Date(Number(endpoint.failing_since)).toISOString() },
    });
    await notify(
      trx,
      {
        type: 'webhook.disabled',
        endpointId: endpoint.id,
        providerId: Number(endpoint.provider_id),
        url: endpoint.url,
      },
      now,
    );
  });
}

import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { recordAudit } from '../audit/record';
import type { Actor } from '../auth/roles';
import type { Db } from '../db/connect';
import { Conflict, Invalid, NotFound } from '../errors';
import { assertOrganisationAdmin } from '../users/scope';
import { requeueMessage } from '../notifications/outbox/requeue';
import { endpointView, findEndpoint, type EndpointRow } from './queries';
import type { NewWebhookSchema } from './schemas';
import { endpointUrlRefusal } from './url-policy';

const notFound = (id: number) => new NotFound('webhook-not-found', `No webhook endpoint ${id}.`);

/** A Standard Webhooks signing secret: 'whsec_' and 32 random bytes in base64. */
export function newSigningSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/**
 * Registers an endpoint of the caller's provider; the answer carries the signing secret, shown this
 * once (the service keeps it to sign, and never shows it again).
 */
export async function registerEndpoint(
  db: Db,
  request: { actor: Actor; input: z.output<typeof NewWebhookSchema>; now: number; production: boolean },
) {
  const { actor, input, now } = request;
  assertOrganisationAdmin(actor);
  const refusal = endpointUrlRefusal(input.url, { production: request.production });
  if (refusal) throw new Invalid('The request body is not valid.', [{ path: 'body.url', message: refusal }]);
  const secret = newSigningSecret();
  return db.transaction(async (trx) => {
    const [row] = await trx('webhook_endpoints')
      .insert({
        provider_id: actor.providerId,
        url: input.url,
        events_json: JSON.stringify(input.events),
        secret,
        status: 'active',
        created_at: now,
        created_by: actor.userId,
      })
      .returning([
        'id',
        'provider_id',
        'url',
        'events_json',
        'status',
        'failing_since',
        'disabled_at',
        'created_at',
      ]);
    const endpoint = endpointView(row as EndpointRow);
    await recordAudit(trx, actor, now, {
      action: 'webhook.register',
      entityType: 'webhook-endpoint',
      entityId: endpoint.id,
      after: { providerId: actor.providerId, url: endpoint.url, events: endpoint.events },
    });
    return { ...endpoint, secret };
  });
}

/** Removes an endpoint: nothing more is sent to it, and its waiting deliveries become dead letters. */
export async function removeEndpoint(
  db: Db,
  request: { actor: Actor; id: number; now: number },
): Promise<void> {
  const { actor, id, now } = request;
  await db.transaction(async (trx) => {
    const endpoint = await findEndpoint(trx, { providerId: actor.providerId ?? 0, id });
    if (!endpoint) throw notFound(id);
    assertOrganisationAdmin(actor);
    await trx('webhook_endpoints').where({ id }).update({ deleted_at: now, status: 'disabled' });
    await trx('outbox_messages')
      .where({ endpoint_id: id, status: 'pending' })
      .update({ status: 'dead', last_error: 'the endpoint was removed' });
    await recordAudit(trx, actor, now, {
      action: 'webhook.remove',
      entityType: 'webhook-endpoint',
      entityId: id,
      before: { url: endpoint.url, status: endpoint.status },
      after: null,
    });
  });
}

/** Sends one delivery of the caller's endpoint again, with the same webhook-id. */
export async function replayDelivery(
  db: Db,
  request: { actor: Actor; id: number; deliveryId: number; now: number },
): Promise<void> {
  const { actor, id, deliveryId, now } = request;
  await db.transaction(async (trx) => {
    const endpoint = await findEndpoint(trx, { providerId: actor.providerId ?? 0, id });
    if (!endpoint) throw notFound(id);
    const delivery = await trx('outbox_messages')
      .where({ id: deliveryId, endpoint_id: id, channel: 'webhook' })
      .first('id');
    if (!delivery)
      throw new NotFound('delivery-not-found', `No delivery ${deliveryId} of webhook endpoint ${id}.`);
    if (endpoint.status !== 'active') {
      throw new Conflict(
        'webhook-disabled',
        `Webhook endpoint ${id} is disabled: register it again to receive deliveries.`,
      );
    }
    await requeueMessage(trx, { messageId: deliveryId, actor, now, action: 'webhook.replay' });
  });
}

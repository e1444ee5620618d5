import { z } from 'zod';
import { NotFound } from '../errors';
import { defineRoute, reply } from '../http/route';
import type { Services } from '../services';
import { registerEndpoint, removeEndpoint, replayDelivery } from './commands';
import { endpointDeliveries, endpointView, findEndpoint, listEndpoints } from './queries';
import {
  DeliveryListQuery,
  DeliveryParams,
  DeliverySchema,
  NewWebhookSchema,
  RegisteredWebhookSchema,
  WebhookIdParams,
  WebhookSchema,
} from './schemas';

/**
 * Providers' webhook endpoints (docs/notifications.md "Webhooks"). Each provider sees and changes only
 * its own: another provider's endpoint or delivery is answered as not found.
 */
export function webhookRoutes(services: Services) {
  const { db, clock, config } = services;
  const production = config.env === 'production';
  return [
    defineRoute({
      method: 'post',
      path: '/webhooks',
      operationId: 'registerWebhook',
      summary: 'Register a webhook endpoint; the answer carries its signing secret, shown once',
      tags: ['webhooks'],
      access: { roles: ['provider'] },
      request: { body: NewWebhookSchema },
      responses: {
        201: {
          description: 'Registered; keep the secret: it is not shown again',
          schema: RegisteredWebhookSchema,
        },
      },
      async handler({ body }, { actor }) {
        return registerEndpoint(db, { actor, input: body, now: clock.now(), production });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/webhooks',
      operationId: 'listWebhooks',
      summary: "The provider's webhook endpoints (without their secrets)",
      tags: ['webhooks'],
      access: { roles: ['provider'] },
      request: {},
      responses: {
        200: {
          description: 'Endpoints, newest first',
          schema: z.object({ webhooks: z.array(WebhookSchema) }),
        },
      },
      async handler(_input, { actor }) {
        return { webhooks: (await listEndpoints(db, actor.providerId ?? 0)).map(endpointView) };
      },
    }),
    // Before the removal: a walk of the table in order (the ownership proof) replays, then removes.
    ...deliveryRoutes(services),
    defineRoute({
      method: 'delete',
      path: '/webhooks/:id',
      operationId: 'removeWebhook',
      summary: 'Remove a webhook endpoint (its waiting deliveries are not sent)',
      tags: ['webhooks'],
      access: { roles: ['provider'] },
      request: { params: WebhookIdParams },
      responses: { 204: { description: 'Removed' } },
      async handler({ params }, { actor }) {
        await removeEndpoint(db, { actor, id: params.id, now: clock.now() });
        return reply(204, undefined);
      },
    }),
  ];
}

/** The user's provider's endpoint, or 404 (another provider's is not found either). */
async function ownEndpoint(db: Services['db'], providerId: number | null, id: number) {
  const endpoint = await findEndpoint(db, { providerId: providerId ?? 0, id });
  if (!endpoint) throw new NotFound('webhook-not-found', `No webhook endpoint ${id}.`);
  return endpoint;
}

/** An endpoint's delivery log, and replaying one delivery. */
function deliveryRoutes({ db, clock }: Services) {
  return [
    defineRoute({
      method: 'get',
      path: '/webhooks/:id/deliveries',
      operationId: 'listWebhookDeliveries',
      summary: 'The delivery log of an endpoint: status, attempts, latest response code and latency',
      tags: ['webhooks'],
      access: { roles: ['provider'] },
      request: { params: WebhookIdParams, query: DeliveryListQuery },
      responses: {
        200: {
          description: 'Deliveries, newest first',
          schema: z.object({ deliveries: z.array(DeliverySchema) }),
        },
      },
      async handler({ params, query }, { actor }) {
        await ownEndpoint(db, actor.providerId, params.id);
        return { deliveries: await endpointDeliveries(db, { endpointId: params.id, ...query }) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/webhooks/:id/deliveries/:deliveryId/replay',
      operationId: 'replayWebhookDelivery',
      summary: 'Send a delivery again, with the same webhook-id',
      tags: ['webhooks'],
      access: { roles: ['provider'] },
      request: { params: DeliveryParams, body: z.object({}).strict().optional() },
      responses: {
        202: { description: 'Queued to be sent again', schema: DeliverySchema },
        409: { description: 'The endpoint is disabled, or the delivery is being sent now' },
      },
      async handler({ params }, { actor }) {
        await replayDelivery(db, { actor, id: params.id, deliveryId: params.deliveryId, now: clock.now() });
        const [delivery] = await endpointDeliveries(db, {
          endpointId: params.id,
          id: params.deliveryId,
          limit: 1,
        });
        return reply(202, delivery);
      },
    }),
  ];
}

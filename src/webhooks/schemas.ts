import { z } from 'zod';
import { WEBHOOK_EVENTS } from '../notifications/kinds';

const Id = z.coerce.number().int().positive().max(2_147_483_647);

export const WebhookIdParams = z.object({ id: Id });
export const DeliveryParams = z.object({ id: Id, deliveryId: Id });

export const NewWebhookSchema = z
  .object({
    url: z.string().trim().min(1).max(2048),
    events: z
      .array(z.enum(WEBHOOK_EVENTS))
      .min(1, 'name at least one event')
      .max(WEBHOOK_EVENTS.length)
      .refine((events) => new Set(events).size === events.length, 'name each event once'),
  })
  .strict()
  .meta({ id: 'NewWebhook' });

export const WebhookSchema = z
  .object({
    id: z.number().int(),
    url: z.string(),
    events: z.array(z.enum(WEBHOOK_EVENTS)),
    status: z.enum(['active', 'disabled']),
    failingSince: z.string().nullable(),
    disabledAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Webhook' });

export const RegisteredWebhookSchema = WebhookSchema.extend({
  secret: z.string().describe('The signing secret (whsec_…), shown only in this answer'),
}).meta({ id: 'RegisteredWebhook' });

export const DeliverySchema = z
  .object({
    id: z.number().int(),
    event: z.string(),
    webhookId: z.string().describe('The webhook-id header: the same on every attempt and on a replay'),
    status: z.enum(['pending', 'sending', 'sent', 'dead']),
    attempts: z.number().int(),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
    nextAttemptAt: z.string().nullable(),
    lastError: z.string().nullable(),
    lastAttempt: z
      .object({
        at: z.string(),
        outcome: z.enum(['sent', 'failed']),
        responseStatus: z.number().int().nullable(),
        latencyMs: z.number().int(),
      })
      .nullable(),
  })
  .meta({ id: 'WebhookDelivery' });

export const DeliveryListQuery = z
  .object({
    status: z.enum(['pending', 'sending', 'sent', 'dead']).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();

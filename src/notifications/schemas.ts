import { z } from 'zod';
import { DELIVERIES, KINDS } from './kinds';
import { MESSAGE_STATUSES } from './outbox/admin';

const Id = z.coerce.number().int().positive().max(2_147_483_647);

export const ProviderIdParams = z.object({ id: Id });
export const ContactParams = z.object({ id: Id, contactId: Id });

export const NewContactSchema = z
  .object({ email: z.email('must be an email address').max(320).toLowerCase() })
  .strict()
  .meta({ id: 'NewContact' });

export const ContactSchema = z
  .object({ id: z.number().int(), email: z.string(), createdAt: z.string() })
  .meta({ id: 'Contact' });

const KIND_NAMES = Object.keys(KINDS) as [keyof typeof KINDS, ...(keyof typeof KINDS)[]];

export const PreferenceSchema = z
  .object({
    kind: z.enum(KIND_NAMES),
    description: z.string(),
    delivery: z.enum(DELIVERIES),
    defaultDelivery: z.enum(DELIVERIES),
  })
  .meta({ id: 'NotificationPreference' });

export const PreferencesSchema = z
  .object({
    preferences: z.array(PreferenceSchema),
    alwaysImmediate: z
      .array(z.string())
      .describe('Messages that are always sent at once, whatever the choice'),
  })
  .meta({ id: 'NotificationPreferences' });

export const SetPreferencesSchema = z
  .object({
    preferences: z.partialRecord(z.enum(KIND_NAMES), z.enum(DELIVERIES)).default({}),
  })
  .strict()
  .meta({ id: 'SetNotificationPreferences' });

export const OutboxIdParams = z.object({ id: Id });

export const OutboxQuery = z
  .object({
    status: z.enum(MESSAGE_STATUSES).optional(),
    channel: z.enum(['email', 'webhook']).optional(),
    kind: z.string().max(60).optional(),
    before: Id.optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();

export const OutboxMessageSchema = z
  .object({
    id: z.number().int(),
    channel: z.enum(['email', 'webhook']),
    recipient: z.string(),
    kind: z.string(),
    status: z.enum(MESSAGE_STATUSES),
    attempts: z.number().int(),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
    nextAttemptAt: z.string().nullable(),
    lastError: z.string().nullable(),
  })
  .meta({ id: 'OutboxMessage' });

export const OutboxMessageDetailSchema = OutboxMessageSchema.extend({
  idempotencyKey: z.string(),
  digestId: z.number().int().nullable(),
  subject: z.string().nullable(),
  text: z.string(),
  attemptLog: z.array(
    z.object({
      at: z.string(),
      outcome: z.string(),
      responseStatus: z.number().int().nullable(),
      latencyMs: z.number().int(),
      error: z.string().nullable(),
    }),
  ),
}).meta({ id: 'OutboxMessageDetail' });

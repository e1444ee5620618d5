import { z } from 'zod';
import { ROLES } from '../auth/roles';
import { Invalid, NotFound } from '../errors';
import { defineRoute, reply } from '../http/route';
import type { Services } from '../services';
import { addContact, listContacts, removeContact } from './contacts';
import { kindsFor } from './kinds';
import { countByStatus, listMessages, messageDetail } from './outbox/admin';
import { requeueMessage } from './outbox/requeue';
import { preferencesOf, setPreferences } from './preferences';
import {
  ContactParams,
  ContactSchema,
  NewContactSchema,
  OutboxIdParams,
  OutboxMessageDetailSchema,
  OutboxMessageSchema,
  OutboxQuery,
  PreferencesSchema,
  ProviderIdParams,
  SetPreferencesSchema,
} from './schemas';

const STAFF = ['officer', 'commissioner', 'admin'] as const;
const ALWAYS_IMMEDIATE = [
  'New urgent and hospital-discharge offers',
  'Urgent and hospital-discharge packages unplaced',
];

/** Offer contacts, each user's notification choices, and the admin's view of the outbox. */
export function notificationRoutes(services: Services) {
  return [...contactRoutes(services), ...preferenceRoutes(services), ...outboxRoutes(services)];
}

function contactRoutes({ db, clock }: Services) {
  return [
    defineRoute({
      method: 'get',
      path: '/providers/:id/contacts',
      operationId: 'listProviderContacts',
      summary: "A provider's offer contacts (the addresses that hear of its offers)",
      tags: ['notifications'],
      access: { roles: [...STAFF, 'provider'] },
      request: { params: ProviderIdParams },
      responses: { 200: { description: 'Contacts', schema: z.object({ contacts: z.array(ContactSchema) }) } },
      async handler({ params }, { actor }) {
        return { contacts: await listContacts(db, actor, params.id) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/providers/:id/contacts',
      operationId: 'addProviderContact',
      summary: 'Add an offer contact address',
      tags: ['notifications'],
      access: { roles: ['provider', 'admin'] },
      request: { params: ProviderIdParams, body: NewContactSchema },
      responses: {
        201: { description: 'Added', schema: ContactSchema },
        409: { description: 'Already a contact of this provider' },
      },
      async handler({ params, body }, { actor }) {
        return addContact(db, { actor, providerId: params.id, email: body.email, now: clock.now() });
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/providers/:id/contacts/:contactId',
      operationId: 'removeProviderContact',
      summary: 'Remove an offer contact address',
      tags: ['notifications'],
      access: { roles: ['provider', 'admin'] },
      request: { params: ContactParams },
      responses: { 204: { description: 'Removed' } },
      async handler({ params }, { actor }) {
        await removeContact(db, {
          actor,
          providerId: params.id,
          contactId: params.contactId,
          now: clock.now(),
        });
        return reply(204, undefined);
      },
    }),
  ];
}

function preferenceRoutes({ db, clock }: Services) {
  return [
    defineRoute({
      method: 'get',
      path: '/me/notifications',
      operationId: 'getMyNotificationPreferences',
      summary: "The caller's choice per kind of message: immediate, daily digest or off",
      tags: ['notifications'],
      access: { roles: ROLES },
      request: {},
      responses: { 200: { description: 'Choices in force', schema: PreferencesSchema } },
      async handler(_input, { actor }) {
        return { preferences: await preferencesOf(db, actor), alwaysImmediate: ALWAYS_IMMEDIATE };
      },
    }),
    defineRoute({
      method: 'put',
      path: '/me/notifications',
      operationId: 'setMyNotificationPreferences',
      summary: "Change the caller's choices (a provider user's apply to its organisation's contacts)",
      tags: ['notifications'],
      access: { roles: ROLES },
      request: { body: SetPreferencesSchema },
      responses: { 200: { description: 'Choices in force', schema: PreferencesSchema } },
      async handler({ body }, { actor }) {
        const open = new Set<string>(actor.role === 'system' ? [] : kindsFor(actor.role));
        const refused = Object.keys(body.preferences).filter((kind) => !open.has(kind));
        if (refused.length > 0) {
          throw new Invalid(
            'The request body is not valid.',
            refused.map((kind) => ({
              path: `body.preferences.${kind}`,
              message: `not a message the ${actor.role} role receives`,
            })),
          );
        }
        const preferences = await setPreferences(db, { actor, choices: body.preferences, now: clock.now() });
        return { preferences, alwaysImmediate: ALWAYS_IMMEDIATE };
      },
    }),
  ];
}

function outboxRoutes({ db, clock, config }: Services) {
  return [
    defineRoute({
      method: 'get',
      path: '/outbox',
      operationId: 'listOutboxMessages',
      summary: 'Every email and webhook delivery with its state (newest first)',
      tags: ['notifications'],
      access: { roles: ['admin'] },
      request: { query: OutboxQuery },
      responses: {
        200: {
          description: 'Messages and counts by status',
          schema: z.object({
            counts: z.record(z.string(), z.number()),
            messages: z.array(OutboxMessageSchema),
          }),
        },
      },
      async handler({ query }) {
        return { counts: await countByStatus(db), messages: await listMessages(db, query) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/outbox/:id',
      operationId: 'getOutboxMessage',
      summary: 'One message as it is sent (text or JSON) and each attempt',
      tags: ['notifications'],
      access: { roles: ['admin'] },
      request: { params: OutboxIdParams },
      responses: { 200: { description: 'The message', schema: OutboxMessageDetailSchema } },
      async handler({ params }) {
        const detail = await messageDetail(db, params.id, config.notifications.publicBaseUrl);
        if (!detail) throw new NotFound('message-not-found', `No message ${params.id}.`);
        return detail;
      },
    }),
    defineRoute({
      method: 'post',
      path: '/outbox/:id/resend',
      operationId: 'resendOutboxMessage',
      summary: 'Send a message again (a dead letter, or one sent that must go again)',
      tags: ['notifications'],
      access: { roles: ['admin'] },
      request: { params: OutboxIdParams, body: z.object({}).strict().optional() },
      responses: {
        202: { description: 'Queued', schema: OutboxMessageDetailSchema },
        409: { description: 'Being sent at this moment, or held for a digest' },
      },
      async handler({ params }, { actor }) {
        if (!(await messageDetail(db, params.id, config.notifications.publicBaseUrl)))
          throw new NotFound('message-not-found', `No message ${params.id}.`);
        await db.transaction((trx) =>
          requeueMessage(trx, { messageId: params.id, actor, now: clock.now(), action: 'outbox.resend' }),
        );
        return reply(202, await messageDetail(db, params.id, config.notifications.publicBaseUrl));
      },
    }),
  ];
}

import { z } from 'zod';
import { commandContext } from '../allocation/context';
import { OVERSIGHT_ROLES, ROLES } from '../auth/roles';
import { IdParams } from '../http/params';
import { defineRoute } from '../http/route';
import { scopeToOwnProvider } from '../providers/access';
import type { Services } from '../services';
import { checkItems } from './queries';
import { activateProvider, addCheckItem, providerReadiness, recordCheck } from './readiness';
import {
  CheckItemSchema,
  CheckParams,
  CheckRecordSchema,
  NewCheckItemSchema,
  ReadinessSchema,
} from './schemas';

/** Post-award checks and going live (docs/specification/providers-and-framework.md §4.16). */
export function readinessRoutes(services: Services) {
  return [...checkItemRoutes(services), ...providerReadinessRoutes(services)];
}

function checkItemRoutes(services: Services) {
  const { db } = services;
  return [
    defineRoute({
      method: 'get',
      path: '/admission/check-items',
      operationId: 'listCheckItems',
      summary: 'The post-award check items, in order',
      tags: ['admission'],
      access: { roles: OVERSIGHT_ROLES },
      request: {},
      responses: {
        200: {
          description: 'Items',
          schema: z.object({ items: z.array(CheckItemSchema) }).meta({ id: 'CheckItemList' }),
        },
      },
      async handler() {
        return { items: await checkItems(db) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/admission/check-items',
      operationId: 'addCheckItem',
      summary: 'Add a post-award check item',
      tags: ['admission'],
      access: { roles: OVERSIGHT_ROLES },
      request: { body: NewCheckItemSchema },
      responses: {
        201: { description: 'Added', schema: CheckItemSchema },
        409: { description: 'An item with this key exists' },
      },
      async handler({ body }, { actor }) {
        return addCheckItem(commandContext(services, actor), body);
      },
    }),
  ];
}

function providerReadinessRoutes(services: Services) {
  const { db } = services;
  return [
    defineRoute({
      method: 'get',
      path: '/providers/:id/readiness',
      operationId: 'getProviderReadiness',
      summary: "A provider's post-award checks and mobilising roles (a provider user: its own)",
      tags: ['admission'],
      access: { roles: ROLES },
      request: { params: IdParams },
      responses: {
        200: { description: 'The checklist', schema: ReadinessSchema },
        404: { description: 'No such provider (or not yours)' },
      },
      async handler({ params }, { actor }) {
        scopeToOwnProvider(actor, params.id);
        return providerReadiness(db, params.id);
      },
    }),
    defineRoute({
      method: 'put',
      path: '/providers/:id/readiness/:itemKey',
      operationId: 'recordReadinessCheck',
      summary: 'Record a check of one item (pass or fail, with an evidence reference); history is kept',
      tags: ['admission'],
      access: { roles: OVERSIGHT_ROLES },
      request: { params: CheckParams, body: CheckRecordSchema },
      responses: {
        200: { description: 'The checklist after the check', schema: ReadinessSchema },
        404: { description: 'No such provider or item' },
      },
      async handler({ params, body }, { actor }) {
        const target = { providerId: params.id, itemKey: params.itemKey };
        return recordCheck(commandContext(services, actor), target, body);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/providers/:id/activate',
      operationId: 'activateProvider',
      summary: "Make the provider's mobilising roles active, once every required check has passed",
      tags: ['admission'],
      access: { roles: OVERSIGHT_ROLES },
      request: { params: IdParams },
      responses: {
        200: { description: 'Active', schema: ReadinessSchema },
        404: { description: 'No such provider' },
        422: { description: 'Nothing mobilising, or required checks outstanding' },
      },
      async handler({ params }, { actor }) {
        return activateProvider(commandContext(services, actor), params.id);
      },
    }),
  ];
}
